import type { DataSource, EntityManager } from 'typeorm';
import { tooMuchContention } from '../shared/errors';

/**
 * A transaction that loses to a concurrent one is run again from the start, up to this many attempts
 * in all: a deadlock on one server (MySQL error 1213), and on a Galera cluster a certification failure,
 * which the losing node reports with the same error ("Deadlock found … try restarting transaction").
 * Waits between attempts grow from RETRY_BASE_MS and are jittered so that the losers do not collide again.
 * test/foundation/transaction-retry.test.ts holds these; test/cluster shows them absorbing 3-node contention.
 */
export const TRANSACTION_ATTEMPTS = 10;
const RETRY_BASE_MS = 5;
const RETRY_MAX_MS = 250;

export interface TransactionOptions {
  /**
   * False for a unit of work that cannot simply run again (it consumes a request stream): it gets one
   * attempt, and losing it is still answered with the coded, retryable CONFLICT.
   */
  rerunnable?: boolean;
}

/**
 * TypeORM drives SQLite through one shared connection, where two overlapping transactions would
 * silently nest into each other. So on SQLite every write transaction waits its turn here; MySQL
 * gives each transaction its own pooled connection and needs no queue.
 *
 * `work` may run more than once: it must read what it needs inside the transaction and have no effect
 * outside it (every effect of a failed attempt is rolled back with it).
 */
export async function inTransaction<T>(db: DataSource, work: (tx: EntityManager) => Promise<T>, options: TransactionOptions = {}): Promise<T> {
  const attempts = options.rerunnable === false ? 1 : TRANSACTION_ATTEMPTS;
  for (let attempt = 1; ; attempt++) {
    try {
      return await runOnce(db, work);
    } catch (error) {
      if (!lostToConcurrentTransaction(error)) throw error;
      if (attempt >= attempts) throw tooMuchContention(attempts);
      await new Promise((resolve) => setTimeout(resolve, retryDelayMs(attempt)));
    }
  }
}

let sqliteQueue: Promise<unknown> = Promise.resolve();

function runOnce<T>(db: DataSource, work: (tx: EntityManager) => Promise<T>): Promise<T> {
  // READ COMMITTED: a check made after taking a lock (e.g. the year's funding row) must see every write
  // committed before the lock was granted, not a snapshot taken at the transaction's first read.
  if (db.options.type !== 'better-sqlite3') return db.transaction('READ COMMITTED', work);
  const run = sqliteQueue.then(() => db.transaction(work));
  sqliteQueue = run.catch(() => undefined);
  return run;
}

/** Full jitter: a random wait up to an exponentially growing bound. */
export function retryDelayMs(attempt: number, random: () => number = Math.random): number {
  return Math.round(random() * Math.min(RETRY_MAX_MS, RETRY_BASE_MS * 2 ** attempt));
}

const ER_LOCK_DEADLOCK = 1213;

/** A deadlock victim or a Galera certification loser: MySQL error 1213, found in TypeORM's or mysql2's wrapping. */
export function lostToConcurrentTransaction(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 5) return false;
  const e = error as { errno?: unknown; code?: unknown; driverError?: unknown; cause?: unknown };
  if (e.errno === ER_LOCK_DEADLOCK || e.code === 'ER_LOCK_DEADLOCK') return true;
  return lostToConcurrentTransaction(e.driverError, depth + 1) || lostToConcurrentTransaction(e.cause, depth + 1);
}
