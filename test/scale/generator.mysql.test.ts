// mysql-only
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import mysql from 'mysql2/promise';
import type { DataSource } from 'typeorm';
import { mysqlUrlForReliability } from '../reliability/mysql-guard';
import { createScratchMysqlDatabase } from '../helpers/mysql-scratch';
import { startTestServer, type TestServer } from '../helpers/server';
import { createDataSource } from '../../server/src/db/data-source';
import { generateScaleData, type ScaleLoad } from '../../seeds/scale/generate-scale';
import { prepareScaleDatabase } from '../../seeds/scale/prepare-database';
import { NATIONAL, SCALE_PASSWORD, provinceAdminName, type ScaleSizes } from '../../seeds/scale/sizes';
import { PROVINCE_REPORT_QUERY, apiFigures, handWrittenReport, participantPageQuery, type ApiReport } from '../../bench/scale-sql';

/** A tiny national data set: every size a parameter, batches small enough that each table needs several. */
const TINY: ScaleSizes = {
  ...NATIONAL,
  provinces: 3,
  districts: 8,
  communes: 40,
  villages: 200,
  participants: 2_000,
  activities: 120,
  attendance: 2_400,
  years: 2,
  batch: 150,
};

const serverUrl = mysqlUrlForReliability('generator.mysql.test.ts');

describe.skipIf(!serverUrl)('the national-scale generator, at a tiny scale', () => {
  let scratch: Awaited<ReturnType<typeof createScratchMysqlDatabase>>;
  let load: ScaleLoad;
  let sql: mysql.Connection;
  let db: DataSource;
  let server: TestServer;

  const one = async (query: string): Promise<number> => {
    const [rows] = await sql.query<mysql.RowDataPacket[]>(query);
    return Number(Object.values(rows[0])[0]);
  };

  beforeAll(async () => {
    scratch = await createScratchMysqlDatabase(serverUrl!);
    await prepareScaleDatabase(scratch.url);
    load = await generateScaleData(scratch.url, TINY);
    sql = await mysql.createConnection(scratch.url);
    db = createDataSource({ kind: 'mysql', url: scratch.url });
    await db.initialize();
    server = await startTestServer(db);
  });
  afterAll(async () => {
    await server?.close();
    await db?.destroy();
    await sql?.end();
    await scratch?.drop();
  });

  it('loads exactly the sizes asked for, with funding and one province admin per province', () => {
    expect(load.rows).toMatchObject({
      province: 3,
      district: 8,
      commune: 40,
      village: 200,
      participant: 2_000,
      activity: 120,
      attendance: 2_400,
      funding: 3 * 2,
      district_allocation: 8 * 2,
      app_user: 3,
    });
    expect(load.seconds).toBeGreaterThan(0);
  });

  it('keeps the district keys: villages, people and attendance carry their parent’s district', async () => {
    expect(await one('SELECT COUNT(*) FROM village v JOIN commune c ON c.id = v.communeId WHERE v.districtId <> c.districtId')).toBe(0);
    expect(await one('SELECT COUNT(*) FROM participant p JOIN commune c ON c.id = p.communeId WHERE p.districtId <> c.districtId')).toBe(0);
    expect(await one('SELECT COUNT(*) FROM participant p JOIN village v ON v.id = p.villageId WHERE v.communeId <> p.communeId')).toBe(0);
    expect(await one('SELECT COUNT(*) FROM monitoring_board b JOIN commune c ON c.id = b.communeId WHERE b.districtId <> c.districtId')).toBe(0);
    expect(await one('SELECT COUNT(*) FROM attendance at JOIN participant p ON p.id = at.participantId WHERE at.districtId <> p.districtId')).toBe(0);
    // the load ran without key checks: nothing may point nowhere, and no pair may repeat
    expect(await one('SELECT COUNT(*) FROM attendance at LEFT JOIN activity a ON a.id = at.activityId WHERE a.id IS NULL')).toBe(0);
    expect(await one('SELECT COUNT(*) FROM (SELECT activityId, participantId FROM attendance GROUP BY activityId, participantId HAVING COUNT(*) > 1) d')).toBe(
      0,
    );
    expect(
      await one(
        'SELECT COUNT(*) FROM activity a LEFT JOIN district d ON d.id = a.districtId WHERE a.districtId IS NOT NULL AND (d.id IS NULL OR d.provinceId <> a.provinceId)',
      ),
    ).toBe(0);
  });

  it('district activities are attended only by their district’s people, province ones by people of the province', async () => {
    expect(
      await one('SELECT COUNT(*) FROM attendance at JOIN activity a ON a.id = at.activityId WHERE a.districtId IS NOT NULL AND a.districtId <> at.districtId'),
    ).toBe(0);
    expect(
      await one(
        'SELECT COUNT(*) FROM attendance at JOIN activity a ON a.id = at.activityId JOIN district d ON d.id = at.districtId WHERE a.districtId IS NULL AND d.provinceId <> a.provinceId',
      ),
    ).toBe(0);
    expect(await one('SELECT COUNT(*) FROM attendance at JOIN activity a ON a.id = at.activityId WHERE a.districtId IS NULL')).toBeGreaterThan(0);
  });

  it('keeps the money rules: study tours within 10 % of central, districts within their allocation, allocations within central', async () => {
    const committed = "CASE a.status WHEN 'COMPLETED' THEN COALESCE(a.actualCost, 0) WHEN 'PLANNED' THEN a.plannedCost ELSE 0 END";
    expect(
      await one(`SELECT COUNT(*) FROM funding f WHERE f.centralAmount * f.exchangeCapPercent DIV 100 <
      (SELECT COALESCE(SUM(${committed}), 0) FROM activity a WHERE a.kind = 'EXCHANGE' AND a.provinceId = f.provinceId AND a.fiscalYear = f.fiscalYear)`),
    ).toBe(0);
    expect(
      await one(`SELECT COUNT(*) FROM district_allocation al WHERE al.amount <
      (SELECT COALESCE(SUM(${committed}), 0) FROM activity a WHERE a.districtId = al.districtId AND a.fiscalYear = al.fiscalYear)`),
    ).toBe(0);
    expect(
      await one(`SELECT COUNT(*) FROM funding f WHERE f.centralAmount <
      (SELECT SUM(amount) FROM district_allocation al WHERE al.fundingId = f.id) + (SELECT COALESCE(SUM(${committed}), 0) FROM activity a WHERE a.districtId IS NULL AND a.provinceId = f.provinceId AND a.fiscalYear = f.fiscalYear)`),
    ).toBe(0);
    expect(await one(`SELECT COUNT(*) FROM activity a WHERE a.kind = 'EXCHANGE' AND a.status <> 'CANCELLED'`)).toBeGreaterThan(0);
  });

  it('provinceReport over GraphQL gives the very figures of the hand-written SQL', async () => {
    const headers = await server.signIn(provinceAdminName(1), SCALE_PASSWORD);
    const answer = await server.graphql<{ provinceReport: ApiReport }>(PROVINCE_REPORT_QUERY, { y: load.lastYear }, headers);
    expect(answer.errors).toBeUndefined();
    const expected = await handWrittenReport(sql, 1, load.lastYear);
    expect(expected.districts.length).toBeGreaterThan(1);
    expect(expected.districts.reduce((sum, d) => sum + Number(d.peopleTrained), 0)).toBeGreaterThan(0);
    expect(apiFigures(answer.data!.provinceReport)).toEqual(expected);
  });

  it('a page of participants with commune, village and ethnic group costs as many statements for 10 rows as for 100', async () => {
    const headers = await server.signIn(provinceAdminName(1), SCALE_PASSWORD);
    const statements: number[] = [];
    // The first page of a process also fills its caches (the account, the district list and the
    // ethnic groups: auth/build-context.ts, tenancy/scope.ts, graphql/loaders.ts); measure after it.
    for (const first of [1, 10, 100]) {
      const response = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query: participantPageQuery(first) }),
      });
      const body = (await response.json()) as { data: { participants: { edges: { node: { village: unknown } }[] } } };
      expect(body.data.participants.edges).toHaveLength(first);
      statements.push(Number(response.headers.get('x-sql-statements')));
    }
    const [, ten, hundred] = statements;
    expect(ten).toBeGreaterThan(0);
    expect(hundred).toBe(ten);
  });

  it('is deterministic: the same seed gives the same people and attendance', async () => {
    const again = await createScratchMysqlDatabase(serverUrl!);
    try {
      await prepareScaleDatabase(again.url);
      await generateScaleData(again.url, TINY);
      const fingerprint = async (connection: mysql.Connection) => {
        const [rows] = await connection.query<mysql.RowDataPacket[]>(
          `SELECT (SELECT MD5(GROUP_CONCAT(id, fullName, communeId, COALESCE(villageId, 0) ORDER BY id)) FROM participant) AS people,
                  (SELECT MD5(GROUP_CONCAT(activityId, ':', participantId, attended ORDER BY id)) FROM attendance) AS seats`,
        );
        return rows[0];
      };
      const other = await mysql.createConnection(again.url);
      try {
        expect(await fingerprint(other)).toEqual(await fingerprint(sql));
      } finally {
        await other.end();
      }
    } finally {
      await again.drop();
    }
  });
});
