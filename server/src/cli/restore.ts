/**
 * `npm run restore -- --from FILE [--to PATH] [--force]`: puts a backup of the embedded SQLite database
 * in place, by default at DATABASE_PATH. An existing database is replaced only with --force and only
 * while no server has it open (it is kept as <file>.before-restore-<time>). Exit codes: 0 done, 1 failed, 2 refused.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { BackupRefusal, restoreSqlite } from '../db/sqlite-backup';
import { exitOnFailure } from './exit-on-failure';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { from: { type: 'string' }, to: { type: 'string' }, force: { type: 'boolean', default: false } }, strict: true });
  if (!values.from) throw new BackupRefusal('usage: npm run restore -- --from FILE [--to PATH] [--force]');
  const { database } = loadConfig();
  if (!values.to && database.kind !== 'sqlite') {
    throw new BackupRefusal('npm run restore restores the embedded SQLite file; restore MariaDB/MySQL from its dump (docs/DEPLOY.md)');
  }
  const to = path.resolve(values.to ?? (database.kind === 'sqlite' ? database.path : ''));
  const result = await restoreSqlite(path.resolve(values.from), to, { force: values.force });
  console.log(`restored ${values.from} to ${result.file}${result.replaced ? `; the replaced database is kept as ${result.replaced}` : ''}`);
}

main().catch(exitOnFailure('restore', BackupRefusal));
