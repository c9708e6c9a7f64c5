import mysql from 'mysql2/promise';
import type { DataSource } from 'typeorm';
import type { DatabaseConfig } from '../../server/src/config';
import { createDataSource } from '../../server/src/db/data-source';
import { seedReference } from '../../seeds/reference-seed';
import { seedDemoAccounts } from '../../seeds/demo-accounts';

/** Creates the database `name` on a MySQL server if it is missing; gives back its URL. */
export async function createMysqlDatabase(serverUrl: string, name: string): Promise<string> {
  const connection = await mysql.createConnection(serverUrl);
  try {
    await connection.query(`CREATE DATABASE IF NOT EXISTS \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  } finally {
    await connection.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** What `npm run migrate` and the seeds do: the schema, Tuyên Quang's reference data and the demo accounts. */
export async function preparePortalDatabase(config: DatabaseConfig): Promise<DataSource> {
  const db = createDataSource(config);
  await db.initialize();
  await db.runMigrations({ transaction: 'each' });
  await seedReference(db);
  await seedDemoAccounts(db, 'test');
  return db;
}
