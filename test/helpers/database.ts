import type { DataSource } from 'typeorm';
import { createDataSource } from '../../server/src/db/data-source';
import { createScratchMysqlDatabase } from './mysql-scratch';

export type TestEngine = 'mysql' | 'sqlite';

/** MySQL when TEST_MYSQL_URL is set (CI's second run), otherwise embedded SQLite. */
export function testEngine(): TestEngine {
  return process.env.TEST_MYSQL_URL ? 'mysql' : 'sqlite';
}

export interface TestDatabase {
  db: DataSource;
  engine: TestEngine;
  close: () => Promise<void>;
}

/**
 * A fresh, migrated database of its own for one test file: a private in-memory SQLite database, or a
 * scratch database on the MySQL server of TEST_MYSQL_URL that is dropped on close.
 */
export async function freshDatabase(): Promise<TestDatabase> {
  const mysqlUrl = process.env.TEST_MYSQL_URL;
  if (mysqlUrl) {
    const scratch = await createScratchMysqlDatabase(mysqlUrl);
    const db = createDataSource({ kind: 'mysql', url: scratch.url });
    await db.initialize();
    await db.runMigrations({ transaction: 'each' });
    return {
      db,
      engine: 'mysql',
      async close() {
        await db.destroy();
        await scratch.drop();
      },
    };
  }
  const db = createDataSource({ kind: 'sqlite', path: ':memory:' });
  await db.initialize();
  await db.runMigrations({ transaction: 'each' });
  return { db, engine: 'sqlite', close: () => db.destroy() };
}
