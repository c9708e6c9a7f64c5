/**
 * `npm run backup [-- --to FILE]`: an online backup of the embedded SQLite database (DATABASE_PATH),
 * consistent while the server keeps writing; by default into backups/portal-<time>.db. MariaDB/MySQL are
 * backed up with mariadb-dump or mariabackup (docs/DEPLOY.md). Exit codes: 0 done, 1 failed, 2 refused.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { BackupRefusal, backupSqlite } from '../db/sqlite-backup';
import { exitOnFailure } from './exit-on-failure';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { to: { type: 'string' } }, strict: true });
  const { database } = loadConfig();
  if (database.kind !== 'sqlite' || database.path === ':memory:') {
    throw new BackupRefusal('npm run backup copies the embedded SQLite file; back up MariaDB/MySQL with mariadb-dump or mariabackup (docs/DEPLOY.md)');
  }
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const destination = path.resolve(values.to ?? path.join('backups', `portal-${stamp}.db`));
  const summary = await backupSqlite(database.path, destination);
  console.log(`backed up ${database.path} to ${summary.file} (${summary.pages} pages, ${summary.bytes} bytes, integrity checked)`);
}

main().catch(exitOnFailure('backup', BackupRefusal));
