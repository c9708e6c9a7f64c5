import mysql from 'mysql2/promise';
import { createDataSource } from '../../server/src/db/data-source';

/**
 * Creates the database of `url` when it is missing and applies the committed migrations, so the
 * generated rows land in exactly the production schema. Refuses a database that already has people.
 */
export async function prepareScaleDatabase(url: string): Promise<void> {
  const name = decodeURIComponent(new URL(url).pathname.replace(/^\//, ''));
  if (!/^\w+$/.test(name)) throw new Error(`The URL must name a database (letters, digits, _), got "${name}"`);
  const server = new URL(url);
  server.pathname = '/';
  const admin = await mysql.createConnection(server.toString());
  try {
    await admin.query(`CREATE DATABASE IF NOT EXISTS \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  } finally {
    await admin.end();
  }
  const db = createDataSource({ kind: 'mysql', url });
  await db.initialize();
  try {
    await db.runMigrations({ transaction: 'each' });
    const [{ n }] = (await db.query('SELECT COUNT(*) AS n FROM participant')) as { n: string }[];
    if (Number(n) > 0) throw new Error(`Database ${name} already holds ${n} participants: drop it first (DROP DATABASE \`${name}\`)`);
  } finally {
    await db.destroy();
  }
}
