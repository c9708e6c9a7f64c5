import { RateLimiterRes } from 'rate-limiter-flexible';
import { logger } from '../logger';
import { MemoryRateLimitStore, type Allowance, type RateLimitStore } from './rate-limit-store';

/** After a failure of the shared store, hits go to this process's own counters for this long before Redis is tried again. */
export const SHARED_STORE_BREAK_MS = 5_000;

/**
 * A circuit breaker around the shared (Redis) counters. When the shared store fails, this instance
 * counts in its own memory with the same allowances — never unlimited — and tries the shared store again
 * after SHARED_STORE_BREAK_MS. While it is open, N instances admit up to N times the allowance between
 * them; that is the price of staying up without Redis. (rate-limiter-flexible's insuranceLimiter falls
 * back per hit only, so a stalled Redis would cost every request the command timeout: hence this breaker.)
 */
export class FailoverRateLimitStore implements RateLimitStore {
  private readonly local = new MemoryRateLimitStore();
  private brokenUntil = 0;

  constructor(
    private readonly shared: RateLimitStore,
    private readonly now: () => number = Date.now,
  ) {}

  ready(): Promise<void> {
    return this.shared.ready();
  }

  allowance(name: string, points: number, windowMs: number): Allowance {
    const shared = this.shared.allowance(name, points, windowMs);
    const local = this.local.allowance(name, points, windowMs);
    return { consume: (key, cost) => this.consume(shared, local, key, cost) };
  }

  async close(): Promise<void> {
    await Promise.all([this.shared.close(), this.local.close()]);
  }

  private async consume(shared: Allowance, local: Allowance, key: string, cost: number): Promise<RateLimiterRes> {
    if (this.now() < this.brokenUntil) return local.consume(key, cost);
    try {
      const admitted = await shared.consume(key, cost);
      this.mended();
      return admitted;
    } catch (outcome) {
      // Over the allowance is an answer of the shared store, not a failure of it.
      if (outcome instanceof RateLimiterRes) {
        this.mended();
        throw outcome;
      }
      if (this.brokenUntil === 0)
        logger.warn({ err: outcome }, `shared rate-limit store unavailable; counting in this process for ${SHARED_STORE_BREAK_MS} ms at a time`);
      this.brokenUntil = this.now() + SHARED_STORE_BREAK_MS;
      return local.consume(key, cost);
    }
  }

  private mended(): void {
    if (this.brokenUntil === 0) return;
    this.brokenUntil = 0;
    logger.warn('shared rate-limit store is back; counting in it again');
  }
}
