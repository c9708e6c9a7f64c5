// mysql-only
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import mysql from 'mysql2/promise';
import type { DataSource } from 'typeorm';
import { mysqlUrlForReliability } from './mysql-guard';
import { PrivateMariadb } from './private-mariadb';
import { createMysqlDatabase, preparePortalDatabase } from './portal-database';
import { startTestServer, type TestServer } from '../helpers/server';
import { CREATE_PARTICIPANT, codeOf, gql, participantInput, signIn, sleep, type Answer, type Headers } from './client';
import { Commune } from '../../server/src/domain/geography/commune.entity';
import { District } from '../../server/src/domain/geography/district.entity';

/** "Fails fast": a bound on each answer during the outage, not a benchmark. */
const ANSWER_BOUND_MS = 10_000;
const CREATE_ACTIVITY = 'mutation($i: CreateActivityInput!) { createActivity(input: $i) { id } }';
const LIST = '{ participants(first: 5) { totalCount } }';

const mysqlUrl = mysqlUrlForReliability('outage.mysql.test.ts');

describe.skipIf(!mysqlUrl)('a MariaDB outage: fail fast, heal without a restart, nothing half-written', () => {
  let mariadb: PrivateMariadb;
  let db: DataSource;
  let server: TestServer;
  let manager: Headers;
  let communeId: number;
  let districtId: number;
  let databaseUrl: string;
  const served: Answer<unknown>[] = [];
  let faults = 0;

  const call = async <T>(query: string, variables: Record<string, unknown> = {}): Promise<Answer<T>> => {
    const answer = await gql<T>(server.url, query, variables, manager);
    served.push(answer);
    return answer;
  };
  const health = async () => {
    const started = performance.now();
    const response = await fetch(`${server.url}/healthz`);
    return { status: response.status, ms: performance.now() - started, body: (await response.json()) as { database: { ok: boolean } } };
  };
  /** A plain connection of the test itself, to look at what the portal left behind. */
  const inspect = () => mysql.createConnection({ uri: databaseUrl, connectTimeout: 2000 });

  async function waitUntilServing(): Promise<number> {
    const started = Date.now();
    while (Date.now() - started < 30_000) {
      const answer = await call(LIST);
      if (answer.data) return Date.now() - started;
      await sleep(100);
    }
    throw new Error('the portal did not serve again within 30 s of the database returning');
  }

  beforeAll(async () => {
    mariadb = await PrivateMariadb.create();
    databaseUrl = await createMysqlDatabase(mariadb.url, 'portal');
    db = await preparePortalDatabase({ kind: 'mysql', url: databaseUrl });
    server = await startTestServer(db);
    manager = await signIn(server.url, 'huyen-071');
    const district = await db.getRepository(District).findOneByOrFail({ code: '071' });
    districtId = district.id;
    communeId = (await db.getRepository(Commune).findOneByOrFail({ districtId })).id;
  });
  afterAll(async () => {
    // The database goes first, so nothing left waiting on it can hold the server's close up.
    await mariadb?.close();
    await server?.close();
    await db?.destroy().catch(() => undefined);
    console.log(`outage: ${served.length} requests served, ${faults} database kills`);
  });

  it('answers SERVICE_UNAVAILABLE fast while the database is down, says so on /healthz, and resumes by itself', async () => {
    expect((await health()).status).toBe(200);
    expect((await call(LIST)).data).toBeTruthy();

    await mariadb.kill();
    faults++;

    const down = await health();
    expect(down.status).toBe(503);
    expect(down.body.database.ok).toBe(false);
    expect(down.ms).toBeLessThan(ANSWER_BOUND_MS);
    for (const answer of [await call(LIST), await call(CREATE_PARTICIPANT, { i: participantInput(communeId, 'Written during the outage') })]) {
      expect(codeOf(answer)).toBe('SERVICE_UNAVAILABLE');
      expect(answer.status).toBe(503);
      expect(answer.ms).toBeLessThan(ANSWER_BOUND_MS);
    }
    // The file routes and the Excel report say the same, as coded JSON with 503, never a 500 or a 200 cut short.
    for (const [method, path, body] of [
      ['GET', '/api/export/participants.csv', undefined],
      ['GET', '/api/export/activities.xlsx', undefined],
      ['POST', '/api/import/participants?mode=dry-run', 'Họ và tên\r\nNguyễn Văn A\r\n'],
      ['GET', '/reports/province.xlsx?fiscalYear=2025', undefined],
    ] as const) {
      const started = performance.now();
      const response = await fetch(`${server.url}${path}`, { method, body, headers: { ...manager, 'content-type': 'text/csv' } });
      expect(response.status, `${method} ${path}`).toBe(503);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe('SERVICE_UNAVAILABLE');
      expect(performance.now() - started).toBeLessThan(ANSWER_BOUND_MS);
    }
    // Signing in needs the database too: refused the same way, not as a wrong password.
    const login = await gql(server.url, 'mutation { login(username: "huyen-071", password: "demo135") { token } }');
    expect(codeOf(login)).toBe('SERVICE_UNAVAILABLE');

    await mariadb.start();
    const healedInMs = await waitUntilServing();
    expect((await health()).status).toBe(200);
    console.log(`outage: service resumed ${healedInMs} ms after mariadbd answered again`);
    const check = await inspect();
    const [rows] = await check.query("SELECT COUNT(*) AS n FROM participant WHERE fullName = 'Written during the outage'");
    await check.end();
    expect((rows as { n: number }[])[0].n).toBe(0);
  });

  it('rolls back a write caught mid-transaction by the crash: neither the row nor its audit entry exists', async () => {
    // Hold the audit table so the write stops between its participant INSERT and its audit INSERT.
    const locker = await inspect();
    await locker.query('LOCK TABLES audit_entry WRITE');
    const inFlight = call<{ createParticipant: { id: number } }>(CREATE_PARTICIPANT, { i: participantInput(communeId, 'Caught mid-flight') });
    const watcher = await inspect();
    const deadline = Date.now() + 10_000;
    let halfWritten = false;
    try {
      while (!halfWritten && Date.now() < deadline) {
        const [waiting] = await watcher.query(
          "SELECT id FROM information_schema.processlist WHERE state = 'Waiting for table metadata lock' AND info LIKE 'INSERT INTO `audit_entry`%Caught mid-flight%'",
        );
        halfWritten = (waiting as unknown[]).length > 0;
        if (!halfWritten) await sleep(50);
      }
    } finally {
      await watcher.end();
      if (!halfWritten) locker.destroy();
    }
    // The audit INSERT carries the new participant's id: its own INSERT is done, uncommitted.
    expect(halfWritten, 'the participant row is inserted, its audit entry waits').toBe(true);

    const killedAt = performance.now();
    await mariadb.kill();
    faults++;
    const answer = await inFlight;
    expect(codeOf(answer)).toBe('SERVICE_UNAVAILABLE');
    expect(performance.now() - killedAt).toBeLessThan(ANSWER_BOUND_MS);
    locker.destroy();

    await mariadb.start();
    await waitUntilServing();
    const check = await inspect();
    const [participants] = await check.query("SELECT id FROM participant WHERE fullName = 'Caught mid-flight'");
    const [audits] = await check.query("SELECT id FROM audit_entry WHERE entity = 'Participant' AND `after` LIKE '%Caught mid-flight%'");
    await check.end();
    expect(participants).toEqual([]);
    expect(audits).toEqual([]);
  });

  it('keeps every write of live traffic through a crash whole: acknowledged ones stored with their audit entry, the others not at all', async () => {
    type Attempt = { kind: 'Participant' | 'Activity'; name: string; answer: Answer<Record<string, { id: number }>> };
    const attempts: Attempt[] = [];
    let phase: 'before' | 'down' | 'after' = 'before';
    let stop = false;
    const client = async (n: number) => {
      for (let k = 0; !stop; k++) {
        const kind = k % 3 === 2 ? 'Activity' : 'Participant';
        const name = `Traffic ${n}-${k}`;
        const answer =
          kind === 'Participant'
            ? await call<Record<string, { id: number }>>(CREATE_PARTICIPANT, { i: participantInput(communeId, name) })
            : await call<Record<string, { id: number }>>(CREATE_ACTIVITY, {
                i: {
                  districtId,
                  kind: 'TRAINING',
                  scope: 'IN_PROVINCE',
                  title: name,
                  startDate: '2025-03-01',
                  endDate: '2025-03-02',
                  fiscalYear: 2025,
                  plannedCost: 0,
                },
              });
        attempts.push({ kind, name, answer });
        if (phase === 'down') await sleep(50);
      }
    };
    const clients = Array.from({ length: 6 }, (_, n) => client(n));
    await sleep(1500);
    await mariadb.kill();
    faults++;
    phase = 'down';
    await sleep(2000);
    await mariadb.start();
    phase = 'after';
    await waitUntilServing();
    await sleep(1000);
    stop = true;
    await Promise.all(clients);

    const outcomes = new Map<string, number>();
    for (const a of attempts) outcomes.set(codeOf(a.answer) ?? 'OK', (outcomes.get(codeOf(a.answer) ?? 'OK') ?? 0) + 1);
    console.log('outage traffic outcomes', Object.fromEntries(outcomes));
    // Only two outcomes exist: done, or refused as unavailable (never 500/INTERNAL, never a hang).
    expect([...outcomes.keys()].sort()).toEqual(['OK', 'SERVICE_UNAVAILABLE']);
    for (const a of attempts) expect(a.answer.ms).toBeLessThan(ANSWER_BOUND_MS);

    const check = await inspect();
    const [participants] = await check.query("SELECT id, fullName AS name FROM participant WHERE fullName LIKE 'Traffic %'");
    const [activities] = await check.query("SELECT id, title AS name FROM activity WHERE title LIKE 'Traffic %'");
    const [audits] = await check.query(
      "SELECT entity, entityId, COUNT(*) AS n FROM audit_entry WHERE action = 'CREATE' AND entity IN ('Participant', 'Activity') GROUP BY entity, entityId",
    );
    await check.end();
    const stored = new Map<string, number>();
    for (const row of participants as { id: number; name: string }[]) stored.set(`Participant:${row.name}`, row.id);
    for (const row of activities as { id: number; name: string }[]) stored.set(`Activity:${row.name}`, row.id);
    const audited = new Map((audits as { entity: string; entityId: number; n: number }[]).map((a) => [`${a.entity}:${a.entityId}`, Number(a.n)]));

    for (const a of attempts) {
      const id = stored.get(`${a.kind}:${a.name}`);
      if (codeOf(a.answer) === null) expect(id, `${a.name} was acknowledged`).toBeDefined();
      // Stored means audited exactly once; not stored means no audit entry points at it.
      if (id !== undefined) expect(audited.get(`${a.kind}:${id}`), `${a.name} has one audit entry`).toBe(1);
    }
    const storedIds = new Set([
      ...(participants as { id: number }[]).map((r) => `Participant:${r.id}`),
      ...(activities as { id: number }[]).map((r) => `Activity:${r.id}`),
    ]);
    const trafficAudits = [...audited.keys()].filter((key) => storedIds.has(key));
    expect(trafficAudits.length).toBe(stored.size);
    // Every audit CREATE of these entities points at a row that exists: none survived without its row.
    const [orphans] = await (async () => {
      const c = await inspect();
      try {
        return await c.query(
          "SELECT a.id FROM audit_entry a LEFT JOIN participant p ON a.entity = 'Participant' AND p.id = a.entityId LEFT JOIN activity t ON a.entity = 'Activity' AND t.id = a.entityId WHERE a.action = 'CREATE' AND a.entity IN ('Participant', 'Activity') AND p.id IS NULL AND t.id IS NULL",
        );
      } finally {
        await c.end();
      }
    })();
    expect(orphans).toEqual([]);
    expect(attempts.length).toBeGreaterThan(20);
  });
});
