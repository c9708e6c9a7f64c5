/**
 * The search and export sections of scale.bench.ts alone (`node dist/bench/search-export.bench.js`), for
 * measuring them without the report and throughput parts: same server, same database, same figures.
 * SCALE_DATABASE_URL, BENCH_RUNS, BENCH_ROUNDS as for scale.bench.ts; BENCH_SEARCH=0 or BENCH_EXPORTS=0 leaves a section out.
 * Prints its markdown; writes nothing.
 */
import 'reflect-metadata';
import mysql from 'mysql2/promise';
import { createDataSource } from '../server/src/db/data-source';
import { startPortal } from './portal-process';
import { productionNodeFlags } from '../scripts/production-node-flags';
import { BIG_PROVINCE_CODE, SCALE_PASSWORD, provinceAdminName } from '../seeds/scale/sizes';
import { measureSearch, searchMarkdown } from './search-section';
import { bigProvinceCase, exportMarkdown, measureExports } from './export-section';

const URL_ = process.env.SCALE_DATABASE_URL ?? 'mysql://root@127.0.0.1:3306/p135_scale';
const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

async function post(base: string, query: string, variables: Record<string, unknown>, headers: Record<string, string>): Promise<{ body: unknown }> {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { body: await response.json() };
}

async function signIn(base: string, username: string): Promise<Record<string, string>> {
  const login = 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }';
  const { body } = await post(base, login, { u: username, p: SCALE_PASSWORD }, {});
  const token = (body as { data?: { login: { token: string } } }).data?.login.token;
  if (!token) throw new Error(`sign-in failed: ${JSON.stringify(body)}`);
  return { authorization: `Bearer ${token}` };
}

async function main(): Promise<void> {
  const db = createDataSource({ kind: 'mysql', url: URL_ });
  await db.initialize();
  await db.runMigrations({ transaction: 'each' });
  await db.destroy();
  const pool = mysql.createPool({ uri: URL_ });
  const [[sizes]] = await pool.query<mysql.RowDataPacket[]>(
    'SELECT (SELECT MAX(id) FROM province WHERE code <> ?) AS lastProvince, ' +
      '(SELECT COUNT(*) FROM participant WHERE districtId IN (SELECT id FROM district WHERE provinceId = 1)) AS large',
    [BIG_PROVINCE_CODE],
  );
  const start = () => startPortal({ databaseUrl: URL_, nodeFlags: productionNodeFlags(), countStatements: false });
  const portal = await start();
  const last = Number(sizes.lastProvince);
  const callers = [
    { province: 1, headers: await signIn(portal.url, provinceAdminName(1)) },
    { province: last, headers: await signIn(portal.url, provinceAdminName(last)) },
  ];
  const bigProvince = await bigProvinceCase(pool, (username) => signIn(portal.url, username));
  await pool.end();
  const search = process.env.BENCH_SEARCH === '0' ? null : await measureSearch((q, v, h) => post(portal.url, q, v, h), callers, ROUNDS, RUNS);
  await portal.stop();
  const large = { province: 'large province (1)', headers: callers[0].headers, rows: Number(sizes.large) };
  const exportReport = process.env.BENCH_EXPORTS === '0' ? null : await measureExports(start, [large, bigProvince]);
  console.log((search ? searchMarkdown(search) : '') + (exportReport ? exportMarkdown(exportReport) : ''));
  console.log(JSON.stringify({ search, exports: exportReport }));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
