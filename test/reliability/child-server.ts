import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { freePort } from './free-port';
import { productionNodeFlags } from '../../scripts/production-node-flags';

const REPO = path.resolve(__dirname, '../..');

/**
 * Compiles the server (as `npm run build` does) into a private directory under node_modules/.cache, so
 * that the test runs the real `main.js` without racing anyone else's `dist/`. tsc emits even when another
 * file of the tree has type errors, which is enough to run the server.
 */
export function buildServer(): { mainJs: string; remove: () => void } {
  const cache = path.join(REPO, 'node_modules', '.cache', 'p135-reliability');
  fs.mkdirSync(cache, { recursive: true });
  const outDir = fs.mkdtempSync(path.join(cache, 'build-'));
  try {
    execFileSync(
      process.execPath,
      [path.join(REPO, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json', '--outDir', outDir, '--sourceMap', 'false'],
      {
        cwd: REPO,
        stdio: 'pipe',
        timeout: 110_000,
      },
    );
  } catch (error) {
    // Type errors elsewhere in the tree still emit JavaScript; only a missing main.js is fatal.
    if (!fs.existsSync(path.join(outDir, 'server/src/main.js'))) throw error;
  }
  return { mainJs: path.join(outDir, 'server/src/main.js'), remove: () => fs.rmSync(outDir, { recursive: true, force: true }) };
}

export interface ChildServer {
  url: string;
  process: ChildProcess;
  output: () => string;
  /** Resolves with the exit code (null when killed by a signal) and the signal. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/**
 * How production runs the server: NODE_ENV=production and the node flags of `npm start` (the heap cap the
 * README documents). Availability tests start the server this way, so a payload that would exhaust the
 * production heap kills it here too.
 */
export const PRODUCTION_NODE_FLAGS = productionNodeFlags();
export const PRODUCTION_ENV = { NODE_ENV: 'production' };

/**
 * Starts `node main.js` with the given environment on a free loopback port and waits for /healthz.
 * `nodeFlags` go before main.js (e.g. PRODUCTION_NODE_FLAGS).
 */
export async function startChildServer(mainJs: string, env: Record<string, string>, nodeFlags: string[] = []): Promise<ChildServer> {
  const port = await freePort();
  let output = '';
  const child = spawn(process.execPath, [...nodeFlags, mainJs], {
    cwd: REPO,
    env: {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'test',
      PORT: String(port),
      TOKEN_SECRET: 'reliability-test-secret-of-32-characters!',
      SEED_DEMO: 'false',
      RATE_LIMIT_PER_MINUTE: '1000000',
      RATE_LIMIT_PER_ADDRESS_PER_MINUTE: '1000000',
      LOG_LEVEL: 'info',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}:\n${output}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the server did not become healthy within 60 s:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { url, process: child, output: () => output, exited };
}
