import type { DataSource, EntityManager } from 'typeorm';

/**
 * TypeORM drives SQLite through one shared connection, where two overlapping transactions would
 * silently nest into each other. So on SQLite every write transaction waits its turn here; MySQL
 * gives each transaction its own pooled connection and needs no queue.
 */
let sqliteQueue: Promise<unknown> = Promise.resolve();

export function inTransaction<T>(db: DataSource, work: (tx: EntityManager) => Promise<T>): Promise<T> {
  // READ COMMITTED: a check made after taking a lock (e.g. the year's funding row) must see every write
  // committed before the lock was granted, not a snapshot taken at the transaction's first read.
  if (db.options.type !== 'better-sqlite3') return db.transaction('READ COMMITTED', work);
  const run = sqliteQueue.then(() => db.transaction(work));
  sqliteQueue = run.catch(() => undefined);
  return run;
}
