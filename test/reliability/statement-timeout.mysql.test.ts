// mysql-only
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import mysql from 'mysql2/promise';
import type { DataSource } from 'typeorm';
import { mysqlUrlForReliability } from './mysql-guard';
import { createScratchMysqlDatabase } from '../helpers/mysql-scratch';
import { createDataSource } from '../../server/src/db/data-source';
import { seedReference } from '../../seeds/reference-seed';
import { seedDemoAccounts } from '../../seeds/demo-accounts';
import { startTestServer, type TestServer } from '../helpers/server';
import { codeOf, gql, signIn, type Headers } from './client';
import { DEFAULT_STATEMENT_TIMEOUT_MS, loadConfig } from '../../server/src/config';

/** The limit the portal is given here, and how much later than it a cut statement may answer. */
const LIMIT_MS = 1000;
const SLACK_MS = 1500;
const LIST = '{ participants(first: 5) { totalCount } }';

const mysqlUrl = mysqlUrlForReliability('statement-timeout.mysql.test.ts');

describe.skipIf(!mysqlUrl)('a hung statement is cut at DB_STATEMENT_TIMEOUT_MS and answers a coded error', () => {
  let scratch: Awaited<ReturnType<typeof createScratchMysqlDatabase>>;
  let db: DataSource;
  let server: TestServer;
  let manager: Headers;

  beforeAll(async () => {
    scratch = await createScratchMysqlDatabase(mysqlUrl!);
    db = createDataSource({ kind: 'mysql', url: scratch.url, statementTimeoutMs: LIMIT_MS });
    await db.initialize();
    await db.runMigrations({ transaction: 'each' });
    await seedReference(db);
    await seedDemoAccounts(db, 'test');
    server = await startTestServer(db);
    manager = await signIn(server.url, 'huyen-071');
  });
  afterAll(async () => {
    await server?.close();
    await db?.destroy();
    await scratch?.drop();
  });

  it('reads the limit from DB_STATEMENT_TIMEOUT_MS: 30 s by default, 0 turns it off, nonsense is refused at start', () => {
    const url = 'mysql://portal@db.example/portal';
    expect(loadConfig({ DATABASE_URL: url }).database).toMatchObject({ kind: 'mysql', url, statementTimeoutMs: DEFAULT_STATEMENT_TIMEOUT_MS });
    expect(DEFAULT_STATEMENT_TIMEOUT_MS).toBe(30_000);
    expect(loadConfig({ DATABASE_URL: url, DB_STATEMENT_TIMEOUT_MS: '0' }).database).toMatchObject({ statementTimeoutMs: 0 });
    expect(loadConfig({ DATABASE_URL: url, DB_STATEMENT_TIMEOUT_MS: '2500' }).database).toMatchObject({ statementTimeoutMs: 2500 });
    expect(() => loadConfig({ DATABASE_URL: url, DB_STATEMENT_TIMEOUT_MS: '5s' })).toThrow(/DB_STATEMENT_TIMEOUT_MS/);
  });

  it('ends a slow statement of the portal within the limit, and the pool goes on serving', async () => {
    const started = performance.now();
    const error = await db.query('SELECT SLEEP(10)').then(
      () => null,
      (e: unknown) => e as { driverError?: { errno?: number } },
    );
    const ms = performance.now() - started;
    expect(error?.driverError?.errno, 'MariaDB 1969: max_statement_time exceeded').toBe(1969);
    expect(ms).toBeGreaterThanOrEqual(LIMIT_MS - 50);
    expect(ms).toBeLessThan(LIMIT_MS + SLACK_MS);
    expect(await db.query('SELECT 1 AS one')).toEqual([{ one: 1 }]);
  });

  it('applies the limit on every pooled connection, not only the first', async () => {
    const runners = Array.from({ length: 4 }, () => db.createQueryRunner());
    try {
      for (const runner of runners) await runner.connect();
      const limits = await Promise.all(runners.map((runner) => runner.query('SELECT @@max_statement_time AS seconds')));
      expect(limits.map((rows: { seconds: string }[]) => Number(rows[0].seconds))).toEqual([1, 1, 1, 1]);
    } finally {
      await Promise.all(runners.map((runner) => runner.release()));
    }
  });

  it('answers SERVICE_UNAVAILABLE (HTTP 503) to a request stuck behind a lock held elsewhere, within the limit', async () => {
    // Someone else (a long maintenance job, a stuck client) holds the participant table.
    const holder = await mysql.createConnection(scratch.url);
    try {
      await holder.query('LOCK TABLES participant WRITE');
      const answer = await gql(server.url, LIST, {}, manager);
      expect(codeOf(answer)).toBe('SERVICE_UNAVAILABLE');
      expect(answer.status).toBe(503);
      expect(answer.errors?.[0].extensions?.messageKey).toBe('errors.statementTimedOut');
      expect(answer.errors?.[0].extensions).toMatchObject({ retryable: true });
      expect(JSON.stringify(answer.errors)).not.toMatch(/max_statement_time|SELECT/);
      expect(answer.ms).toBeLessThan(LIMIT_MS + SLACK_MS);
    } finally {
      await holder.end();
    }
    const after = await gql<{ participants: { totalCount: number } }>(server.url, LIST, {}, manager);
    expect(after.data?.participants.totalCount).toBe(0);
  });

  it('answers a file export stuck the same way with a coded 503, not a 500', async () => {
    const holder = await mysql.createConnection(scratch.url);
    try {
      await holder.query('LOCK TABLES participant WRITE');
      const started = performance.now();
      const response = await fetch(`${server.url}/api/export/participants.csv`, { headers: manager });
      expect(response.status).toBe(503);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe('SERVICE_UNAVAILABLE');
      expect(performance.now() - started).toBeLessThan(LIMIT_MS + SLACK_MS);
    } finally {
      await holder.end();
    }
  });
});
