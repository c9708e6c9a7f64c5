/** A bucket's count in its current fixed window, and how long until that window ends. */
export interface WindowCount {
  count: number;
  resetInMs: number;
}

/**
 * Where rate-limit counters live: this process's memory for one instance, Redis when several
 * instances must share them (redis-rate-limit-store.ts). A window starts with a bucket's first hit.
 */
export interface RateLimitStore {
  /** Resolves once the store is usable or has given up trying for now (bounded: start-up never hangs on it). */
  ready(): Promise<void>;
  hit(bucket: string, cost: number, windowMs: number): Promise<WindowCount>;
  close(): Promise<void>;
}

/** Counters of one process. Ended windows are swept now and then so idle addresses do not pile up. */
export class MemoryRateLimitStore implements RateLimitStore {
  private readonly windows = new Map<string, { count: number; endsAt: number }>();
  private nextSweep = 0;

  constructor(private readonly now: () => number = Date.now) {}

  async ready(): Promise<void> {}

  async hit(bucket: string, cost: number, windowMs: number): Promise<WindowCount> {
    const now = this.now();
    this.sweep(now, windowMs);
    const current = this.windows.get(bucket);
    const window = current && current.endsAt > now ? current : { count: 0, endsAt: now + windowMs };
    window.count += cost;
    this.windows.set(bucket, window);
    return { count: window.count, resetInMs: window.endsAt - now };
  }

  async close(): Promise<void> {
    this.windows.clear();
  }

  private sweep(now: number, windowMs: number): void {
    if (now < this.nextSweep) return;
    this.nextSweep = now + windowMs;
    for (const [bucket, window] of this.windows) if (window.endsAt <= now) this.windows.delete(bucket);
  }
}
