import { FileProblem } from './sheet-row';

/**
 * Bytes that workbook reads may hold in memory at once across the process (their shared strings). One
 * upload within the limits fits the production heap; four at once did not. A read takes its share before
 * it starts and gives it back when it ends; reads that do not fit wait their turn, and past `maxWaiting`
 * waiting the upload is refused as busy rather than queued without end.
 */
export class MemoryBudget {
  private used = 0;
  private readonly waiting: { bytes: number; start: () => void }[] = [];

  constructor(
    readonly totalBytes: number,
    readonly maxWaiting: number,
  ) {}

  async take(bytes: number): Promise<() => void> {
    const share = Math.min(bytes, this.totalBytes);
    if (this.waiting.length > 0 || this.used + share > this.totalBytes) {
      if (this.waiting.length >= this.maxWaiting) {
        throw new FileProblem('SERVER_BUSY', 'fileErrors.serverBusy');
      }
      await new Promise<void>((start) => this.waiting.push({ bytes: share, start }));
    } else {
      this.used += share;
    }
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.used -= share;
      this.startWaiting();
    };
  }

  /** First come, first served: the head of the queue starts as soon as its share fits. */
  private startWaiting(): void {
    while (this.waiting.length > 0 && this.used + this.waiting[0].bytes <= this.totalBytes) {
      const next = this.waiting.shift()!;
      this.used += next.bytes;
      next.start();
    }
  }
}
