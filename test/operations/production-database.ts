import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFile } from 'node:child_process';
import { createDataSource } from '../../server/src/db/data-source';
import { seedReference } from '../../seeds/reference-seed';
import { createScratchMysqlDatabase } from '../helpers/mysql-scratch';
import { testEngine, type TestEngine } from '../helpers/database';

/** A database as an operator has it before going live: migrated, reference data loaded, no demo accounts. */
export interface ProductionDatabase {
  engine: TestEngine;
  /** What the portal's commands and server read to find it (DATABASE_URL or DATABASE_PATH). */
  env: Record<string, string>;
  close: () => Promise<void>;
}

export async function productionDatabase(): Promise<ProductionDatabase> {
  const engine = testEngine();
  if (engine === 'mysql') {
    const scratch = await createScratchMysqlDatabase(process.env.TEST_MYSQL_URL!);
    await loadReference({ kind: 'mysql', url: scratch.url });
    return { engine, env: { DATABASE_URL: scratch.url }, close: scratch.drop };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'p135-ops-'));
  const file = path.join(dir, 'portal.db');
  await loadReference({ kind: 'sqlite', path: file });
  return { engine, env: { DATABASE_PATH: file }, close: async () => fs.rmSync(dir, { recursive: true, force: true }) };
}

async function loadReference(config: Parameters<typeof createDataSource>[0]): Promise<void> {
  const db = createDataSource(config);
  await db.initialize();
  try {
    await db.runMigrations({ transaction: 'each' });
    await seedReference(db);
  } finally {
    await db.destroy();
  }
}

export interface CommandResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a built command (`node file args…`) with only the given environment, as an operator's shell would; never throws. */
export function runCommand(file: string, args: string[], env: Record<string, string>, timeoutMs = 120_000): Promise<CommandResult> {
  return new Promise((resolve) => {
    execFile(process.execPath, [file, ...args], { env: { PATH: process.env.PATH ?? '', ...env }, timeout: timeoutMs }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}
