// mysql-only
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import mysql from 'mysql2/promise';
import type { DataSource } from 'typeorm';
import { mysqlUrlForReliability } from './mysql-guard';
import { seededRandom } from './seeded-random';
import { preparePortalDatabase } from './portal-database';
import { codeOf, gql, signIn, sleep, type Answer, type Headers } from './client';
import { createScratchMysqlDatabase } from '../helpers/mysql-scratch';
import { startTestServer, type TestServer } from '../helpers/server';
import { Commune } from '../../server/src/domain/geography/commune.entity';
import { District } from '../../server/src/domain/geography/district.entity';

/** Bounded: SOAK_SECONDS (default 35) of traffic, then the invariants are checked in SQL. */
const SOAK_MS = Number(process.env.SOAK_SECONDS ?? 35) * 1000;
const YEAR = 2025;
const CENTRAL = 2_000_000_000;
const ALLOCATION = 400_000_000;
const DISTRICT_CODES = ['071', '072', '073'];

const Q = {
  createParticipant: 'mutation($i: ParticipantInput!) { createParticipant(input: $i) { id version } }',
  updateParticipant: 'mutation($id: Int!, $v: Int!, $i: ParticipantInput!) { updateParticipant(id: $id, version: $v, input: $i) { id version } }',
  participantVersion: 'query($id: Int!) { participant(id: $id) { version } }',
  createVillage: 'mutation($i: CreateVillageInput!) { createVillage(input: $i) { id version } }',
  updateVillage: 'mutation($id: Int!, $v: Int!, $i: UpdateVillageInput!) { updateVillage(id: $id, version: $v, input: $i) { id version } }',
  villageVersion: 'query($id: Int!) { village(id: $id) { version } }',
  createActivity: 'mutation($i: CreateActivityInput!) { createActivity(input: $i) { id version } }',
  updateActivity: 'mutation($id: Int!, $v: Int!, $i: ActivityInput!) { updateActivity(id: $id, version: $v, input: $i) { id version } }',
  setAttendance:
    'mutation($a: Int!, $v: Int!, $e: [AttendanceEntryInput!]!) { setAttendance(activityId: $a, activityVersion: $v, entries: $e) { id version } }',
  activityState: 'query($id: Int!) { activity(id: $id) { version attendances { participantId attended completed } } }',
  reads: [
    '{ participants(first: 50) { totalCount edges { node { id fullName commune { name } village { name } } } } }',
    '{ activities(first: 50) { totalCount edges { node { id title committedCost attendances { participantId } } } } }',
    `{ budget(fiscalYear: ${YEAR}) { committed allocated exchangeCap { cap committed } } }`,
    '{ auditLog(first: 20) { totalCount edges { node { entity action } } } }',
    '{ villages(first: 50) { totalCount edges { node { id name } } } }',
  ],
  provinceReads: [
    `{ provinceReport(fiscalYear: ${YEAR}) { total { peopleTrained personTimes committed } } }`,
    `{ rollup(fiscalYear: ${YEAR}, groupBy: [DISTRICT, GENDER]) { peopleTrained } }`,
  ],
};

const generator = seededRandom;

type Entry = { attended: boolean; completed: boolean };
interface OwnParticipant {
  id: number;
  version: number;
  input: Record<string, unknown>;
}
interface OwnVillage {
  id: number;
  version: number;
  communeId: number;
  households: number;
}
interface OwnActivity {
  id: number;
  version: number;
  input: Record<string, unknown>;
  list: Map<number, Entry>;
}
interface Team {
  districtId: number;
  communes: number[];
  participants: number[];
}

/** What the clients saw: every acknowledged write counted as the audit entries it must have left. */
class Ledger {
  served = 0;
  expected = new Map<string, number>();
  codes = new Map<string, number>();
  violations: string[] = [];
  staleAttempts = 0;
  staleConflicts = 0;
  crossAttempts = 0;
  unavailable = 0;
  status500 = 0;
  /** Creates whose answer was lost to a killed connection: looked up by their unique name afterwards. */
  uncertainCreates: { table: 'participant' | 'village' | 'activity'; column: string; name: string; entity: string }[] = [];

  /** A write sent with an old version on purpose: only CONFLICT is right (one cut off by a killed connection proves nothing). */
  stale(code: string | null, what: string): void {
    if (code === 'SERVICE_UNAVAILABLE') return;
    this.staleAttempts++;
    if (code === 'CONFLICT') this.staleConflicts++;
    else if (code === null) this.violations.push(`lost update: a stale version of ${what} was accepted`);
  }
  count(entity: string, action: string, n = 1): void {
    if (n > 0) this.expected.set(`${entity}:${action}`, (this.expected.get(`${entity}:${action}`) ?? 0) + n);
  }
  record(answer: Answer<unknown>): string | null {
    this.served++;
    const code = codeOf(answer);
    this.codes.set(code ?? 'OK', (this.codes.get(code ?? 'OK') ?? 0) + 1);
    if (answer.status === 500 || code === 'INTERNAL_SERVER_ERROR' || code === 'TRANSPORT') {
      this.status500++;
      this.violations.push(`HTTP ${answer.status} ${code}: ${JSON.stringify(answer.errors ?? answer.transportError)}`);
    }
    if (code === 'SERVICE_UNAVAILABLE') this.unavailable++;
    return code;
  }
}

const mysqlUrl = mysqlUrlForReliability('soak.mysql.test.ts');

describe.skipIf(!mysqlUrl)('a bounded soak on MariaDB: three districts and the province at once', () => {
  let scratch: Awaited<ReturnType<typeof createScratchMysqlDatabase>>;
  let db: DataSource;
  let server: TestServer;
  let sql: mysql.Connection;
  const ledger = new Ledger();
  const teams = new Map<string, Team>();
  const faults = { connectionKills: 0 };

  beforeAll(async () => {
    scratch = await createScratchMysqlDatabase(mysqlUrl!);
    db = await preparePortalDatabase({ kind: 'mysql', url: scratch.url });
    server = await startTestServer(db);
    sql = await mysql.createConnection(scratch.url);
    for (const code of DISTRICT_CODES) {
      const district = await db.getRepository(District).findOneByOrFail({ code });
      const communes = await db.getRepository(Commune).find({ where: { districtId: district.id }, order: { code: 'ASC' }, take: 3 });
      teams.set(code, { districtId: district.id, communes: communes.map((c) => c.id), participants: [] });
    }
    const province = await signIn(server.url, 'tinh');
    const funded = await gql(
      server.url,
      'mutation($i: FundingInput!) { setFunding(input: $i) { id } }',
      { i: { fiscalYear: YEAR, centralAmount: CENTRAL, exchangeCapPercent: 10 } },
      province,
    );
    expect(funded.errors).toBeUndefined();
    const allocations = [...teams.values()].map((t) => ({ districtId: t.districtId, amount: ALLOCATION }));
    expect(
      (
        await gql(
          server.url,
          'mutation($i: AllocationsInput!) { setDistrictAllocations(input: $i) { districtId } }',
          { i: { fiscalYear: YEAR, allocations } },
          province,
        )
      ).errors,
    ).toBeUndefined();
  });
  afterAll(async () => {
    await server?.close();
    await db?.destroy();
    await sql?.end();
    await scratch?.drop();
  });

  it(
    'keeps every invariant under mixed parallel traffic with faults injected',
    async () => {
      const [[auditBefore]] = (await sql.query(
        "SELECT COUNT(*) AS n FROM audit_entry WHERE entity IN ('Participant', 'Village', 'Activity', 'Attendance')",
      )) as unknown as [{ n: number }[]];
      expect(Number(auditBefore.n)).toBe(0);
      const [[villagesBefore]] = (await sql.query('SELECT COUNT(*) AS n FROM village')) as unknown as [{ n: number }[]];
      const until = Date.now() + SOAK_MS;

      const call = async <T = Record<string, { id: number; version: number }>>(who: Headers, query: string, variables: Record<string, unknown> = {}) => {
        const answer = await gql<T>(server.url, query, variables, who);
        return { answer, code: ledger.record(answer) };
      };
      /** A read that must get through (to settle a write cut off by a killed connection): retried past SERVICE_UNAVAILABLE. */
      const readThrough = async <T>(who: Headers, query: string, variables: Record<string, unknown>) => {
        for (let attempt = 0; ; attempt++) {
          const result = await call<T>(who, query, variables);
          if (result.code !== 'SERVICE_UNAVAILABLE' || attempt === 10) return result;
          await sleep(50);
        }
      };

      async function districtWorker(code: string, worker: number, headers: Headers): Promise<void> {
        const rng = generator(Number(code) * 100 + worker);
        const team = teams.get(code)!;
        const others = [...teams.entries()].filter(([c]) => c !== code).map(([, t]) => t);
        const people: OwnParticipant[] = [];
        const villages: OwnVillage[] = [];
        const activities: OwnActivity[] = [];
        let n = 0;

        const participantInput = (communeId: number, name: string) => {
          const village = villages.find((v) => v.communeId === communeId && rng.next() < 0.5);
          return {
            fullName: name,
            gender: rng.pick(['FEMALE', 'MALE']),
            birthYear: rng.int(1950, 2000),
            ethnicGroupCode: rng.pick(['01', '02', '03']),
            category: 'RESIDENT',
            communeId,
            ...(village ? { villageId: village.id } : {}),
          };
        };
        /** After a killed connection: did the update land? Reload the version and count it if so. */
        const settle = async (query: string, id: number, known: { version: number }, entity: string) => {
          const { answer } = await readThrough<Record<string, { version: number } | null>>(headers, query, { id });
          const now = answer.data && Object.values(answer.data)[0]?.version;
          if (typeof now === 'number' && now > known.version) {
            ledger.count(entity, 'UPDATE', now - known.version);
            known.version = now;
          }
        };
        const settleAttendance = async (activity: OwnActivity) => {
          const { answer } = await readThrough<{ activity: { version: number; attendances: ({ participantId: number } & Entry)[] } | null }>(
            headers,
            Q.activityState,
            { id: activity.id },
          );
          const state = answer.data?.activity;
          if (!state || state.version === activity.version) return;
          const list = new Map(state.attendances.map((a) => [a.participantId, { attended: a.attended, completed: a.completed }]));
          countAttendance(activity.list, list);
          ledger.count('Activity', 'UPDATE', state.version - activity.version);
          activity.version = state.version;
          activity.list = list;
        };

        while (Date.now() < until) {
          const roll = rng.next();
          n++;
          if (roll < 0.18 || people.length < 3) {
            const name = `Soak ${code}-${worker}-${n}`;
            const { answer, code: c } = await call(headers, Q.createParticipant, { i: participantInput(rng.pick(team.communes), name) });
            if (c === null) {
              const saved = answer.data!.createParticipant;
              people.push({ id: saved.id, version: saved.version, input: participantInput(team.communes[0], name) });
              team.participants.push(saved.id);
              ledger.count('Participant', 'CREATE');
            } else if (c === 'SERVICE_UNAVAILABLE') ledger.uncertainCreates.push({ table: 'participant', column: 'fullName', name, entity: 'Participant' });
            else ledger.violations.push(`createParticipant refused: ${c}`);
          } else if (roll < 0.32) {
            const p = rng.pick(people);
            const stale = p.version > 1 && rng.next() < 0.3;
            // Own participants only (ids held by this worker), so an honest update cannot meet a real conflict.
            const input = { ...p.input, position: `Vị trí ${n}` };
            const { answer, code: c } = await call(headers, Q.updateParticipant, { id: p.id, v: stale ? p.version - 1 : p.version, i: input });
            if (stale) ledger.stale(c, `participant ${p.id}`);
            if (c === null) {
              p.version = answer.data!.updateParticipant.version;
              p.input = input;
              ledger.count('Participant', 'UPDATE');
            } else if (c === 'SERVICE_UNAVAILABLE') await settle(Q.participantVersion, p.id, p, 'Participant');
            else if (!stale) ledger.violations.push(`updateParticipant refused: ${c}`);
          } else if (roll < 0.4) {
            const name = `Thôn soak ${code}-${worker}-${n}`;
            const communeId = rng.pick(team.communes);
            const households = rng.int(10, 200);
            const { answer, code: c } = await call(headers, Q.createVillage, { i: { communeId, name, households, poorHouseholds: rng.int(0, households) } });
            if (c === null) {
              villages.push({ id: answer.data!.createVillage.id, version: answer.data!.createVillage.version, communeId, households });
              ledger.count('Village', 'CREATE');
            } else if (c === 'SERVICE_UNAVAILABLE') ledger.uncertainCreates.push({ table: 'village', column: 'name', name, entity: 'Village' });
            else ledger.violations.push(`createVillage refused: ${c}`);
          } else if (roll < 0.45 && villages.length > 0) {
            const v = rng.pick(villages);
            const stale = v.version > 1 && rng.next() < 0.3;
            const { answer, code: c } = await call(headers, Q.updateVillage, {
              id: v.id,
              v: stale ? v.version - 1 : v.version,
              i: { households: v.households + 1 },
            });
            if (stale) ledger.stale(c, `village ${v.id}`);
            if (c === null) {
              v.version = answer.data!.updateVillage.version;
              v.households++;
              ledger.count('Village', 'UPDATE');
            } else if (c === 'SERVICE_UNAVAILABLE') await settle(Q.villageVersion, v.id, v, 'Village');
            else if (!stale) ledger.violations.push(`updateVillage refused: ${c}`);
          } else if (roll < 0.55) {
            const exchange = rng.next() < 0.5;
            const title = `Soak ${exchange ? 'tham quan' : 'tập huấn'} ${code}-${worker}-${n}`;
            // Costs drawn so that the exchange cap (200 triệu) and each allocation (400 triệu) are reached mid-run.
            const input = {
              kind: exchange ? 'EXCHANGE' : 'TRAINING',
              scope: 'IN_PROVINCE',
              title,
              startDate: `${YEAR}-05-01`,
              endDate: `${YEAR}-05-02`,
              fiscalYear: YEAR,
              plannedCost: rng.int(1, exchange ? 20 : 40) * 1_000_000,
            };
            const { answer, code: c } = await call(headers, Q.createActivity, { i: { ...input, districtId: team.districtId } });
            if (c === null) {
              activities.push({ id: answer.data!.createActivity.id, version: answer.data!.createActivity.version, input, list: new Map() });
              ledger.count('Activity', 'CREATE');
            } else if (c === 'SERVICE_UNAVAILABLE') ledger.uncertainCreates.push({ table: 'activity', column: 'title', name: title, entity: 'Activity' });
            else if (c !== 'BUDGET_CAP_EXCEEDED' && c !== 'BUDGET_EXCEEDED') ledger.violations.push(`createActivity refused: ${c}`);
          } else if (roll < 0.6 && activities.length > 0) {
            const a = rng.pick(activities);
            const input = { ...a.input, plannedCost: (a.input.plannedCost as number) + rng.int(1, 10) * 1_000_000 };
            const { answer, code: c } = await call(headers, Q.updateActivity, { id: a.id, v: a.version, i: input });
            if (c === null) {
              a.version = answer.data!.updateActivity.version;
              a.input = input;
              ledger.count('Activity', 'UPDATE');
            } else if (c === 'SERVICE_UNAVAILABLE') await settleAttendance(a);
            else if (c !== 'BUDGET_CAP_EXCEEDED' && c !== 'BUDGET_EXCEEDED') ledger.violations.push(`updateActivity refused: ${c}`);
          } else if (roll < 0.74 && activities.length > 0) {
            const a = rng.pick(activities);
            const chosen = people.filter(() => rng.next() < 0.4).slice(0, 15);
            const list = new Map(
              chosen.map((p) => [p.id, (rng.next() < 0.5 ? { attended: true, completed: true } : { attended: rng.next() < 0.8, completed: false }) as Entry]),
            );
            const stale = a.version > 1 && rng.next() < 0.2;
            const entries = [...list].map(([participantId, e]) => ({ participantId, ...e }));
            const { answer, code: c } = await call(headers, Q.setAttendance, { a: a.id, v: stale ? a.version - 1 : a.version, e: entries });
            if (stale) ledger.stale(c, `activity ${a.id}`);
            if (c === null) {
              countAttendance(a.list, list);
              ledger.count('Activity', 'UPDATE');
              a.version = answer.data!.setAttendance.version;
              a.list = list;
            } else if (c === 'SERVICE_UNAVAILABLE') await settleAttendance(a);
            else if (!stale) ledger.violations.push(`setAttendance refused: ${c}`);
          } else if (roll < 0.82) {
            // Reaching across: another district's rows must answer exactly like missing ones.
            ledger.crossAttempts++;
            const other = rng.pick(others);
            const foreign = other.participants.length ? rng.pick(other.participants) : 999_999;
            const attempt = rng.pick(['update', 'village', 'attendance'] as const);
            const { code: c } =
              attempt === 'update'
                ? await call(headers, Q.updateParticipant, { id: foreign, v: 1, i: people[0].input })
                : attempt === 'village'
                  ? await call(headers, Q.createVillage, { i: { communeId: rng.pick(other.communes), name: `Thôn lạ ${n}`, households: 5, poorHouseholds: 1 } })
                  : activities.length
                    ? await call(headers, Q.setAttendance, { a: activities[0].id, v: activities[0].version, e: [{ participantId: foreign }] })
                    : await call(headers, Q.updateParticipant, { id: foreign, v: 1, i: people[0].input });
            if (c === null) ledger.violations.push(`crossed districts: ${attempt} on district ${other.districtId} succeeded`);
            else if (c !== 'NOT_FOUND' && c !== 'SERVICE_UNAVAILABLE') ledger.violations.push(`cross-district ${attempt} answered ${c}, not NOT_FOUND`);
          } else {
            await call(headers, rng.pick(Q.reads));
          }
        }
      }

      function countAttendance(before: Map<number, Entry>, after: Map<number, Entry>): void {
        for (const [id, e] of after) {
          const old = before.get(id);
          if (!old) ledger.count('Attendance', 'CREATE');
          else if (old.attended !== e.attended || old.completed !== e.completed) ledger.count('Attendance', 'UPDATE');
        }
        for (const id of before.keys()) if (!after.has(id)) ledger.count('Attendance', 'DELETE');
      }

      async function provinceWorker(headers: Headers): Promise<void> {
        const rng = generator(7);
        const activities: OwnActivity[] = [];
        let n = 0;
        while (Date.now() < until) {
          n++;
          const roll = rng.next();
          if (roll < 0.25) {
            const exchange = rng.next() < 0.6;
            const title = `Soak tỉnh ${n}`;
            const input = {
              kind: exchange ? 'EXCHANGE' : 'TRAINING',
              scope: 'OUT_OF_PROVINCE',
              title,
              startDate: `${YEAR}-08-01`,
              endDate: `${YEAR}-08-05`,
              fiscalYear: YEAR,
              plannedCost: rng.int(1, 30) * 1_000_000,
            };
            const { answer, code: c } = await call(headers, Q.createActivity, { i: input });
            if (c === null) {
              activities.push({ id: answer.data!.createActivity.id, version: answer.data!.createActivity.version, input, list: new Map() });
              ledger.count('Activity', 'CREATE');
            } else if (c === 'SERVICE_UNAVAILABLE') ledger.uncertainCreates.push({ table: 'activity', column: 'title', name: title, entity: 'Activity' });
            else if (c !== 'BUDGET_CAP_EXCEEDED' && c !== 'BUDGET_EXCEEDED') ledger.violations.push(`province createActivity refused: ${c}`);
          } else if (roll < 0.55 && activities.length > 0) {
            // A province-level activity gathers people of every district.
            const a = rng.pick(activities);
            const everyone = [...teams.values()].flatMap((t) => t.participants.slice(0, 30));
            const list = new Map(
              everyone
                .filter(() => rng.next() < 0.3)
                .slice(0, 25)
                .map((id) => [id, { attended: true, completed: rng.next() < 0.5 } as Entry]),
            );
            const { answer, code: c } = await call(headers, Q.setAttendance, {
              a: a.id,
              v: a.version,
              e: [...list].map(([participantId, e]) => ({ participantId, ...e })),
            });
            if (c === null) {
              countAttendance(a.list, list);
              ledger.count('Activity', 'UPDATE');
              a.version = answer.data!.setAttendance.version;
              a.list = list;
            } else if (c === 'SERVICE_UNAVAILABLE') {
              const { answer: state } = await readThrough<{ activity: { version: number; attendances: ({ participantId: number } & Entry)[] } }>(
                headers,
                Q.activityState,
                { id: a.id },
              );
              const now = state.data?.activity;
              if (now && now.version !== a.version) {
                const landed = new Map(now.attendances.map((x) => [x.participantId, { attended: x.attended, completed: x.completed }]));
                countAttendance(a.list, landed);
                ledger.count('Activity', 'UPDATE', now.version - a.version);
                a.version = now.version;
                a.list = landed;
              }
            } else ledger.violations.push(`province setAttendance refused: ${c}`);
          } else {
            await call(headers, rng.pick([...Q.provinceReads, ...Q.reads]));
          }
        }
      }

      /** The fault injector: kills one of the portal's pooled MariaDB connections every 2 s. */
      async function chaos(): Promise<void> {
        const killer = await mysql.createConnection(mysqlUrl!);
        try {
          while (Date.now() < until - 2000) {
            await sleep(2000);
            const [rows] = await killer.query('SELECT id FROM information_schema.processlist WHERE db = ? AND id <> CONNECTION_ID()', [scratch.name]);
            const ids = (rows as { id: number }[]).map((r) => r.id).filter((id) => id !== (sql as unknown as { threadId: number }).threadId);
            if (ids.length === 0) continue;
            await killer.query(`KILL ${ids[Math.floor(Math.random() * ids.length)]}`).catch(() => undefined);
            faults.connectionKills++;
          }
        } finally {
          await killer.end();
        }
      }

      const workers: Promise<void>[] = [];
      for (const code of DISTRICT_CODES) {
        const headers = await signIn(server.url, `huyen-${code}`);
        workers.push(districtWorker(code, 1, headers), districtWorker(code, 2, headers));
      }
      workers.push(provinceWorker(await signIn(server.url, 'tinh')), chaos());
      await Promise.all(workers);

      // Creates whose answer was lost to a killed connection: they count if their row exists (by unique name).
      for (const u of ledger.uncertainCreates) {
        const [rows] = await sql.query(`SELECT id FROM ${u.table} WHERE ${u.column} = ?`, [u.name]);
        if ((rows as unknown[]).length === 1) ledger.count(u.entity, 'CREATE');
      }

      const none = async (label: string, query: string, params: unknown[] = []) => {
        const [rows] = await sql.query(query, params);
        expect(rows, label).toEqual([]);
        return label;
      };
      const checked: string[] = [];
      // 1. Nothing crossed districts.
      checked.push(
        await none(
          'attendance in the district of its participant',
          'SELECT a.id FROM attendance a JOIN participant p ON p.id = a.participantId WHERE a.districtId <> p.districtId',
        ),
      );
      checked.push(
        await none(
          'a district activity lists only its own district',
          'SELECT a.id FROM attendance a JOIN activity t ON t.id = a.activityId WHERE t.districtId IS NOT NULL AND a.districtId <> t.districtId',
        ),
      );
      checked.push(
        await none(
          'participant in the district of its commune',
          'SELECT p.id FROM participant p JOIN commune c ON c.id = p.communeId WHERE p.districtId <> c.districtId',
        ),
      );
      checked.push(
        await none(
          'village in the district of its commune',
          'SELECT v.id FROM village v JOIN commune c ON c.id = v.communeId WHERE v.districtId <> c.districtId',
        ),
      );
      checked.push(
        await none(
          'participant’s village in the participant’s commune',
          'SELECT p.id FROM participant p JOIN village v ON v.id = p.villageId WHERE v.communeId <> p.communeId',
        ),
      );
      checked.push(
        await none(
          'audit entry district = row district (Participant)',
          "SELECT e.id FROM audit_entry e JOIN participant p ON p.id = e.entityId WHERE e.entity = 'Participant' AND e.districtId <> p.districtId",
        ),
      );
      // 2. The money rules held.
      const committed = "CASE status WHEN 'COMPLETED' THEN COALESCE(actualCost, 0) WHEN 'PLANNED' THEN plannedCost ELSE 0 END";
      checked.push(
        await none(
          'study tours within the exchange cap',
          `SELECT f.id FROM funding f WHERE (SELECT COALESCE(SUM(${committed}), 0) FROM activity WHERE kind = 'EXCHANGE' AND fiscalYear = f.fiscalYear) > f.centralAmount * f.exchangeCapPercent DIV 100`,
        ),
      );
      checked.push(
        await none(
          'each district within its allocation',
          `SELECT d.districtId FROM district_allocation d WHERE (SELECT COALESCE(SUM(${committed}), 0) FROM activity WHERE districtId = d.districtId AND fiscalYear = d.fiscalYear) > d.amount`,
        ),
      );
      checked.push(
        await none(
          'province-level work within what the province kept',
          `SELECT f.id FROM funding f WHERE (SELECT COALESCE(SUM(${committed}), 0) FROM activity WHERE districtId IS NULL AND fiscalYear = f.fiscalYear) > f.centralAmount - (SELECT COALESCE(SUM(amount), 0) FROM district_allocation WHERE fundingId = f.id)`,
        ),
      );
      // 3. Audit entries equal acknowledged writes, and the rows agree with the trail.
      const [audits] = await sql.query(
        "SELECT entity, action, COUNT(*) AS n FROM audit_entry WHERE entity IN ('Participant', 'Village', 'Activity', 'Attendance') GROUP BY entity, action",
      );
      const actual = Object.fromEntries((audits as { entity: string; action: string; n: number }[]).map((a) => [`${a.entity}:${a.action}`, Number(a.n)]));
      expect(actual).toEqual(Object.fromEntries([...ledger.expected].sort()));
      checked.push('audit entries per entity and action = acknowledged writes');
      const [[rows]] = (await sql.query(
        'SELECT (SELECT COUNT(*) FROM participant) AS participants, (SELECT COUNT(*) FROM village) AS villages, (SELECT COUNT(*) FROM activity) AS activities, (SELECT COUNT(*) FROM attendance) AS attendance',
      )) as unknown as [Record<string, number>[]];
      expect({
        participants: Number(rows.participants),
        villages: Number(rows.villages) - Number(villagesBefore.n),
        activities: Number(rows.activities),
        attendance: Number(rows.attendance),
      }).toEqual({
        participants: actual['Participant:CREATE'] ?? 0,
        villages: actual['Village:CREATE'] ?? 0,
        activities: actual['Activity:CREATE'] ?? 0,
        attendance: (actual['Attendance:CREATE'] ?? 0) - (actual['Attendance:DELETE'] ?? 0),
      });
      checked.push('rows = CREATE − DELETE entries');
      // 4. No lost update, 5. no 500.
      expect(ledger.staleConflicts).toBe(ledger.staleAttempts);
      checked.push('every stale write answered CONFLICT');
      expect(ledger.violations).toEqual([]);
      expect(ledger.status500).toBe(0);
      checked.push('no HTTP 500 / INTERNAL_SERVER_ERROR; cross-district attempts all NOT_FOUND');

      console.log(
        `soak: ${ledger.served} requests in ${SOAK_MS / 1000} s by 7 clients; faults injected: ${faults.connectionKills} pooled connections killed, ${ledger.staleAttempts} stale writes, ${ledger.crossAttempts} cross-district attempts, over-budget writes refused ${(ledger.codes.get('BUDGET_CAP_EXCEEDED') ?? 0) + (ledger.codes.get('BUDGET_EXCEEDED') ?? 0)}; ${ledger.unavailable} answers SERVICE_UNAVAILABLE; outcomes`,
        Object.fromEntries(ledger.codes),
        `\nsoak: invariants checked (${checked.length}):\n - ${checked.join('\n - ')}`,
        '\nsoak: audit entries',
        actual,
      );
      expect(ledger.served).toBeGreaterThan(500);
      expect(ledger.codes.get('BUDGET_CAP_EXCEEDED') ?? 0, 'the exchange cap was reached').toBeGreaterThan(0);
    },
    SOAK_MS + 60_000,
  );
});
