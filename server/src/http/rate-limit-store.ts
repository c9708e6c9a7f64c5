import { RateLimiterMemory, type RateLimiterRes } from 'rate-limiter-flexible';

/**
 * One allowance's counter (a rate-limiter-flexible limiter): `consume` resolves when the hit is
 * admitted, rejects with a RateLimiterRes when it is over the allowance (`msBeforeNext` until the
 * window ends), or with an Error when the store itself failed.
 */
export interface Allowance {
  consume(key: string, cost: number): Promise<RateLimiterRes>;
}

/**
 * Where rate-limit counters live: this process's memory for one instance, Redis when several
 * instances must share them (redis-rate-limit-store.ts). A fixed window starts with a key's first hit.
 */
export interface RateLimitStore {
  /** Resolves once the store is usable or has given up trying for now (bounded: start-up never hangs on it). */
  ready(): Promise<void>;
  /** `points` hits per `windowMs` for each key; `name` keeps allowances apart in a shared store. */
  allowance(name: string, points: number, windowMs: number): Allowance;
  close(): Promise<void>;
}

/** Counters of one process. rate-limiter-flexible expires each key with an unref'd timer, so idle addresses do not pile up. */
export class MemoryRateLimitStore implements RateLimitStore {
  async ready(): Promise<void> {}

  allowance(name: string, points: number, windowMs: number): Allowance {
    return new RateLimiterMemory({ keyPrefix: name, points, duration: windowMs / 1000 });
  }

  async close(): Promise<void> {}
}
