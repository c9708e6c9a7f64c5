import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import type { DatabaseConfig } from '../../server/src/config';
import { createDataSource } from '../../server/src/db/data-source';
import { seedReference } from '../../seeds/reference-seed';
import { seedDemoAccounts } from '../../seeds/demo-accounts';
import { District } from '../../server/src/domain/geography/district.entity';
import { Commune } from '../../server/src/domain/geography/commune.entity';
import { Funding } from '../../server/src/domain/funding/funding.entity';
import { DistrictAllocation } from '../../server/src/domain/funding/district-allocation.entity';
import { testEngine } from '../helpers/database';
import { createScratchMysqlDatabase } from '../helpers/mysql-scratch';
import { startTestServer } from '../helpers/server';
import { buildServer, startChildServer, type ChildServer } from '../reliability/child-server';
import { CREATE_PARTICIPANT, codeOf, gql, participantInput, signIn, sleep, type Headers } from '../reliability/client';
import { runCommand } from './production-database';

const YEAR = 2025;
const WRITERS = 4;
const CREATE_ACTIVITY = 'mutation($i: CreateActivityInput!) { createActivity(input: $i) { id } }';
const ROW = `district { code } communes villages monitoringBoards participantsRegistered peopleTrained peopleCompleted personTimes womenTrained
  ethnicMinorityTrained womenShare ethnicMinorityShare trainedByCategory { category people } activitiesByKind { kind activitiesOrganised } allocation
  committed spent coverage`;
const REPORT = `query($y: Int!) { provinceReport(fiscalYear: $y) {
  budget { central allocated committed spent exchangeCap { cap committed headroom shareOfCentral } }
  districts { ${ROW} } total { ${ROW} } grandTotal { ${ROW} } provinceLevel { committed spent activitiesByKind { kind activitiesOrganised } } } }`;
/** The tables live traffic writes here: each write is a row and its audit entry, in one transaction. */
const WRITTEN = ['participant', 'activity', 'audit_entry'] as const;

const run = promisify(execFile);
const engine = testEngine();

interface Attempt {
  kind: 'participant' | 'activity';
  name: string;
  startedAt: number;
  ackedAt: number | null;
}

/**
 * The backup drill of docs/DEPLOY.md: a backup taken while a server writes, restored into a fresh
 * database, holds exactly a consistent state of that moment — every write acknowledged before the backup
 * began, nothing begun after it ended, each write whole — and every report figure of that state.
 * Embedded: `npm run backup` / `npm run restore`. MariaDB: mariadb-dump --single-transaction, then mariadb.
 */
describe(`backup and restore while the server writes (${engine === 'mysql' ? 'mariadb-dump --single-transaction' : 'npm run backup / restore'})`, () => {
  let build: ReturnType<typeof buildServer>;
  let dir: string;
  let live: DatabaseConfig;
  let restored: DatabaseConfig;
  const cleanups: (() => Promise<void>)[] = [];
  let server: ChildServer | null = null;
  const env = (config: DatabaseConfig): Record<string, string> => (config.kind === 'mysql' ? { DATABASE_URL: config.url } : { DATABASE_PATH: config.path });
  const cli = (name: string) => path.join(path.dirname(build.mainJs), 'cli', `${name}.js`);

  async function newDatabase(): Promise<DatabaseConfig> {
    if (engine === 'mysql') {
      const scratch = await createScratchMysqlDatabase(process.env.TEST_MYSQL_URL!);
      cleanups.push(scratch.drop);
      return { kind: 'mysql', url: scratch.url };
    }
    return { kind: 'sqlite', path: path.join(dir, `portal-${cleanups.length}-${Date.now()}.db`) };
  }

  async function open(config: DatabaseConfig): Promise<DataSource> {
    const db = createDataSource(config);
    await db.initialize();
    return db;
  }

  /** The operator's backup: the embedded command, or the documented mariadb-dump line. */
  async function backup(file: string): Promise<void> {
    if (live.kind === 'sqlite') {
      const result = await runCommand(cli('backup'), ['--to', file], env(live));
      expect(result.stderr).toBe('');
      expect(result.stdout).toMatch(/integrity checked/);
      return;
    }
    const url = new URL(live.url);
    await run('mariadb-dump', [
      '--single-transaction',
      '--routines',
      '--triggers',
      '--hex-blob',
      '--default-character-set=utf8mb4',
      `--host=${url.hostname}`,
      `--port=${url.port || 3306}`,
      `--user=${url.username}`,
      `--result-file=${file}`,
      url.pathname.slice(1),
    ]);
  }

  /** The operator's restore into a fresh database. */
  async function restore(file: string, into: DatabaseConfig): Promise<void> {
    if (into.kind === 'sqlite') {
      const result = await runCommand(cli('restore'), ['--from', file, '--to', into.path], {});
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      return;
    }
    const url = new URL(into.url);
    const client = spawn('mariadb', [`--host=${url.hostname}`, `--port=${url.port || 3306}`, `--user=${url.username}`, url.pathname.slice(1)], {
      stdio: [fs.openSync(file, 'r'), 'ignore', 'pipe'],
    });
    let stderr = '';
    client.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise((resolve) => client.once('exit', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  }

  beforeAll(async () => {
    build = buildServer();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'p135-backup-'));
    live = await newDatabase();
    const db = await open(live);
    await db.runMigrations({ transaction: 'each' });
    await seedReference(db);
    await seedDemoAccounts(db, 'test');
    // Money for the year, so the activities written below carry costs into the report's budget figures.
    const districts = await db.getRepository(District).find();
    const funding = await db
      .getRepository(Funding)
      .save(
        db
          .getRepository(Funding)
          .create({ provinceId: districts[0].provinceId, fiscalYear: YEAR, centralAmount: 1e13, exchangeCapPercent: 10, decisionRef: 'drill' }),
      );
    for (const district of districts) {
      await db
        .getRepository(DistrictAllocation)
        .save(
          db
            .getRepository(DistrictAllocation)
            .create({ fundingId: funding.id, provinceId: district.provinceId, districtId: district.id, fiscalYear: YEAR, amount: 1e12 }),
        );
    }
    await db.destroy();
    server = await startChildServer(build.mainJs, env(live));
  });
  afterAll(async () => {
    if (server && server.process.exitCode === null) {
      server.process.kill('SIGKILL');
      await server.exited;
    }
    for (const cleanup of cleanups) await cleanup();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
    build?.remove();
  });

  it('restores exactly the acknowledged state of the moment of the backup: row counts, whole writes and every report figure', async () => {
    const url = server!.url;
    const writers: { headers: Headers; districtId: number; communeId: number }[] = [];
    const setup = await open(live);
    for (const code of ['071', '072']) {
      const district = await setup.getRepository(District).findOneByOrFail({ code });
      const commune = await setup.getRepository(Commune).findOneByOrFail({ districtId: district.id });
      writers.push({ headers: await signIn(url, `huyen-${code}`), districtId: district.id, communeId: commune.id });
    }
    await setup.destroy();

    const attempts: Attempt[] = [];
    let stop = false;
    const writer = async (n: number) => {
      const { headers, districtId, communeId } = writers[n % writers.length];
      for (let k = 0; !stop && k < 5000; k++) {
        const attempt: Attempt = { kind: k % 3 === 2 ? 'activity' : 'participant', name: `Drill ${n}-${k}`, startedAt: performance.now(), ackedAt: null };
        attempts.push(attempt);
        const answer =
          attempt.kind === 'participant'
            ? await gql(url, CREATE_PARTICIPANT, { i: participantInput(communeId, attempt.name) }, headers)
            : await gql(
                url,
                CREATE_ACTIVITY,
                {
                  i: {
                    districtId,
                    kind: 'TRAINING',
                    scope: 'IN_PROVINCE',
                    title: attempt.name,
                    startDate: '2025-03-01',
                    endDate: '2025-03-02',
                    fiscalYear: YEAR,
                    plannedCost: 1_000_000 + k,
                  },
                },
                headers,
              );
        expect(codeOf(answer), `${attempt.name}: ${JSON.stringify(answer.errors)}`).toBeNull();
        attempt.ackedAt = performance.now();
      }
    };
    const traffic = Array.from({ length: WRITERS }, (_, n) => writer(n));
    await sleep(1500);
    const file = path.join(dir, engine === 'mysql' ? 'portal.sql' : 'portal-backup.db');
    const backupStart = performance.now();
    await backup(file);
    const backupEnd = performance.now();
    await sleep(1000);
    stop = true;
    await Promise.all(traffic);

    // The embedded restore refuses to write over the file a running server has open, even with --force.
    if (live.kind === 'sqlite') {
      const refused = await runCommand(cli('restore'), ['--from', file, '--to', live.path, '--force'], {});
      expect(refused.code).toBe(2);
      expect(refused.stderr).toMatch(/open in another process/);
      const unforced = await runCommand(cli('restore'), ['--from', file, '--to', live.path], {});
      expect(unforced.code).toBe(2);
      expect(unforced.stderr).toMatch(/exists: stop the server, then run the restore again with --force/);
    }
    server!.process.kill('SIGTERM');
    await server!.exited;

    restored = await newDatabase();
    await restore(file, restored);
    const back = await open(restored);
    const now = await open(live);
    try {
      const names = async (db: DataSource) =>
        new Set(
          (
            (await db.query(
              "SELECT fullName AS name FROM participant WHERE fullName LIKE 'Drill %' UNION ALL SELECT title AS name FROM activity WHERE title LIKE 'Drill %'",
            )) as {
              name: string;
            }[]
          ).map((r) => r.name),
        );
      const inBackup = await names(back);
      const ackedBefore = attempts.filter((a) => a.ackedAt !== null && a.ackedAt < backupStart);
      const startedAfter = attempts.filter((a) => a.startedAt > backupEnd);
      console.log(
        `backup drill (${engine}): ${attempts.length} writes, ${ackedBefore.length} acknowledged before the backup, ${inBackup.size} in it, ${startedAfter.length} after it`,
      );
      expect(ackedBefore.length).toBeGreaterThan(10);
      expect(startedAfter.length, 'writes went on after the backup').toBeGreaterThan(0);
      for (const a of ackedBefore) expect(inBackup.has(a.name), `${a.name} was acknowledged before the backup began`).toBe(true);
      for (const a of startedAfter) expect(inBackup.has(a.name), `${a.name} began after the backup ended`).toBe(false);

      // Each write is whole in the backup: a row with its one audit entry, or neither.
      const orphans = await back.query(
        "SELECT a.id FROM audit_entry a LEFT JOIN participant p ON a.entity = 'Participant' AND p.id = a.entityId LEFT JOIN activity t ON a.entity = 'Activity' AND t.id = a.entityId " +
          "WHERE a.action = 'CREATE' AND a.entity IN ('Participant', 'Activity') AND p.id IS NULL AND t.id IS NULL",
      );
      expect(orphans).toEqual([]);
      const unaudited = await back.query(
        "SELECT p.id FROM participant p LEFT JOIN audit_entry a ON a.entity = 'Participant' AND a.entityId = p.id WHERE a.id IS NULL " +
          "UNION ALL SELECT t.id FROM activity t LEFT JOIN audit_entry a ON a.entity = 'Activity' AND a.entityId = t.id WHERE a.id IS NULL",
      );
      expect(unaudited).toEqual([]);

      // The live database taken back to the moment of the backup: the writes the backup does not hold are removed.
      for (const table of WRITTEN) {
        const kept = ((await back.query(`SELECT id FROM ${table}`)) as { id: number }[]).map((r) => Number(r.id));
        const extra = ((await now.query(`SELECT id FROM ${table}`)) as { id: number }[]).map((r) => Number(r.id)).filter((id) => !kept.includes(id));
        for (let i = 0; i < extra.length; i += 500) await now.query(`DELETE FROM ${table} WHERE id IN (${extra.slice(i, i + 500).join(',')})`);
      }
      expect(await rowCounts(back)).toEqual(await rowCounts(now));

      const reports = [];
      for (const db of [back, now]) {
        const app = await startTestServer(db);
        try {
          const province = await app.signIn('tinh');
          reports.push(await app.graphql(REPORT, { y: YEAR }, province));
        } finally {
          await app.close();
        }
      }
      expect(reports[0].errors).toBeUndefined();
      expect(reports[0]).toEqual(reports[1]);
      const total = (reports[0].data as { provinceReport: { total: { participantsRegistered: number; committed: number } } }).provinceReport.total;
      expect(total.participantsRegistered).toBeGreaterThan(0);
      expect(total.committed).toBeGreaterThan(0);
    } finally {
      await back.destroy();
      await now.destroy();
    }
  });

  it.skipIf(engine === 'mysql')(
    'refuses to overwrite a file, to restore a damaged or foreign file, and to back up MariaDB with the embedded command',
    async () => {
      const file = path.join(dir, 'portal-backup.db');
      const again = await runCommand(cli('backup'), ['--to', file], env(live));
      expect(again.code).toBe(2);
      expect(again.stderr).toMatch(/exists: a backup never overwrites a file/);

      const foreign = path.join(dir, 'foreign.db');
      fs.writeFileSync(foreign, 'not a database at all');
      const damaged = await runCommand(cli('restore'), ['--from', foreign, '--to', path.join(dir, 'elsewhere.db')], {});
      expect(damaged.code).not.toBe(0);
      expect(fs.existsSync(path.join(dir, 'elsewhere.db'))).toBe(false);

      const mysqlConfigured = await runCommand(cli('backup'), [], { DATABASE_URL: 'mysql://portal@127.0.0.1:1/portal' });
      expect(mysqlConfigured.code).toBe(2);
      expect(mysqlConfigured.stderr).toMatch(/mariadb-dump or mariabackup/);
    },
  );

  it.skipIf(engine === 'mysql')(
    "replaces a stopped server's database with --force, keeping the old file beside it, and the server starts on the restored data",
    async () => {
      const file = path.join(dir, 'portal-backup.db');
      const result = await runCommand(cli('restore'), ['--from', file, '--to', (live as { path: string }).path, '--force'], {});
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      const kept = result.stdout.match(/kept as (.+)$/m)?.[1];
      expect(kept && fs.existsSync(kept)).toBe(true);
      const counts = [];
      for (const config of [live, restored]) {
        const db = await open(config);
        counts.push(await rowCounts(db));
        await db.destroy();
      }
      expect(counts[0]).toEqual(counts[1]);
      server = await startChildServer(build.mainJs, env(live));
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    },
  );
});

/** Rows per table of the portal's schema (the migrations table included). */
async function rowCounts(db: DataSource): Promise<Record<string, number>> {
  const tables =
    db.options.type === 'mysql'
      ? ((await db.query('SELECT table_name AS name FROM information_schema.tables WHERE table_schema = DATABASE()')) as { name: string }[])
      : ((await db.query("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")) as { name: string }[]);
  const counts: Record<string, number> = {};
  for (const { name } of tables) counts[name] = Number(((await db.query(`SELECT COUNT(*) AS n FROM \`${name}\``)) as { n: number | string }[])[0].n);
  return counts;
}
