import type { DataSource, EntityManager } from 'typeorm';

/**
 * TypeORM drives SQLite through one shared connection, where two overlapping transactions would
 * silently nest into each other. So on SQLite every write transaction waits its turn here; MySQL
 * gives each transaction its own pooled connection and needs no queue.
 */
let sqliteQueue: Promise<unknown> = Promise.resolve();

export function inTransaction<T>(db: DataSource, work: (tx: EntityManager) => Promise<T>): Promise<T> {
  if (db.options.type !== 'better-sqlite3') return db.transaction(work);
  const run = sqliteQueue.then(() => db.transaction(work));
  sqliteQueue = run.catch(() => undefined);
  return run;
}
