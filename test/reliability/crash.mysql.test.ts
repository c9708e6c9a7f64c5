// mysql-only
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import mysql from 'mysql2/promise';
import { mysqlUrlForReliability } from './mysql-guard';
import { buildServer, startChildServer, type ChildServer } from './child-server';
import { preparePortalDatabase } from './portal-database';
import { CREATE_PARTICIPANT, codeOf, gql, participantInput, signIn, sleep, type Headers } from './client';
import { createScratchMysqlDatabase } from '../helpers/mysql-scratch';
import { Commune } from '../../server/src/domain/geography/commune.entity';
import { District } from '../../server/src/domain/geography/district.entity';
import { Participant, ParticipantCategory, Gender } from '../../server/src/domain/participants/participant.entity';

const SET_ATTENDANCE =
  'mutation($a: Int!, $v: Int!, $e: [AttendanceEntryInput!]!) { setAttendance(activityId: $a, activityVersion: $v, entries: $e) { id version } }';
const PEOPLE = 400;

const mysqlUrl = mysqlUrlForReliability('crash.mysql.test.ts');

/**
 * kill -9 of the server in the middle of big writes. Whatever the moment, a write is all there or not
 * there at all after the restart, and the audit trail describes exactly the rows that exist.
 */
describe.skipIf(!mysqlUrl)('kill -9 of the server during bulk writes', () => {
  let build: ReturnType<typeof buildServer>;
  let scratch: Awaited<ReturnType<typeof createScratchMysqlDatabase>>;
  let sql: mysql.Connection;
  let child: ChildServer | null = null;
  let manager: Headers;
  let people: number[] = [];
  let districtId: number;
  let commune: Commune;
  let activityId: number;
  let kills = 0;
  let requests = 0;

  async function restart(): Promise<void> {
    child = await startChildServer(build.mainJs, { DATABASE_URL: scratch.url });
    manager = await signIn(child.url, 'huyen-071');
  }
  async function killServer(): Promise<void> {
    child!.process.kill('SIGKILL');
    await child!.exited;
    kills++;
    // MariaDB notices the dead client and rolls its transaction back; wait until nothing of ours is running.
    for (let waited = 0; waited < 20_000; waited += 100) {
      const [busy] = await sql.query("SELECT id FROM information_schema.processlist WHERE db = ? AND command <> 'Sleep' AND id <> CONNECTION_ID()", [
        scratch.name,
      ]);
      if ((busy as unknown[]).length === 0) return;
      await sleep(100);
    }
    throw new Error('a transaction of the killed server was still running after 20 s');
  }
  const call = <T>(query: string, variables: Record<string, unknown>) => {
    requests++;
    return gql<T>(child!.url, query, variables, manager);
  };
  async function waitForQuery(pattern: string): Promise<void> {
    for (let waited = 0; waited < 10_000; waited += 20) {
      const [rows] = await sql.query('SELECT id FROM information_schema.processlist WHERE db = ? AND info LIKE ?', [scratch.name, pattern]);
      if ((rows as unknown[]).length > 0) return;
      await sleep(20);
    }
    throw new Error(`no statement like ${pattern} showed up`);
  }

  /** The activity's attendance as stored, and as the audit trail tells it (CREATEs minus DELETEs, last values). */
  async function attendanceAndTrail(): Promise<{ rows: Map<number, string>; trail: Map<number, string>; version: number }> {
    const [rows] = await sql.query('SELECT id, participantId, attended, completed, version FROM attendance WHERE activityId = ?', [activityId]);
    const [audits] = await sql.query("SELECT entityId, action, `after` FROM audit_entry WHERE entity = 'Attendance' ORDER BY id");
    const [[activity]] = (await sql.query('SELECT version FROM activity WHERE id = ?', [activityId])) as unknown as [{ version: number }[]];
    const describe = (r: { participantId: number; attended: unknown; completed: unknown; version: number }) =>
      `${r.participantId}:${Number(r.attended)}:${Number(r.completed)}:v${r.version}`;
    const trail = new Map<number, string>();
    for (const entry of audits as { entityId: number; action: string; after: string | null }[]) {
      if (entry.action === 'DELETE') {
        trail.delete(entry.entityId);
        continue;
      }
      const after = JSON.parse(entry.after!) as { activityId: number; participantId: number; attended: boolean; completed: boolean; version: number };
      if (after.activityId === activityId) trail.set(entry.entityId, describe(after));
    }
    return {
      rows: new Map((rows as { id: number; participantId: number; attended: number; completed: number; version: number }[]).map((r) => [r.id, describe(r)])),
      trail,
      version: activity.version,
    };
  }
  const participantsOf = (state: { rows: Map<number, string> }) => [...state.rows.values()].map((v) => Number(v.split(':')[0])).sort((a, b) => a - b);

  beforeAll(async () => {
    build = buildServer();
    scratch = await createScratchMysqlDatabase(mysqlUrl!);
    const db = await preparePortalDatabase({ kind: 'mysql', url: scratch.url });
    const district = await db.getRepository(District).findOneByOrFail({ code: '071' });
    districtId = district.id;
    commune = await db.getRepository(Commune).findOneByOrFail({ districtId });
    // The people to list: set up directly (they are the scene, not the subject).
    const repo = db.getRepository(Participant);
    const saved = await repo.save(
      Array.from({ length: PEOPLE }, (_, i) =>
        repo.create({
          fullName: `Người học ${i}`,
          gender: i % 2 ? Gender.MALE : Gender.FEMALE,
          birthYear: 1970 + (i % 30),
          ethnicGroupCode: '02',
          category: ParticipantCategory.RESIDENT,
          communeId: commune.id,
          districtId,
        }),
      ),
      { chunk: 100 },
    );
    people = saved.map((p) => p.id);
    await db.destroy();
    sql = await mysql.createConnection(scratch.url);
    await restart();
    const created = await call<{ createActivity: { id: number } }>('mutation($i: CreateActivityInput!) { createActivity(input: $i) { id } }', {
      i: {
        districtId,
        kind: 'TRAINING',
        scope: 'IN_PROVINCE',
        title: 'Tập huấn lớn',
        startDate: '2025-04-01',
        endDate: '2025-04-03',
        fiscalYear: 2025,
        plannedCost: 0,
      },
    });
    activityId = created.data!.createActivity.id;
  });
  afterEach(async () => {
    if (child && child.process.exitCode === null && child.process.signalCode === null) return;
    await restart();
  });
  afterAll(async () => {
    if (child && child.process.exitCode === null) child.process.kill('SIGKILL');
    await sql?.end();
    await scratch?.drop();
    build?.remove();
    console.log(`crash: ${requests} requests, ${kills} kill -9 of the server`);
  });

  const entriesFor = (ids: number[], completed: boolean) => ids.map((participantId) => ({ participantId, attended: true, completed }));

  it('a setAttendance of 300 people killed at any moment is all there or not at all, and the audit trail matches', async () => {
    const first = people.slice(0, 300);
    const second = people.slice(100, 400);
    const done = await call<{ setAttendance: { version: number } }>(SET_ATTENDANCE, { a: activityId, v: 1, e: entriesFor(first, false) });
    expect(codeOf(done), JSON.stringify(done.errors)).toBeNull();
    let state = await attendanceAndTrail();
    expect(participantsOf(state)).toEqual(first);
    expect(state.rows).toEqual(state.trail);

    // Killed after various delays (mid-way, with ~800 statements in the transaction) and once while
    // provably mid-transaction: every attendance row written, the first audit entry held by a lock.
    for (const delayMs of [100, 250, 500, 'locked'] as const) {
      const version = state.version;
      let locker: mysql.Connection | null = null;
      if (delayMs === 'locked') {
        locker = await mysql.createConnection(scratch.url);
        await locker.query('LOCK TABLES audit_entry WRITE');
      }
      const answer = call(SET_ATTENDANCE, { a: activityId, v: version, e: entriesFor(second, true) });
      if (delayMs === 'locked') await waitForQuery('INSERT INTO `audit_entry`%');
      else await sleep(delayMs);
      await killServer();
      locker?.destroy();
      const reply = await answer;
      state = await attendanceAndTrail();
      const stored = participantsOf(state);
      // All or nothing: the old list, untouched, or the new one, whole (if the commit beat the kill).
      if (stored[0] === first[0]) {
        expect(stored).toEqual(first);
        expect(state.version).toBe(version);
      } else {
        expect(stored).toEqual(second);
        expect(reply.transportError, 'a write answered before the kill was committed').toBeUndefined();
      }
      expect(state.rows, `after a kill at ${delayMs}`).toEqual(state.trail);
      console.log(
        `crash: setAttendance killed at ${delayMs}: ${reply.transportError ? 'no answer' : 'answered'}, stored ${stored[0] === first[0] ? 'old list' : 'new list'}`,
      );
      await restart();
      if (stored[0] !== first[0]) {
        // Put the old list back for the next round.
        const back = await call<{ setAttendance: { version: number } }>(SET_ATTENDANCE, { a: activityId, v: state.version, e: entriesFor(first, false) });
        expect(codeOf(back)).toBeNull();
        state = await attendanceAndTrail();
      }
    }

    // After all that the server, restarted, writes the new list whole.
    const last = await call(SET_ATTENDANCE, { a: activityId, v: state.version, e: entriesFor(second, true) });
    expect(codeOf(last), JSON.stringify(last.errors)).toBeNull();
    state = await attendanceAndTrail();
    expect(participantsOf(state)).toEqual(second);
    expect(state.rows).toEqual(state.trail);
  });

  it('many concurrent createParticipant calls killed mid-way: each person is stored with exactly one audit entry, or not at all', async () => {
    const attempts: { name: string; ok: boolean }[] = [];
    let stop = false;
    const client = async (n: number) => {
      for (let k = 0; !stop; k++) {
        const name = `Burst ${n}-${k}`;
        const answer = await call<{ createParticipant: { id: number } }>(CREATE_PARTICIPANT, { i: participantInput(commune.id, name) });
        attempts.push({ name, ok: codeOf(answer) === null });
        if (answer.transportError) return;
      }
    };
    const clients = Array.from({ length: 12 }, (_, n) => client(n));
    await sleep(800);
    await killServer();
    stop = true;
    await Promise.all(clients);

    const [rows] = await sql.query(
      "SELECT p.fullName AS name, COUNT(a.id) AS audits FROM participant p LEFT JOIN audit_entry a ON a.entity = 'Participant' AND a.entityId = p.id AND a.action = 'CREATE' WHERE p.fullName LIKE 'Burst %' GROUP BY p.id, p.fullName",
    );
    const [orphans] = await sql.query(
      "SELECT a.id FROM audit_entry a LEFT JOIN participant p ON p.id = a.entityId WHERE a.entity = 'Participant' AND p.id IS NULL",
    );
    const stored = new Map((rows as { name: string; audits: number }[]).map((r) => [r.name, Number(r.audits)]));
    expect([...stored.values()].every((n) => n === 1)).toBe(true);
    expect(orphans).toEqual([]);
    for (const a of attempts) if (a.ok) expect(stored.has(a.name), `${a.name} was acknowledged`).toBe(true);
    expect(attempts.filter((a) => a.ok).length).toBeGreaterThan(10);
    console.log(`crash: burst of ${attempts.length} createParticipant, ${stored.size} stored, ${attempts.filter((a) => !a.ok).length} cut off`);
  });

  it('a participant import of 2 000 rows killed mid-commit leaves no row and no Import audit entry; imported again it lands whole', async () => {
    const header = 'Họ và tên,Giới tính,Năm sinh,Dân tộc,Đối tượng,Mã xã';
    const csv = (marker: string) =>
      [header, ...Array.from({ length: 2000 }, (_, i) => `${marker} ${i},Nữ,${1960 + (i % 40)},Tày,Người dân,${commune.code}`)].join('\n');
    const upload = async (body: string, fileName: string): Promise<{ status: number; lines?: Record<string, unknown>[]; error?: unknown }> => {
      requests++;
      try {
        const response = await fetch(`${child!.url}/api/import/participants?mode=commit`, {
          method: 'POST',
          headers: { ...manager, 'content-type': 'text/csv', 'x-filename': fileName },
          body,
        });
        const text = await response.text();
        return {
          status: response.status,
          lines: text
            .trim()
            .split('\n')
            .map((l) => JSON.parse(l) as Record<string, unknown>),
        };
      } catch (error) {
        return { status: 0, error };
      }
    };
    const countOf = async (marker: string, fileName: string) => {
      const [[row]] = (await sql.query('SELECT COUNT(*) AS n FROM participant WHERE fullName LIKE ?', [`${marker} %`])) as unknown as [{ n: number }[]];
      const [audits] = await sql.query("SELECT `after` FROM audit_entry WHERE entity = 'Import' AND `after` LIKE ?", [`%"${fileName}"%`]);
      return { rows: Number(row.n), imports: (audits as { after: string }[]).map((a) => JSON.parse(a.after) as { created: number }) };
    };

    // Held at the import's one audit entry: all 2 000 rows are inserted, nothing is committed.
    const dry = await fetch(`${child!.url}/api/import/participants?mode=dry-run`, {
      method: 'POST',
      headers: { ...manager, 'content-type': 'text/csv', 'x-filename': 'dry.csv' },
      body: csv('Thử'),
    });
    const dryReport = JSON.parse((await dry.text()).trim().split('\n').at(-1)!) as Record<string, unknown>;
    expect(dryReport, 'the file is valid').toMatchObject({ type: 'report', errorCount: 0, rowsRead: 2000 });
    const locker = await mysql.createConnection(scratch.url);
    try {
      await locker.query('LOCK TABLES audit_entry WRITE');
      const cut = upload(csv('Nhập dở'), 'cut.csv');
      await waitForQuery('INSERT INTO `audit_entry`%');
      await killServer();
      await cut;
    } finally {
      locker.destroy();
    }
    expect(await countOf('Nhập dở', 'cut.csv')).toEqual({ rows: 0, imports: [] });
    await restart();

    // Killed at a moment of no one's choosing: nothing, or everything with its audit entry.
    const random = upload(csv('Nhập ngẫu nhiên'), 'random.csv');
    await sleep(400);
    await killServer();
    await random;
    const afterRandom = await countOf('Nhập ngẫu nhiên', 'random.csv');
    expect([0, 2000]).toContain(afterRandom.rows);
    expect(afterRandom.imports.map((i) => i.created)).toEqual(afterRandom.rows === 0 ? [] : [2000]);
    await restart();

    const again = await upload(csv('Nhập dở'), 'cut.csv');
    expect(again.lines?.at(-1), String(again.error)).toMatchObject({ type: 'report', committed: true, created: 2000 });
    expect(await countOf('Nhập dở', 'cut.csv')).toEqual({ rows: 2000, imports: [expect.objectContaining({ created: 2000 })] });
  });
});
