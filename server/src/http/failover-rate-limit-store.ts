import { logger } from '../logger';
import { MemoryRateLimitStore, type RateLimitStore, type WindowCount } from './rate-limit-store';

/** After a failure of the shared store, hits go to this process's own counters for this long before Redis is tried again. */
export const SHARED_STORE_BREAK_MS = 5_000;

/**
 * A circuit breaker around the shared (Redis) counters. When the shared store fails, this instance
 * counts in its own memory with the same allowances — never unlimited — and tries the shared store again
 * after SHARED_STORE_BREAK_MS. While it is open, N instances admit up to N times the allowance between
 * them; that is the price of staying up without Redis.
 */
export class FailoverRateLimitStore implements RateLimitStore {
  private readonly local = new MemoryRateLimitStore();
  private brokenUntil = 0;

  constructor(private readonly shared: RateLimitStore, private readonly now: () => number = Date.now) {}

  ready(): Promise<void> {
    return this.shared.ready();
  }

  async hit(bucket: string, cost: number, windowMs: number): Promise<WindowCount> {
    if (this.now() < this.brokenUntil) return this.local.hit(bucket, cost, windowMs);
    try {
      const count = await this.shared.hit(bucket, cost, windowMs);
      if (this.brokenUntil !== 0) {
        this.brokenUntil = 0;
        logger.warn('shared rate-limit store is back; counting in it again');
      }
      return count;
    } catch (error) {
      if (this.brokenUntil === 0) logger.warn({ err: error }, `shared rate-limit store unavailable; counting in this process for ${SHARED_STORE_BREAK_MS} ms at a time`);
      this.brokenUntil = this.now() + SHARED_STORE_BREAK_MS;
      return this.local.hit(bucket, cost, windowMs);
    }
  }

  async close(): Promise<void> {
    await Promise.all([this.shared.close(), this.local.close()]);
  }
}
