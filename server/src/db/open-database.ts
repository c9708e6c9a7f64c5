import fs from 'node:fs';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import type { DatabaseConfig } from '../config';
import { createDataSource } from './data-source';
import { applyClusterSession } from './cluster-session';

/**
 * Opens the configured database. The embedded file is created and migrated on first use; a MySQL
 * server is migrated only by `npm run migrate` (an operator's decision), so pending migrations there stop the start.
 */
export async function openDatabase(database: DatabaseConfig): Promise<DataSource> {
  if (database.kind === 'sqlite' && database.path !== ':memory:') {
    fs.mkdirSync(path.dirname(database.path), { recursive: true });
  }
  const dataSource = createDataSource(database);
  await dataSource.initialize();
  if (database.kind === 'mysql') await applyClusterSession(dataSource, database.syncWait);
  if (database.kind === 'sqlite') {
    await dataSource.runMigrations({ transaction: 'each' });
  } else if (await dataSource.showMigrations()) {
    await dataSource.destroy();
    throw new Error('The MySQL database has pending migrations: run `npm run migrate` first');
  }
  return dataSource;
}
