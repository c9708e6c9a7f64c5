import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { getIntrospectionQuery } from 'graphql';
import { buildServer, PRODUCTION_ENV, PRODUCTION_NODE_FLAGS, startChildServer, type ChildServer } from './child-server';
import { preparePortalDatabase } from './portal-database';
import { createScratchMysqlDatabase } from '../helpers/mysql-scratch';
import { hashPassword } from '../../server/src/auth/passwords';
import { Role, User } from '../../server/src/domain/accounts/user.entity';
import { Province } from '../../server/src/domain/geography/province.entity';

const ADMIN = 'qa-tinh';
const ADMIN_PASSWORD = 'a long password for the hostile-payload test';

interface Reply {
  status: number;
  ms: number;
  codes: string[];
  transportError?: string;
}

/** POSTs a raw body to /graphql; never throws, so a dead server shows as a transport error. */
async function post(url: string, body: string, headers: Record<string, string> = {}): Promise<Reply> {
  const started = performance.now();
  try {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
      signal: AbortSignal.timeout(60_000),
    });
    const text = await response.text();
    let codes: string[] = [];
    try {
      const parsed = JSON.parse(text) as { errors?: { extensions?: { code?: string } }[] } | { errors?: { extensions?: { code?: string } }[] }[];
      codes = (Array.isArray(parsed) ? parsed : [parsed]).flatMap((one) => (one.errors ?? []).map((error) => String(error.extensions?.code)));
    } catch {
      codes = ['NOT_JSON'];
    }
    return { status: response.status, ms: performance.now() - started, codes };
  } catch (error) {
    return { status: 0, ms: performance.now() - started, codes: [], transportError: String((error as { cause?: unknown }).cause ?? error) };
  }
}

/** The server is alive and answers its health check at once, the database included. */
async function expectHealthy(child: ChildServer): Promise<void> {
  expect(child.process.exitCode, child.output().slice(-2000)).toBeNull();
  const started = performance.now();
  const health = await fetch(`${child.url}/healthz`, { signal: AbortSignal.timeout(5000) });
  expect(health.status).toBe(200);
  expect(performance.now() - started).toBeLessThan(1000);
}

/** ~56 KB: 1,400 aliases of a small introspection selection, whose answer would be ~16 MB. */
const INTROSPECTION_FLOOD = `{ ${Array.from({ length: 1400 }, (_, i) => `a${i}:__schema{types{name fields{name}}}`).join(' ')} }`;
/** ~74 KB: 1,300 province reports of one request. */
const REPORT_FLOOD = `{ ${Array.from({ length: 1300 }, (_, i) => `r${i}:provinceReport(fiscalYear:2025){total{peopleTrained}}`).join(' ')} }`;

/** A filter nested `levels` deep (50,000 is ~0.5 MB of JSON): bad input, never a crash or a 500. */
function deeplyNestedVariables(levels: number): string {
  const query = 'query($f: ParticipantFilter) { participants(filter: $f) { totalCount } }';
  return `{"query":${JSON.stringify(query)},"variables":{"f":${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}}}`;
}

/**
 * A hostile caller sends one request meant to take the portal down. The server runs as production runs
 * it (NODE_ENV=production, the documented heap cap): each payload is refused with a coded 400, and the
 * process stays up and healthy for everyone else.
 */
describe('hostile GraphQL requests against the production server', () => {
  const engine = process.env.TEST_MYSQL_URL ? 'mysql' : 'sqlite';
  let build: ReturnType<typeof buildServer>;
  let env: Record<string, string>;
  let cleanup: () => Promise<void>;
  let child: ChildServer;
  let admin: Record<string, string>;

  beforeAll(async () => {
    build = buildServer();
    if (engine === 'mysql') {
      const scratch = await createScratchMysqlDatabase(process.env.TEST_MYSQL_URL!);
      env = { DATABASE_URL: scratch.url };
      cleanup = scratch.drop;
    } else {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'p135-hostile-'));
      env = { DATABASE_PATH: path.join(dir, 'portal.db') };
      cleanup = async () => fs.rmSync(dir, { recursive: true, force: true });
    }
    const db = await preparePortalDatabase(engine === 'mysql' ? { kind: 'mysql', url: env.DATABASE_URL } : { kind: 'sqlite', path: env.DATABASE_PATH });
    // Demo accounts are refused in production: a real province admin, as an installation creates one.
    const province = await db.getRepository(Province).findOneByOrFail({});
    const passwordHash = await hashPassword(ADMIN_PASSWORD);
    const account = { username: ADMIN, displayName: 'QA', passwordHash, role: Role.PROVINCE_ADMIN, demo: false };
    await db.getRepository(User).insert({ ...account, provinceId: province.id, districtId: null });
    await db.destroy();
    await startProductionServer();
  }, 180_000);
  // A payload that kills the server fails its own case; the next case gets a fresh server.
  beforeEach(async () => {
    if (child.process.exitCode !== null || child.process.signalCode !== null) await startProductionServer();
  });
  afterAll(async () => {
    if (child && child.process.exitCode === null) child.process.kill('SIGKILL');
    build?.remove();
    await cleanup?.();
  });

  async function startProductionServer(): Promise<void> {
    child = await startChildServer(build.mainJs, { ...env, ...PRODUCTION_ENV }, PRODUCTION_NODE_FLAGS);
    const login = await fetch(`${child.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
        variables: { u: ADMIN, p: ADMIN_PASSWORD },
      }),
    });
    const token = ((await login.json()) as { data: { login: { token: string } } }).data.login.token;
    admin = { authorization: `Bearer ${token}` };
  }

  it('refuses 1,400 aliased introspection selections from an anonymous caller, and stays up', async () => {
    expect(INTROSPECTION_FLOOD.length).toBeGreaterThan(50_000);
    const answer = await post(child.url, JSON.stringify({ query: INTROSPECTION_FLOOD }));
    expect(answer.transportError, child.output().slice(-2000)).toBeUndefined();
    expect(answer.status).toBe(400);
    expect(answer.codes).toEqual(['QUERY_TOO_COMPLEX']);
    await expectHealthy(child);
  });

  it('refuses the same flood from a signed-in province admin: the limit is for everyone', async () => {
    const answer = await post(child.url, JSON.stringify({ query: INTROSPECTION_FLOOD }), admin);
    expect(answer.status).toBe(400);
    expect(answer.codes).toEqual(['QUERY_TOO_COMPLEX']);
    await expectHealthy(child);
  });

  it('refuses 1,300 aliased province reports from a signed-in province admin quickly, and stays up', async () => {
    expect(REPORT_FLOOD.length).toBeGreaterThan(70_000);
    const answer = await post(child.url, JSON.stringify({ query: REPORT_FLOOD }), admin);
    expect(answer.transportError, child.output().slice(-2000)).toBeUndefined();
    expect(answer.status).toBe(400);
    expect(answer.codes).toEqual(['QUERY_TOO_COMPLEX']);
    expect(answer.ms).toBeLessThan(2000);
    await expectHealthy(child);
  });

  it('refuses a batch that spreads province reports over its operations: 5 run, the rest are refused', async () => {
    const reports = (i: number) => Array.from({ length: 5 }, (_, j) => `r${j}:provinceReport(fiscalYear:${2000 + 10 * i + j}){total{peopleTrained}}`);
    const batch = Array.from({ length: 10 }, (_, i) => ({ query: `{ ${reports(i).join(' ')} }` }));
    const answer = await post(child.url, JSON.stringify(batch), admin);
    expect(answer.transportError).toBeUndefined();
    expect(answer.codes).toEqual(Array.from({ length: 9 }, () => 'QUERY_TOO_COMPLEX'));
    await expectHealthy(child);
  });

  it('answers deeply nested JSON variables with a coded 400, not a 500, and stays up', async () => {
    for (const headers of [{}, admin]) {
      const answer = await post(child.url, deeplyNestedVariables(50_000), headers);
      expect(answer.transportError, child.output().slice(-2000)).toBeUndefined();
      expect(answer.status).toBe(400);
      expect(answer.codes).toEqual(['BAD_USER_INPUT']);
    }
    await expectHealthy(child);
  });

  it('refuses a chain of 2,000 fragments, each spreading the next, with a coded 400', async () => {
    const links = Array.from({ length: 2000 }, (_, i) => `fragment F${i} on Query { ...F${i + 1} }`);
    const chain = `{ ...F0 } ${links.join(' ')} fragment F2000 on Query { me { role } }`;
    const answer = await post(child.url, JSON.stringify({ query: chain }), admin);
    expect(answer.status).toBe(400);
    expect(answer.codes).toEqual(['QUERY_TOO_COMPLEX']);
    await expectHealthy(child);
  });

  it('still answers ordinary requests after all of it, within the memory the README documents', async () => {
    const ask = async (query: string) => (await post(child.url, JSON.stringify({ query }), admin)).codes;
    expect(await ask('{ me { role } }')).toEqual([]);
    expect(await ask('{ participants(first: 200) { totalCount edges { node { fullName commune { name } } } } }')).toEqual([]);
    expect(await ask('{ provinceReport(fiscalYear: 2025) { total { peopleTrained } districts { communes peopleTrained } } }')).toEqual([]);
    expect(await ask(getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true }))).toEqual([]);
    const peak = peakRssMb(child);
    console.log(`peak RSS of the production server (${PRODUCTION_NODE_FLAGS.join(' ')}) after the hostile payloads: ${peak} MB`);
    expect(peak).toBeLessThan(MEMORY_BUDGET_MB);
  });
});

/** What the README promises the server needs (peak resident memory, sign-ins included). */
const MEMORY_BUDGET_MB = 320;

/** The kernel's high-water mark of the process's resident memory (Linux). */
function peakRssMb(child: ChildServer): number {
  const kb = Number(/^VmHWM:\s+(\d+) kB/m.exec(fs.readFileSync(`/proc/${child.process.pid}/status`, 'utf8'))?.[1]);
  return Math.round(kb / 1024);
}
