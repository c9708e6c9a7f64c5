import { rateLimited } from '../shared/errors';

/**
 * Bounds argon2 work (64 MiB and ~0.1 s of a core per check): at most `workers` checks run at once and
 * `queue` wait; a further one is refused at once (RATE_LIMITED) instead of queuing behind a flood of guesses. Without
 * the bound, libuv's 4 threads all ran argon2 and a flood delayed every other request by up to 20 s.
 */
export class PasswordWork {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    private readonly workers: number,
    private readonly queue: number,
  ) {}

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.running >= this.workers) {
      if (this.waiting.length >= this.queue) throw rateLimited(1, 'errors.signInBusy');
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else {
      this.running++;
    }
    try {
      return await work();
    } finally {
      // Hand the slot straight to the next waiter, so `running` never drops while some are waiting.
      const next = this.waiting.shift();
      if (next) next();
      else this.running--;
    }
  }
}
