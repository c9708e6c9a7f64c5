// mysql-only
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import mysql from 'mysql2/promise';
import type { DataSource } from 'typeorm';
import { mysqlUrlForReliability } from '../reliability/mysql-guard';
import { createScratchMysqlDatabase } from '../helpers/mysql-scratch';
import { startTestServer, type TestServer } from '../helpers/server';
import { createDataSource } from '../../server/src/db/data-source';
import { generateScaleData } from '../../seeds/scale/generate-scale';
import { addBigProvince, type BigProvinceLoad } from '../../seeds/scale/big-province';
import { prepareScaleDatabase } from '../../seeds/scale/prepare-database';
import { BIG_PROVINCE_ADMIN, NATIONAL, SCALE_PASSWORD, provinceAdminName, type ScaleSizes } from '../../seeds/scale/sizes';
import { bigProvinceOf } from '../../bench/export-section';

const TINY: ScaleSizes = {
  ...NATIONAL,
  provinces: 2,
  districts: 4,
  communes: 12,
  villages: 40,
  participants: 300,
  activities: 20,
  attendance: 200,
  years: 1,
  batch: 100,
};
/** More than one district's worth (50,000) would be slow here; 50,001 gives two districts, the second one small. */
const PEOPLE = 50_001;

const serverUrl = mysqlUrlForReliability('big-province.mysql.test.ts');

describe.skipIf(!serverUrl)('the big province added to a scale database (the 1,000,000-row export case, at a small scale)', () => {
  let scratch: Awaited<ReturnType<typeof createScratchMysqlDatabase>>;
  let big: BigProvinceLoad;
  let sql: mysql.Connection;
  let db: DataSource;
  let server: TestServer;

  const one = async (query: string, params: unknown[] = []): Promise<number> => {
    const [rows] = await sql.query<mysql.RowDataPacket[]>(query, params);
    return Number(Object.values(rows[0])[0]);
  };
  const exportedLines = async (headers: Record<string, string>): Promise<string[]> => {
    const response = await fetch(`${server.url}/api/export/participants.csv`, { headers });
    expect(response.status).toBe(200);
    return (await response.text()).trimEnd().split('\r\n');
  };

  beforeAll(async () => {
    scratch = await createScratchMysqlDatabase(serverUrl!);
    await prepareScaleDatabase(scratch.url);
    await generateScaleData(scratch.url, TINY);
    big = await addBigProvince(scratch.url, PEOPLE, TINY.seed, 5_000);
    sql = await mysql.createConnection(scratch.url);
    // One connection, so that its session counters (Handler_read_*) are the export's reads.
    db = createDataSource({ kind: 'mysql', url: scratch.url }, { poolSize: 1 });
    await db.initialize();
    server = await startTestServer(db);
  }, 120_000);
  afterAll(async () => {
    await server?.close();
    await db?.destroy();
    await sql?.end();
    await scratch?.drop();
  });

  it('adds one more province with exactly the people asked for, after the others', async () => {
    expect(big).toMatchObject({ provinceId: TINY.provinces + 1, districts: 2, participants: PEOPLE });
    expect(await one('SELECT COUNT(*) FROM participant p JOIN district d ON d.id = p.districtId WHERE d.provinceId = ?', [big.provinceId])).toBe(PEOPLE);
    expect(await one('SELECT COUNT(*) FROM participant')).toBe(TINY.participants + PEOPLE);
    expect(await bigProvinceOf(sql)).toEqual({ id: big.provinceId, participants: PEOPLE });
  });

  it('keeps the district keys and unique ID numbers, with the indexes rebuilt', async () => {
    expect(await one('SELECT COUNT(*) FROM participant p JOIN commune c ON c.id = p.communeId WHERE p.districtId <> c.districtId')).toBe(0);
    const villageElsewhere =
      'SELECT COUNT(*) FROM participant p JOIN village v ON v.id = p.villageId WHERE v.communeId <> p.communeId OR v.districtId <> p.districtId';
    expect(await one(villageElsewhere)).toBe(0);
    expect(await one('SELECT COUNT(*) FROM participant p LEFT JOIN commune c ON c.id = p.communeId WHERE c.id IS NULL')).toBe(0);
    expect(await one('SELECT COUNT(*) - COUNT(DISTINCT idNumber) FROM participant')).toBe(0);
    const [indexes] = await sql.query<mysql.RowDataPacket[]>(
      "SELECT DISTINCT INDEX_NAME AS name FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'participant'",
    );
    expect(indexes.map((i) => String(i.name))).toEqual(expect.arrayContaining(['ix_participant_district_commune', 'ix_participant_phone']));
  });

  it('fills the name tokens of every new person (the insert trigger), so search finds them', async () => {
    const without = 'SELECT COUNT(*) FROM participant p WHERE p.id > ? AND NOT EXISTS (SELECT 1 FROM participant_name_token t WHERE t.participantId = p.id)';
    expect(await one(without, [TINY.participants])).toBe(0);
  });

  it('its admin exports all of its people and no one else; another province’s admin sees none of them', async () => {
    const bigLines = await exportedLines(await server.signIn(BIG_PROVINCE_ADMIN, SCALE_PASSWORD));
    expect(bigLines).toHaveLength(PEOPLE + 1);
    const otherLines = await exportedLines(await server.signIn(provinceAdminName(1), SCALE_PASSWORD));
    const own = await one('SELECT COUNT(*) FROM participant p JOIN district d ON d.id = p.districtId WHERE d.provinceId = 1');
    expect(otherLines).toHaveLength(own + 1);
  }, 60_000);

  it('the export reads each person a bounded number of times, not once per page', async () => {
    const headers = await server.signIn(BIG_PROVINCE_ADMIN, SCALE_PASSWORD);
    const reads = async () => {
      const rows = (await db.query("SHOW SESSION STATUS LIKE 'Handler_read%'")) as { Value: string }[];
      return rows.reduce((sum, row) => sum + Number(row.Value), 0);
    };
    const before = await reads();
    expect(await exportedLines(headers)).toHaveLength(PEOPLE + 1);
    // Page ids from the participant table, then each page's rows and their joins by key: ~8 reads a person.
    // Joined in one statement, MariaDB read the province from its communes and sorted all of it for every
    // page of 2,000: ~49 reads a person here (26 pages), and the reads grow with the square of the province.
    expect((await reads()) - before).toBeLessThan(PEOPLE * 12);
  }, 60_000);

  it('refuses to add it twice', async () => {
    await expect(addBigProvince(scratch.url, 10, TINY.seed, 100)).rejects.toThrow(/already has the big province/);
    expect(await one('SELECT COUNT(*) FROM participant')).toBe(TINY.participants + PEOPLE);
  });
});
