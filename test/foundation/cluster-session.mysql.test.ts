// mysql-only
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mysqlUrlForReliability } from '../reliability/mysql-guard';
import { createScratchMysqlDatabase } from '../helpers/mysql-scratch';
import { createDataSource } from '../../server/src/db/data-source';
import { applyClusterSession } from '../../server/src/db/cluster-session';
import { loadConfig } from '../../server/src/config';

const mysqlUrl = mysqlUrlForReliability('cluster-session.mysql.test.ts');

/** wsrep_sync_wait (read-your-writes on Galera) is a per-session setting: every pooled connection must carry it. */
describe.skipIf(!mysqlUrl)('the cluster session setting', () => {
  let scratch: Awaited<ReturnType<typeof createScratchMysqlDatabase>>;
  beforeAll(async () => {
    scratch = await createScratchMysqlDatabase(mysqlUrl!);
  });
  afterAll(() => scratch?.drop());

  async function sessionValues(syncWait: number | null): Promise<{ applied: number | null; seen: number[] }> {
    const db = createDataSource({ kind: 'mysql', url: scratch.url });
    await db.initialize();
    try {
      const applied = await applyClusterSession(db, syncWait);
      // 20 at once: the pool opens new connections beside the one that existed when the setting was made.
      const rows = await Promise.all(Array.from({ length: 20 }, () => db.query('SELECT @@session.wsrep_sync_wait AS v, SLEEP(0.05)')));
      return { applied, seen: [...new Set(rows.map((r) => Number(r[0].v)))] };
    } finally {
      await db.destroy();
    }
  }

  it('is left alone on a server that is not a Galera node, unless configured', async () => {
    expect(await sessionValues(null)).toEqual({ applied: null, seen: [0] });
  });

  it('reaches every pooled connection, old and new, when configured', async () => {
    expect(await sessionValues(1)).toEqual({ applied: 1, seen: [1] });
  });

  it('is read from DATABASE_SYNC_WAIT, 0–15, empty meaning automatic', () => {
    const of = (value: string) => loadConfig({ DATABASE_URL: 'mysql://x/y', TOKEN_SECRET: 's', DATABASE_SYNC_WAIT: value }).database;
    expect(of('')).toMatchObject({ syncWait: null });
    expect(of('3')).toMatchObject({ syncWait: 3 });
    expect(() => of('16')).toThrow(/DATABASE_SYNC_WAIT/);
  });
});
