import crypto from 'node:crypto';
import { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { SignInConfig } from '../config';
import { rateLimited } from '../shared/errors';
import { logger } from '../logger';

/** A reserved guess: give it back when it was never checked or turned out right, or keep it as a failure. */
export interface LoginAttempt {
  release(): Promise<void>;
  succeeded(): Promise<void>;
}

interface Bucket {
  limiter: RateLimiterAbstract;
  key: string;
}

/**
 * Slows password guessing (docs/SECURITY.md "Sign-in"). Every guess is reserved — counted atomically,
 * in Redis when configured — BEFORE its password is checked, so guesses sent at once, in a batch or as
 * aliases cannot slip past the count. The budgets:
 *  - per (username, address), or per (username, browser) for a browser with the account's cookie;
 *  - per address across usernames (one address spraying many names);
 *  - an account-wide brake for guesses from addresses and browsers with no history with the account,
 *    which a stranger can trip but which never stops the owner coming back with that history.
 * With Redis down, each instance falls back to counting in its own memory: fewer shared counts, never none.
 */
export class LoginThrottle {
  private readonly redis: Redis | null;
  private readonly pair: RateLimiterAbstract;
  private readonly address: RateLimiterAbstract;
  private readonly account: RateLimiterAbstract;
  private readonly history: RateLimiterAbstract;
  private readonly historySeconds: number;

  constructor(settings: SignInConfig, redisUrl: string | null) {
    this.redis = redisUrl ? connect(redisUrl) : null;
    this.historySeconds = settings.historyDays * 24 * 60 * 60;
    this.pair = this.limiter(settings.redisKeyPrefix + 'pair', settings.perAccountAndAddress, settings.windowSeconds);
    this.address = this.limiter(settings.redisKeyPrefix + 'addr', settings.perAddress, settings.windowSeconds);
    this.account = this.limiter(settings.redisKeyPrefix + 'acct', settings.perAccount, settings.accountWindowSeconds);
    this.history = this.limiter(settings.redisKeyPrefix + 'seen', 1, this.historySeconds);
  }

  /**
   * Reserves one guess at `username` (normalised) from `address`, or from `browser` when the request
   * carries the account's device cookie; throws RATE_LIMITED when any budget that applies is spent.
   */
  async reserve(username: string, address: string, browser: string | null): Promise<LoginAttempt> {
    const name = fingerprint(username);
    const seenHere = `${name}:${address}`;
    const buckets: Bucket[] = browser
      ? [{ limiter: this.pair, key: `${name}:browser:${browser}` }]
      : [
          { limiter: this.pair, key: seenHere },
          { limiter: this.address, key: address },
        ];
    if (!browser && !(await this.knows(seenHere))) buckets.push({ limiter: this.account, key: name });

    const taken: Bucket[] = [];
    for (const bucket of buckets) {
      try {
        await bucket.limiter.consume(bucket.key);
        taken.push(bucket);
      } catch (refusal) {
        await giveBack(taken);
        throw rateLimited(refusal instanceof RateLimiterRes ? Math.max(1, Math.ceil(refusal.msBeforeNext / 1000)) : 60, 'errors.signInThrottled');
      }
    }
    return {
      release: () => giveBack(taken),
      succeeded: async () => {
        await giveBack(taken);
        // History is a favour to the owner: failing to note it must not fail the sign-in.
        await this.history.set(seenHere, 1, this.historySeconds).catch(() => undefined);
      },
    };
  }

  /**
   * Waits for the first connection to Redis (at most `timeoutMs`), so that an instance that has just
   * started shares its counts from its first sign-in instead of counting alone until Redis is ready.
   * A Redis that is down or slow does not hold the start: the in-memory fallback counts meanwhile.
   */
  async connected(timeoutMs = 2000): Promise<void> {
    const redis = this.redis;
    if (!redis || redis.status === 'ready') return;
    await new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        redis.off('ready', done).off('error', done);
        resolve();
      };
      const timer = setTimeout(done, timeoutMs);
      redis.once('ready', done).once('error', done);
    });
  }

  async close(): Promise<void> {
    this.redis?.disconnect();
  }

  private async knows(seenHere: string): Promise<boolean> {
    try {
      return (await this.history.get(seenHere)) !== null;
    } catch {
      return false; // no history known is the stricter reading
    }
  }

  private limiter(keyPrefix: string, points: number, duration: number): RateLimiterAbstract {
    const memory = new RateLimiterMemory({ keyPrefix, points, duration });
    if (!this.redis) return memory;
    // Redis not ready (down, restarting) → the in-memory insurance counts instead, at once.
    return new RateLimiterRedis({ storeClient: this.redis, keyPrefix, points, duration, rejectIfRedisNotReady: true, insuranceLimiter: memory });
  }
}

async function giveBack(buckets: Bucket[]): Promise<void> {
  await Promise.all(buckets.map((bucket) => bucket.limiter.reward(bucket.key, 1).catch(() => undefined)));
}

/** Typed usernames can be anything (long, binary): keys carry a fixed-length digest of the normalised name. */
function fingerprint(username: string): string {
  return crypto.createHash('sha256').update(username).digest('base64url').slice(0, 22);
}

function connect(url: string): Redis {
  // No offline queue: a command while Redis is away fails at once and the insurance limiter answers.
  const redis = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1 });
  let warned = false;
  redis.on('error', (error: Error) => {
    if (!warned) logger.warn({ err: error }, 'sign-in throttle: Redis unavailable; counting in this instance until it is back');
    warned = true;
  });
  redis.on('ready', () => {
    warned = false;
  });
  return redis;
}
