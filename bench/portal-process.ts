/**
 * The real server (`dist/server/src/main.js`, as `npm start` runs it) in a child process for the
 * benchmark: production settings on the given MySQL database, on a free loopback port. Its own process,
 * so that its peak memory is its own (the kernel's high-water mark) and nothing the benchmark does runs
 * on its event loop.
 */
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';

export interface PortalProcess {
  url: string;
  /** CPU time the process has used so far (user + system), in ms (/proc/<pid>/stat: Linux). */
  cpuMs(): number;
  /** The process's peak resident memory so far, in MB (VmHWM of /proc/<pid>/status: Linux). */
  peakRssMb(): number;
  stop(): Promise<void>;
}

export interface PortalOptions {
  /** MySQL; without it the server opens its embedded SQLite file (databasePath). */
  databaseUrl?: string;
  databasePath?: string;
  /** Node flags of the server, e.g. the heap cap docs/SCALING.md recommends. */
  nodeFlags: string[];
  /** Send `x-sql-statements` (SQL_STATEMENT_HEADER): for counting only, it costs throughput. */
  countStatements: boolean;
  /** Another build's main.js, to compare two builds in one run (page-throughput.bench.ts); default: this build's. */
  main?: string;
  /** Further settings of the deployment being imitated (e.g. COOKIE_SECURE=false for plain-http loopback). */
  env?: Record<string, string>;
}

const MAIN = path.resolve(__dirname, '../server/src/main.js');

export async function startPortal(options: PortalOptions): Promise<PortalProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, [...options.nodeFlags, options.main ?? MAIN], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'production',
      ...(options.databaseUrl ? { DATABASE_URL: options.databaseUrl } : { DATABASE_PATH: options.databasePath }),
      PORT: String(port),
      TOKEN_SECRET: 'scale-bench-secret-of-at-least-32-characters',
      // One client address sends everything: the limiter stays in the path but never refuses.
      RATE_LIMIT_PER_MINUTE: '1000000000',
      RATE_LIMIT_PER_ADDRESS_PER_MINUTE: '1000000000',
      SQL_STATEMENT_HEADER: String(options.countStatements),
      LOG_LEVEL: 'warn',
      ...options.env,
    },
  });
  await new Promise<void>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('is running at')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`the portal ended with ${code} before it listened:\n${out}`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    cpuMs: () => cpuMs(child),
    peakRssMb: () => peakRssMb(child),
    stop: () => stop(child),
  };
}

function peakRssMb(child: ChildProcess): number {
  const status = fs.readFileSync(`/proc/${child.pid}/status`, 'utf8');
  const kb = Number(/^VmHWM:\s+(\d+) kB/m.exec(status)?.[1]);
  if (!Number.isFinite(kb)) throw new Error('no VmHWM in /proc/<pid>/status');
  return Math.round(kb / 1024);
}

function cpuMs(child: ChildProcess): number {
  // The fields after the command's parenthesis; utime and stime are the 12th and 13th of them, in clock ticks (100 a second).
  const fields = fs.readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}
