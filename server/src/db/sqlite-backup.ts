import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

/**
 * Backup and restore of the embedded SQLite file (docs/DEPLOY.md, "Backups and restores"), used by
 * `npm run backup` and `npm run restore`. Both go through SQLite's online backup API (better-sqlite3's
 * `db.backup()`), so the server may keep running and writing while a backup is taken.
 */

/** All pages in one step: SQLite restarts a stepwise backup whenever another process writes between steps. */
const ALL_PAGES = 0x7fffffff;

export class BackupRefusal extends Error {}

export interface BackupSummary {
  file: string;
  pages: number;
  bytes: number;
}

/**
 * Copies the live database `source` into the new file `destination`. One backup step copies every page
 * inside a single read transaction: in WAL mode that is a snapshot of the last commit before it began,
 * taken while the server goes on writing (WAL readers do not block the writer, nor it them).
 */
export async function backupSqlite(source: string, destination: string): Promise<BackupSummary> {
  if (!fs.existsSync(source)) throw new BackupRefusal(`there is no database at ${source}`);
  if (fs.existsSync(destination)) throw new BackupRefusal(`${destination} exists: a backup never overwrites a file; choose another name`);
  fs.mkdirSync(path.dirname(destination), { recursive: true });
  const db = new Database(source, { fileMustExist: true, timeout: 5000 });
  try {
    const { totalPages } = await db.backup(destination, { progress: () => ALL_PAGES });
    checkIntegrity(destination);
    return { file: destination, pages: totalPages, bytes: fs.statSync(destination).size };
  } catch (error) {
    fs.rmSync(destination, { force: true });
    throw error;
  } finally {
    db.close();
  }
}

/**
 * Puts the backup `from` in place as the database `to`. An existing `to` is replaced only with
 * `force`, and never while a process (the server) has it open; the replaced file is kept beside it as
 * `<to>.before-restore-<time>`. A stale write-ahead log of the old file is removed, so SQLite cannot
 * replay it onto the restored one.
 */
export async function restoreSqlite(from: string, to: string, options: { force: boolean }): Promise<{ file: string; replaced: string | null }> {
  if (!fs.existsSync(from)) throw new BackupRefusal(`there is no backup at ${from}`);
  checkIntegrity(from);
  const exists = fs.existsSync(to);
  if (exists && !options.force) throw new BackupRefusal(`${to} exists: stop the server, then run the restore again with --force to replace it`);
  if (exists) assertNotInUse(to);
  fs.mkdirSync(path.dirname(to), { recursive: true });
  const incoming = `${to}.restoring-${process.pid}`;
  fs.rmSync(incoming, { force: true });
  const backup = new Database(from, { readonly: true, fileMustExist: true });
  try {
    await backup.backup(incoming, { progress: () => ALL_PAGES });
  } finally {
    backup.close();
  }
  checkIntegrity(incoming);
  let replaced: string | null = null;
  if (exists) {
    replaced = `${to}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    fs.renameSync(to, replaced);
  }
  for (const suffix of ['-wal', '-shm']) fs.rmSync(`${to}${suffix}`, { force: true });
  fs.renameSync(incoming, to);
  return { file: to, replaced };
}

/** A database file that is damaged, or is not the portal's, is refused before anything is replaced. */
function checkIntegrity(file: string): void {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const result = db.pragma('integrity_check', { simple: true });
    if (result !== 'ok') throw new BackupRefusal(`${file} is damaged: ${String(result)}`);
    const migrations = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'migrations'").get();
    if (!migrations) throw new BackupRefusal(`${file} is not a Portal 135 database (it has no migrations table)`);
  } finally {
    db.close();
  }
}

/**
 * The portal keeps its file in WAL mode; SQLite lets a connection leave WAL mode only when no other
 * connection has the file open. So a refused switch means the server (or another process) is using it.
 */
function assertNotInUse(file: string): void {
  const db = new Database(file, { fileMustExist: true, timeout: 0 });
  try {
    const mode = db.pragma('journal_mode = DELETE', { simple: true });
    if (mode !== 'delete') throw new BackupRefusal(`${file} is open in another process (the server?): stop it before restoring over it`);
  } catch (error) {
    if (error instanceof BackupRefusal) throw error;
    throw new BackupRefusal(`${file} is open in another process (the server?): stop it before restoring over it`);
  } finally {
    db.close();
  }
}
