import 'reflect-metadata';
import { DataSource, type DataSourceOptions } from 'typeorm';
import type { DatabaseConfig } from '../config';
import { entities } from '../domain/entities';
import { mysqlMigrations } from './migrations/mysql';
import { sqliteMigrations } from './migrations/sqlite';
import { StatementCountingLogger } from './statement-counter';
import { mysqlDriverWithStatementTimeout } from './statement-timeout';

type Migrations = DataSourceOptions['migrations'];

/**
 * The one data source of the portal, chosen by configuration: MySQL/MariaDB through mysql2 when a
 * DATABASE_URL is given, otherwise an embedded SQLite file through better-sqlite3.
 * `synchronize` is never on: the schema comes from the committed migrations of each engine.
 */
export function createDataSource(database: DatabaseConfig, extra: Partial<DataSourceOptions> = {}): DataSource {
  const common = { entities, synchronize: false, migrationsRun: false, logger: new StatementCountingLogger() };
  if (database.kind === 'mysql') {
    return new DataSource({
      type: 'mysql',
      url: database.url,
      // mysql2 itself, its pools setting DB_STATEMENT_TIMEOUT_MS on every new connection (statement-timeout.ts).
      driver: mysqlDriverWithStatementTimeout(database.statementTimeoutMs ?? 0),
      charset: 'utf8mb4_unicode_ci',
      timezone: 'Z',
      // BIGINT money comes back as a string and is turned into a safe integer by moneyTransformer.
      supportBigNumbers: true,
      bigNumberStrings: true,
      dateStrings: ['DATE'],
      // Fail fast when the database is away: a connection attempt gives up after 5 s (a refused one at
      // once), and the answer is SERVICE_UNAVAILABLE (db/unavailable.ts). Dead pooled connections are
      // dropped by mysql2 and new ones opened on demand, so service resumes without a restart.
      connectTimeout: 5000,
      poolSize: 10,
      extra: {
        enableKeepAlive: true,
        keepAliveInitialDelay: 10_000,
        // Idle connections are closed after a minute, so few stale sockets survive a database restart.
        maxIdle: 10,
        idleTimeout: 60_000,
        // Bounds the requests waiting for a connection; beyond it they are refused rather than queued forever.
        queueLimit: 500,
        // A reset on release would drop the session's statement limit: connections keep their session.
        resetOnRelease: false,
      },
      migrations: mysqlMigrations as Migrations,
      ...common,
      ...extra,
    } as DataSourceOptions);
  }
  return new DataSource({
    type: 'better-sqlite3',
    database: database.path,
    enableWAL: database.path !== ':memory:',
    migrations: sqliteMigrations as Migrations,
    ...common,
    ...extra,
  } as DataSourceOptions);
}
