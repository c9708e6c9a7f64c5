import { Redis } from 'ioredis';
import type { RateLimitStore, WindowCount } from './rate-limit-store';

/**
 * Fixed windows in Redis, shared by every instance: one Lua script adds the cost, starts the window's
 * expiry on its first hit (or repairs a key that lost it) and answers the count with the time left —
 * atomically, so two instances counting at once never lose a hit or leave a counter that never expires.
 */
const HIT_SCRIPT = `
local count = redis.call('INCRBY', KEYS[1], ARGV[1])
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[2])
  ttl = tonumber(ARGV[2])
end
return {count, ttl}
`;

export class RedisRateLimitStore implements RateLimitStore {
  private readonly redis: Redis;

  constructor(url: string, private readonly keyPrefix: string) {
    // A request must not wait for an unreachable Redis: one retry, then the limiter decides (rate-limit.ts).
    this.redis = new Redis(url, { maxRetriesPerRequest: 1, enableAutoPipelining: true });
  }

  async hit(bucket: string, cost: number, windowMs: number): Promise<WindowCount> {
    const [count, ttl] = (await this.redis.eval(HIT_SCRIPT, 1, this.keyPrefix + bucket, cost, windowMs)) as [number, number];
    return { count, resetInMs: ttl };
  }

  async close(): Promise<void> {
    await this.redis.quit();
  }
}
