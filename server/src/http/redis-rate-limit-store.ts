import { Redis } from 'ioredis';
import { RateLimiterRedis } from 'rate-limiter-flexible';
import { logger } from '../logger';
import type { Allowance, RateLimitStore } from './rate-limit-store';

/** Redis answers a hit in well under a millisecond on a LAN; past this the request stops waiting for it. */
export const REDIS_COMMAND_TIMEOUT_MS = 250;
const REDIS_CONNECT_TIMEOUT_MS = 500;
/** Reconnection attempts back off to this interval while Redis is down. */
const REDIS_RECONNECT_MAX_MS = 2_000;

/**
 * Fixed windows in Redis, shared by every instance: rate-limiter-flexible's RateLimiterRedis adds the
 * cost, starts the window's expiry on its first hit (or repairs a key that lost it) and answers the count
 * with the time left in one Lua script — atomically, so two instances counting at once never lose a hit.
 * Redis keeps windows in whole seconds. Never makes a request wait for an unreachable Redis: while it is
 * not connected a hit fails at once (no offline queue, no retries, rejectIfRedisNotReady), a connected but
 * stalled Redis fails after REDIS_COMMAND_TIMEOUT_MS, and reconnection goes on in the background. The
 * caller decides what a failure means (failover-rate-limit-store.ts).
 */
export class RedisRateLimitStore implements RateLimitStore {
  private readonly redis: Redis;

  constructor(
    url: string,
    private readonly keyPrefix: string,
  ) {
    this.redis = new Redis(url, {
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      connectTimeout: REDIS_CONNECT_TIMEOUT_MS,
      commandTimeout: REDIS_COMMAND_TIMEOUT_MS,
      retryStrategy: (attempt) => Math.min(attempt * 200, REDIS_RECONNECT_MAX_MS),
      enableAutoPipelining: true,
    });
    // Connection errors repeat on every reconnection attempt: the failover store logs the outage once.
    this.redis.on('error', (error) => logger.debug({ err: error }, 'redis rate-limit store: connection error'));
  }

  /** Waits for the first connection at start-up, at most REDIS_CONNECT_TIMEOUT_MS: without it every instance would start counting alone. */
  ready(): Promise<void> {
    if (this.redis.status === 'ready') return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.redis.off('ready', done).off('error', done);
        resolve();
      };
      const timer = setTimeout(done, REDIS_CONNECT_TIMEOUT_MS);
      this.redis.once('ready', done).once('error', done);
    });
  }

  allowance(name: string, points: number, windowMs: number): Allowance {
    return new RateLimiterRedis({ storeClient: this.redis, keyPrefix: this.keyPrefix + name, points, duration: windowMs / 1000, rejectIfRedisNotReady: true });
  }

  async close(): Promise<void> {
    if (this.redis.status === 'ready') await this.redis.quit().catch(() => this.redis.disconnect());
    else this.redis.disconnect();
  }
}
