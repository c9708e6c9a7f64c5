import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { GraphQLError } from 'graphql';
import { QueryFailedError, type EntityManager } from 'typeorm';
import { freshDatabase, type TestDatabase } from '../helpers/database';
import { TRANSACTION_ATTEMPTS, inTransaction, lostToConcurrentTransaction, retryDelayMs } from '../../server/src/db/transactions';

/** What mysql2 (inside TypeORM's QueryFailedError) reports for a deadlock victim or a Galera certification loser. */
const deadlock = () =>
  new QueryFailedError(
    'COMMIT',
    [],
    Object.assign(new Error('Deadlock found when trying to get lock; try restarting transaction'), { errno: 1213, code: 'ER_LOCK_DEADLOCK' }),
  );

describe('a write transaction that loses to a concurrent one is run again, a bounded number of times', () => {
  let t: TestDatabase;
  const stored = async () => Number((await t.db.query('SELECT COUNT(*) AS n FROM retry_probe'))[0].n);
  const insert = (tx: EntityManager, n: number) => tx.query('INSERT INTO retry_probe (n) VALUES (?)', [n]);

  beforeAll(async () => {
    t = await freshDatabase();
    const id = t.engine === 'mysql' ? 'id INTEGER AUTO_INCREMENT PRIMARY KEY' : 'id INTEGER PRIMARY KEY AUTOINCREMENT';
    await t.db.query(`CREATE TABLE retry_probe (${id}, n INTEGER NOT NULL)`);
  });
  beforeEach(() => t.db.query('DELETE FROM retry_probe'));
  afterAll(() => t.close());

  it('runs the whole unit of work again after a deadlock, keeping only the last attempt’s writes', async () => {
    let runs = 0;
    const result = await inTransaction(t.db, async (tx) => {
      runs++;
      await insert(tx, runs);
      if (runs <= 2) throw deadlock();
      return 'saved';
    });
    expect(result).toBe('saved');
    expect(runs).toBe(3);
    expect(await t.db.query('SELECT n FROM retry_probe')).toEqual([{ n: 3 }]);
  });

  it(`answers a coded, retryable CONFLICT (never an internal error) after ${TRANSACTION_ATTEMPTS} lost attempts, with nothing stored`, async () => {
    let runs = 0;
    const failure = await inTransaction(t.db, async (tx) => {
      runs++;
      await insert(tx, runs);
      throw deadlock();
    }).catch((error: unknown) => error);
    expect(runs).toBe(TRANSACTION_ATTEMPTS);
    expect(failure).toBeInstanceOf(GraphQLError);
    expect((failure as GraphQLError).extensions).toEqual({
      code: 'CONFLICT',
      entity: 'Transaction',
      retryable: true,
      attempts: TRANSACTION_ATTEMPTS,
      messageKey: 'errors.contention',
      params: {},
    });
    expect(await stored()).toBe(0);
  });

  it('does not run again a unit of work that failed for any other reason', async () => {
    let runs = 0;
    const failure = await inTransaction(t.db, async () => {
      runs++;
      throw new Error('a rule of the request');
    }).catch((error: unknown) => error);
    expect(runs).toBe(1);
    expect((failure as Error).message).toBe('a rule of the request');
  });

  it('gives work that cannot run twice (an upload being read) one attempt, still answered with the coded CONFLICT', async () => {
    let runs = 0;
    const failure = await inTransaction(
      t.db,
      async () => {
        runs++;
        throw deadlock();
      },
      { rerunnable: false },
    ).catch((error: unknown) => error);
    expect(runs).toBe(1);
    expect((failure as GraphQLError).extensions?.code).toBe('CONFLICT');
  });

  it('waits a random time under a bound that grows with each attempt', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9].map((attempt) => retryDelayMs(attempt, () => 1))).toEqual([10, 20, 40, 80, 160, 250, 250, 250, 250]);
    expect(retryDelayMs(3, () => 0)).toBe(0);
  });

  it.runIf(process.env.TEST_MYSQL_URL)('resolves a real deadlock on MariaDB: both transactions end up committed', async () => {
    await t.db.query('INSERT INTO retry_probe (id, n) VALUES (1, 0), (2, 0)');
    let victims = 0;
    let bothHoldTheirFirstRow!: () => void;
    const firstRowsHeld = new Promise<void>((resolve) => (bothHoldTheirFirstRow = resolve));
    let holding = 0;
    // Each takes one row, waits for the other to hold its own, then wants the other's: one is chosen as the victim.
    const crossing = (first: number, second: number) =>
      inTransaction(t.db, async (tx) => {
        await tx.query('UPDATE retry_probe SET n = n + 1 WHERE id = ?', [first]);
        if (++holding === 2) bothHoldTheirFirstRow();
        await Promise.race([firstRowsHeld, new Promise((resolve) => setTimeout(resolve, 2000))]);
        try {
          await tx.query('UPDATE retry_probe SET n = n + 1 WHERE id = ?', [second]);
        } catch (error) {
          if (lostToConcurrentTransaction(error)) victims++;
          throw error;
        }
      });
    await Promise.all([crossing(1, 2), crossing(2, 1)]);
    expect(victims).toBe(1);
    expect(await t.db.query('SELECT id, n FROM retry_probe ORDER BY id')).toEqual([
      { id: 1, n: 2 },
      { id: 2, n: 2 },
    ]);
  });
});
