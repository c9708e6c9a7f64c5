import type { RequestHandler } from 'express';
import type { RateLimitConfig } from '../config';
import { apiKeyFromHeader, keyFingerprint } from '../auth/api-keys';
import { rateLimited } from '../shared/errors';
import { MemoryRateLimitStore, type RateLimitStore } from './rate-limit-store';
import { RedisRateLimitStore } from './redis-rate-limit-store';
import { FailoverRateLimitStore } from './failover-rate-limit-store';
import type { Refusal } from './refuse';

export function createRateLimitStore(redisUrl: string | null, keyPrefix: string): RateLimitStore {
  return redisUrl ? new FailoverRateLimitStore(new RedisRateLimitStore(redisUrl, keyPrefix)) : new MemoryRateLimitStore();
}

/**
 * Per-key and per-address allowances in fixed windows (docs/SECURITY.md, "Cross-site requests and rate limits"). Both apply to
 * a key's requests: a key cannot escape its allowance by changing address, nor many keys behind one
 * address escape the address's.
 */
export class RateLimiter {
  constructor(
    private readonly store: RateLimitStore,
    private readonly limits: RateLimitConfig,
  ) {}

  /** Seconds until the caller may try again, or 0 when the request is admitted. */
  /** An unreachable Redis neither fails nor unlimits the request: the failover store counts in memory meanwhile. */
  async admit(address: string, key: string | null, cost: number): Promise<number> {
    const buckets: [string, number][] = [[`a:${address}`, this.limits.perAddress]];
    if (key) buckets.push([`k:${keyFingerprint(key)}`, this.limits.perKey]);
    const counts = await Promise.all(buckets.map(([bucket]) => this.store.hit(bucket, cost, this.limits.windowMs)));
    const waits = counts.map((count, i) => (count.count > buckets[i][1] ? Math.max(1, Math.ceil(count.resetInMs / 1000)) : 0));
    return Math.max(...waits);
  }

  ready(): Promise<void> {
    return this.store.ready();
  }

  close(): Promise<void> {
    return this.store.close();
  }
}

/**
 * Counts each operation (a batch counts its length) before any of it runs; over the allowance the
 * answer is HTTP 429 with Retry-After and RATE_LIMITED carrying `retryAfterSeconds`. The key is named
 * by its fingerprint, not looked up, so refusing costs no SQL.
 */
export function rateLimit(limiter: RateLimiter, answer: Refusal): RequestHandler {
  return async (req, res, next) => {
    const cost = Array.isArray(req.body) ? Math.max(req.body.length, 1) : 1;
    const wait = await limiter.admit(req.ip ?? 'unknown', apiKeyFromHeader(req.headers.authorization), cost);
    if (wait === 0) return next();
    res.setHeader('retry-after', String(wait));
    answer(res, 429, rateLimited(wait, 'errors.tooManyRequests', { wait }));
  };
}
