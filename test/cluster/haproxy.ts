import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { freePort } from '../reliability/free-port';

const HAPROXY = '/usr/sbin/haproxy';

/**
 * HAProxy in front of the portal instances, as docs/DEPLOY.md describes it: round robin, and an instance
 * whose /healthz fails (its database node is gone or not ready) leaves the rotation within about two
 * seconds. Only a request that never reached an instance is sent to another one (`retry-on conn-failure`):
 * a write that got an answer, even 503, is never repeated behind the client's back.
 *
 * Fail open: while Galera evicts a dead node (about 5 s) every node holds its commits, the instances' pools
 * fill with waiting writes and every /healthz may time out. Rather than answer "no server available" to
 * everyone, HAProxy then uses every instance unchecked (the `backup` lines), and requests wait it out.
 */
export function haproxyConfig(listenPort: number, backends: number[]): string {
  return [
    'global',
    '  maxconn 2000',
    'defaults',
    '  mode http',
    '  timeout connect 2s',
    '  timeout client 90s',
    '  timeout server 90s',
    '  retries 2',
    '  retry-on conn-failure',
    '  option redispatch',
    'frontend portal',
    `  bind 127.0.0.1:${listenPort}`,
    '  default_backend portals',
    'backend portals',
    '  balance roundrobin',
    '  option httpchk',
    '  http-check send meth GET uri /healthz',
    '  http-check expect status 200',
    // /healthz bounds its own database round trip at 2 s (db/health.ts).
    '  timeout check 2500ms',
    '  default-server inter 1s fastinter 500ms downinter 1s fall 2 rise 2',
    '  option allbackups',
    ...backends.map((port, i) => `  server portal${i} 127.0.0.1:${port} check`),
    ...backends.map((port, i) => `  server portal${i}-open 127.0.0.1:${port} backup`),
    '',
  ].join('\n');
}

export interface Haproxy {
  url: string;
  process: ChildProcess;
  stop: () => Promise<void>;
}

/** Starts HAProxy in the foreground (-db) with a config in `dir`; stop() ends it by its pid. */
export async function startHaproxy(dir: string, backends: number[]): Promise<Haproxy> {
  if (!fs.existsSync(HAPROXY)) throw new Error(`${HAPROXY} is missing: apt-get install haproxy (.ci/run does)`);
  const port = await freePort();
  const config = path.join(dir, 'haproxy.cfg');
  fs.writeFileSync(config, haproxyConfig(port, backends));
  const log = fs.openSync(path.join(dir, 'haproxy.log'), 'a');
  const child = spawn(HAPROXY, ['-db', '-f', config], { stdio: ['ignore', log, log] });
  fs.closeSync(log);
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`haproxy exited with ${child.exitCode}: ${fs.readFileSync(path.join(dir, 'haproxy.log'), 'utf8')}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error('haproxy did not answer within 20 s');
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    process: child,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
