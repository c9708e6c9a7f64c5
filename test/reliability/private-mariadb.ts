import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import mysql from 'mysql2/promise';
import { freePort } from './free-port';

/**
 * A MariaDB server of the test's own (temp datadir, random loopback port), so that an outage test can
 * kill -9 it and start it again on the same data without touching the shared server on 3306.
 */
export class PrivateMariadb {
  private process: ChildProcess | null = null;

  private constructor(
    readonly dir: string,
    readonly port: number,
  ) {}

  static async create(): Promise<PrivateMariadb> {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'p135-mariadb-'));
    execFileSync('mariadb-install-db', ['--no-defaults', `--datadir=${dir}/data`, '--user=root', '--auth-root-authentication-method=normal'], {
      stdio: 'ignore',
      timeout: 60_000,
    });
    const server = new PrivateMariadb(dir, await freePort());
    await server.start();
    return server;
  }

  /** The server URL (no database) as root over TCP. */
  get url(): string {
    return `mysql://root@127.0.0.1:${this.port}/`;
  }

  urlOf(database: string): string {
    return `mysql://root@127.0.0.1:${this.port}/${database}`;
  }

  get pid(): number | undefined {
    return this.process?.pid;
  }

  /** Starts mariadbd on the datadir (again, after a kill: InnoDB recovers from its redo log) and waits until it answers. */
  async start(): Promise<void> {
    const log = fs.openSync(path.join(this.dir, 'mariadbd.log'), 'a');
    this.process = spawn(
      '/usr/sbin/mariadbd',
      [
        '--no-defaults',
        `--datadir=${this.dir}/data`,
        `--port=${this.port}`,
        '--bind-address=127.0.0.1',
        `--socket=${this.dir}/sock`,
        '--user=root',
        '--skip-log-bin',
        '--skip-name-resolve',
        '--innodb-buffer-pool-size=64M',
        '--max-connections=300',
      ],
      { stdio: ['ignore', log, log] },
    );
    fs.closeSync(log);
    const deadline = Date.now() + 60_000;
    for (;;) {
      try {
        const connection = await mysql.createConnection({ host: '127.0.0.1', port: this.port, user: 'root', connectTimeout: 1000 });
        await connection.query('SELECT 1');
        await connection.end();
        return;
      } catch (error) {
        if (this.process.exitCode !== null) throw new Error(`mariadbd exited with ${this.process.exitCode}; see ${this.dir}/mariadbd.log`);
        if (Date.now() > deadline) throw error;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    }
  }

  /** kill -9: no shutdown, no flush; whatever was not committed is lost, which is the point. */
  async kill(): Promise<void> {
    const child = this.process;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
    this.process = null;
  }

  async close(): Promise<void> {
    await this.kill();
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}
