import crypto from 'node:crypto';
import mysql from 'mysql2/promise';

/**
 * Creates a private database on the server named by `serverUrl` and gives back its URL and a way to
 * drop it, so that every test file (and the migration generator) works on a database of its own.
 */
export async function createScratchMysqlDatabase(serverUrl: string): Promise<{ url: string; name: string; drop: () => Promise<void> }> {
  const name = `p135_t_${Date.now().toString(36)}_${crypto.randomBytes(3).toString('hex')}`;
  const connection = await mysql.createConnection(serverUrl);
  try {
    await connection.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  } finally {
    await connection.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    async drop() {
      const admin = await mysql.createConnection(serverUrl);
      try {
        await admin.query(`DROP DATABASE IF EXISTS \`${name}\``);
      } finally {
        await admin.end();
      }
    },
  };
}
