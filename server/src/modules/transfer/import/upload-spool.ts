import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** One upload kept on disk while it is read; remove() is called when its request ends, whatever the outcome. */
export interface SpooledFile {
  path: string;
  remove: () => Promise<void>;
}

const live = new Set<UploadSpool>();
let exitHookInstalled = false;

/**
 * The portal's private folder for uploads being read (UPLOAD_TMP_DIR). A workbook must be on disk to be
 * read by its central directory; each file lives in a sub-folder named after the process, is removed when
 * its request ends, and whatever is still there when the process exits (a SIGTERM past the shutdown
 * deadline) is removed on exit. A process killed outright leaves its folder: the next start removes it.
 */
export class UploadSpool {
  private readonly dir: string;
  private readonly inFlight = new Set<string>();

  constructor(readonly root: string) {
    this.dir = path.join(root, String(process.pid));
    live.add(this);
    if (!exitHookInstalled) {
      exitHookInstalled = true;
      process.on('exit', () => {
        for (const spool of live) spool.removeAllSync();
      });
    }
  }

  /** Writes the upload to a new private file; the file is gone again if writing fails. */
  async save(bytes: AsyncIterable<Buffer>, extension: string): Promise<SpooledFile> {
    fs.mkdirSync(this.dir, { recursive: true, mode: 0o700 });
    const file = path.join(this.dir, `${crypto.randomUUID()}${extension}`);
    this.inFlight.add(file);
    const remove = async () => {
      await fs.promises.rm(file, { force: true });
      this.inFlight.delete(file);
    };
    try {
      await pipeline(Readable.from(bytes), fs.createWriteStream(file, { flags: 'wx', mode: 0o600 }));
    } catch (error) {
      await remove();
      throw error;
    }
    return { path: file, remove };
  }

  /** The files of requests still in flight (at exit, or when the app stops), and this process's folder if empty. */
  removeAllSync(): void {
    for (const file of this.inFlight) fs.rmSync(file, { force: true });
    this.inFlight.clear();
    try {
      fs.rmdirSync(this.dir);
    } catch {
      // Missing, or still used by another app of this process (tests run several).
    }
  }

  close(): void {
    this.removeAllSync();
    live.delete(this);
  }
}

/**
 * At start: removes what crashed processes left in the upload folder. Folders of portal processes still
 * running (several instances may share the folder) are left alone.
 */
export function removeUploadLeftovers(root: string): void {
  fs.mkdirSync(root, { recursive: true, mode: 0o700 });
  for (const name of fs.readdirSync(root)) {
    const pid = /^\d+$/.test(name) ? Number(name) : null;
    if (pid !== null && pid !== process.pid && isRunning(pid)) continue;
    fs.rmSync(path.join(root, name), { recursive: true, force: true });
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
