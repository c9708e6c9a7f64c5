/**
 * Slows password guessing: after MAX_FAILURES failed sign-ins within WINDOW_MS for the same username,
 * or from the same address, further attempts are refused until the window passes.
 * Kept in memory: one instance per process (a shared store comes with the rate-limit work).
 */
const MAX_FAILURES = 5;
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
    return Math.max(this.wait(`u:${username.toLowerCase()}`), this.wait(`a:${address}`));
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

  private wait(key: string): number {
    const entry = this.live(key);
    if (!entry || entry.count < MAX_FAILURES) return 0;
    return Math.ceil((entry.firstAt + WINDOW_MS - this.now()) / 1000);
  }
}
