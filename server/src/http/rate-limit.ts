import type { RequestHandler } from 'express';
import { RateLimiterRes } from 'rate-limiter-flexible';
import type { RateLimitConfig } from '../config';
import { apiKeyFromHeader, keyFingerprint } from '../auth/api-keys';
import { rateLimited } from '../shared/errors';
import { MemoryRateLimitStore, type Allowance, type RateLimitStore } from './rate-limit-store';
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
  private readonly perAddress: Allowance;
  private readonly perKey: Allowance;

  constructor(
    private readonly store: RateLimitStore,
    limits: RateLimitConfig,
  ) {
    this.perAddress = store.allowance('a', limits.perAddress, limits.windowMs);
    this.perKey = store.allowance('k', limits.perKey, limits.windowMs);
  }

  /**
   * Seconds until the caller may try again, or 0 when the request is admitted. Every allowance that
   * applies counts the hit, admitted or not. An unreachable Redis neither fails nor unlimits the request:
   * the failover store counts in memory meanwhile.
   */
  async admit(address: string, key: string | null, cost: number): Promise<number> {
    const hits = [this.perAddress.consume(address, cost)];
    if (key) hits.push(this.perKey.consume(keyFingerprint(key), cost));
    const waits = await Promise.all(hits.map((hit) => hit.then(() => 0, secondsToWait)));
    return Math.max(...waits);
  }

  ready(): Promise<void> {
    return this.store.ready();
  }

  close(): Promise<void> {
    return this.store.close();
  }
}

function secondsToWait(refusal: unknown): number {
  if (!(refusal instanceof RateLimiterRes)) throw refusal;
  return Math.max(1, Math.ceil(refusal.msBeforeNext / 1000));
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
