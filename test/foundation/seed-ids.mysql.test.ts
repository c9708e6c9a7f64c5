// mysql-only
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { mysqlUrlForReliability } from '../reliability/mysql-guard';
import { createScratchMysqlDatabase } from '../helpers/mysql-scratch';
import { createDataSource } from '../../server/src/db/data-source';
import { seedAll } from '../../seeds/index';

const mysqlUrl = mysqlUrlForReliability('seed-ids.mysql.test.ts');

/**
 * A Galera cluster hands out auto-increment ids `auto_increment_increment` apart (3 on three nodes), so a
 * multi-row INSERT's ids are not insertId, insertId + 1 …. The seed must read the ids it needs back from
 * the database. One pooled connection with Galera's session settings reproduces it on a single server.
 */
describe.skipIf(!mysqlUrl)('the demo seed where auto-increment ids are 3 apart, as on a three-node Galera cluster', () => {
  let scratch: Awaited<ReturnType<typeof createScratchMysqlDatabase>>;
  let db: DataSource;
  const count = async (sql: string) => Number((await db.query(sql))[0].n);

  beforeAll(async () => {
    scratch = await createScratchMysqlDatabase(mysqlUrl!);
    db = createDataSource({ kind: 'mysql', url: scratch.url }, { poolSize: 1 });
    await db.initialize();
    await db.runMigrations({ transaction: 'each' });
    await db.query('SET SESSION auto_increment_increment = 3, auto_increment_offset = 2');
    await seedAll(db, { demo: true });
  });
  afterAll(async () => {
    await db?.destroy();
    await scratch?.drop();
  });

  it('links every person to a village of their own commune and every board member to their commune’s board', async () => {
    expect(Number((await db.query("SHOW SESSION VARIABLES LIKE 'auto_increment_increment'"))[0].Value)).toBe(3);
    expect(await count('SELECT COUNT(*) n FROM participant WHERE villageId IS NOT NULL')).toBeGreaterThan(3000);
    expect(await count('SELECT COUNT(*) n FROM participant p JOIN village v ON v.id = p.villageId WHERE v.communeId <> p.communeId')).toBe(0);
    expect(
      await count(
        'SELECT COUNT(*) n FROM board_member m JOIN monitoring_board b ON b.id = m.boardId JOIN participant p ON p.id = m.participantId WHERE p.communeId <> b.communeId',
      ),
    ).toBe(0);
    // Attendance points at people of the activity's district (or anyone, for province-level work).
    expect(
      await count(
        'SELECT COUNT(*) n FROM attendance t JOIN activity a ON a.id = t.activityId JOIN participant p ON p.id = t.participantId WHERE a.districtId <> p.districtId',
      ),
    ).toBe(0);
  });
});
