/**
 * Slows password guessing: after 5 failed sign-ins within 15 minutes for one username, or 20 from one
 * address (a district office shares one address behind its router), further attempts are refused
 * until the window passes. Kept in memory: one instance per process (a shared store comes with the
 * rate-limit work).
 */
const MAX_FAILURES_PER_USERNAME = 5;
const MAX_FAILURES_PER_ADDRESS = 20;
const WINDOW_MS = 15 * 60 * 1000;

interface Failures {
  count: number;
  firstAt: number;
}

export class LoginThrottle {
  private readonly failures = new Map<string, Failures>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Seconds to wait before trying again, or 0 when an attempt is allowed. */
  retryAfterSeconds(username: string, address: string): number {
    return Math.max(this.wait(`u:${username.toLowerCase()}`, MAX_FAILURES_PER_USERNAME), this.wait(`a:${address}`, MAX_FAILURES_PER_ADDRESS));
  }

  recordFailure(username: string, address: string): void {
    for (const key of [`u:${username.toLowerCase()}`, `a:${address}`]) {
      const entry = this.live(key);
      this.failures.set(key, entry ? { ...entry, count: entry.count + 1 } : { count: 1, firstAt: this.now() });
    }
  }

  recordSuccess(username: string): void {
    this.failures.delete(`u:${username.toLowerCase()}`);
  }

  private live(key: string): Failures | undefined {
    const entry = this.failures.get(key);
    if (entry && this.now() - entry.firstAt > WINDOW_MS) {
      this.failures.delete(key);
      return undefined;
    }
    return entry;
  }

  private wait(key: string, limit: number): number {
    const entry = this.live(key);
    if (!entry || entry.count < limit) return 0;
    return Math.ceil((entry.firstAt + WINDOW_MS - this.now()) / 1000);
  }
}
