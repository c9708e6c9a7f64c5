import type { DataSource } from 'typeorm';

/** The slice of mysql2's callback pool used here (TypeORM types it as any). */
interface CallbackPool {
  on(event: 'connection', listener: (connection: { query(sql: string): unknown }) => void): void;
}

/**
 * Read-your-writes on a Galera cluster: with `wsrep_sync_wait` = 1 a node waits, before each read, until
 * it has applied every write the cluster committed before the read began, so a change acknowledged by one
 * portal instance is seen by the next read on any other (docs/DEPLOY.md gives what it costs).
 *
 * `syncWait` null (the default) means 1 on a Galera node (wsrep_on = ON) and nothing elsewhere: MySQL 8
 * has no such variable. The setting is per session, so it is made on every pooled connection. Call this
 * right after initialize(), while the pool holds only the one connection TypeORM opened to check the server.
 * Gives back the value set, or null.
 */
export async function applyClusterSession(db: DataSource, syncWait: number | null | undefined): Promise<number | null> {
  if (db.options.type !== 'mysql') return null;
  const wsrep = (await db.query("SHOW VARIABLES LIKE 'wsrep_on'")) as { Value: string }[];
  const galera = wsrep[0]?.Value === 'ON';
  const value = syncWait ?? (galera ? 1 : null);
  if (value === null || (!galera && value === 0)) return null;
  const statement = `SET SESSION wsrep_sync_wait = ${Number(value)}`;
  (db.driver as unknown as { pool: CallbackPool }).pool.on('connection', (connection) => connection.query(statement));
  await db.query(statement);
  return value;
}
