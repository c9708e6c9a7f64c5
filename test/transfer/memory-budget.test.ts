import { describe, expect, it } from 'vitest';
import { MemoryBudget } from '../../server/src/modules/transfer/import/memory-budget';

/** Large workbooks read at once take turns for the heap; past the queue's length they are refused as busy. */
describe('the memory budget of workbook reads', () => {
  it('lets reads that fit start at once, queues the others first come first served, and refuses past the queue', async () => {
    const budget = new MemoryBudget(40, 2);
    const started: string[] = [];
    const first = await budget.take(32);
    const small = await budget.take(8);
    const second = budget.take(32).then((release) => (started.push('second'), release));
    const third = budget.take(1).then((release) => (started.push('third'), release));
    await expect(budget.take(1)).rejects.toMatchObject({ code: 'SERVER_BUSY' });
    await Promise.resolve();
    expect(started).toEqual([]);

    small();
    small();
    await Promise.resolve();
    expect(started, 'the small one waits behind the large one: first come, first served').toEqual([]);
    first();
    await second;
    await third;
    expect(started).toEqual(['second', 'third']);
  });
});
