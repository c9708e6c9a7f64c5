import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import mysql from 'mysql2/promise';
import { buildServer, startChildServer, type ChildServer } from '../reliability/child-server';
import { GaleraCluster } from './galera-cluster';
import { startHaproxy, type Haproxy } from './haproxy';

export const DATABASE = 'p135';

/**
 * The production topology of docs/DEPLOY.md on one machine: three Galera nodes, one portal instance per
 * node (each talks to its own node only), HAProxy in front of the instances. Everything is started here
 * and stopped by pid in stop(), which every test file calls in afterAll whatever happened.
 */
export class ClusterStack {
  portals: ChildServer[] = [];
  proxy: Haproxy | null = null;

  private constructor(
    readonly cluster: GaleraCluster,
    private readonly build: ReturnType<typeof buildServer>,
  ) {}

  static async start(): Promise<ClusterStack> {
    const build = buildServer();
    let cluster: GaleraCluster;
    try {
      cluster = await GaleraCluster.start(3);
    } catch (error) {
      build.remove();
      throw error;
    }
    const stack = new ClusterStack(cluster, build);
    try {
      const admin = await mysql.createConnection(cluster.url(0));
      await admin.query(`CREATE DATABASE \`${DATABASE}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
      await admin.end();
    } catch (error) {
      await stack.stop();
      throw error;
    }
    return stack;
  }

  databaseUrl(node: number): string {
    return this.cluster.url(node, DATABASE);
  }

  /** Runs a compiled script of the build (e.g. `server/src/db/migrate.js`, what `npm run migrate` runs) against `node`. */
  runScript(script: string, node: number, args: string[] = []): Promise<{ code: number; output: string }> {
    const file = path.join(path.dirname(path.dirname(path.dirname(this.build.mainJs))), script);
    return new Promise((resolve) => {
      execFile(
        process.execPath,
        [file, ...args],
        {
          env: {
            PATH: process.env.PATH ?? '',
            NODE_ENV: 'development',
            DATABASE_URL: this.databaseUrl(node),
            TOKEN_SECRET: 'cluster-test-secret-of-32-characters!!',
          },
          timeout: 240_000,
        },
        (error, stdout, stderr) => resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, output: `${stdout}${stderr}` }),
      );
    });
  }

  /** One portal instance per node, then HAProxy in front of them. */
  async startPortals(env: Record<string, string> = {}): Promise<void> {
    for (let node = 0; node < this.cluster.nodes.length; node++) {
      this.portals.push(await startChildServer(this.build.mainJs, { DATABASE_URL: this.databaseUrl(node), LOG_LEVEL: 'warn', ...env }));
    }
    this.proxy = await startHaproxy(
      this.cluster.dir,
      this.portals.map((p) => Number(new URL(p.url).port)),
    );
  }

  /** SQL straight to one node, for checks the API cannot make. */
  sql(node: number): Promise<mysql.Connection> {
    return mysql.createConnection({ uri: this.databaseUrl(node), supportBigNumbers: true, bigNumberStrings: false });
  }

  haproxyLog(): string {
    try {
      return fs.readFileSync(path.join(this.cluster.dir, 'haproxy.log'), 'utf8').slice(-3000);
    } catch {
      return '(no haproxy log)';
    }
  }

  async stop(): Promise<void> {
    await this.proxy?.stop();
    for (const portal of this.portals) {
      if (portal.process.exitCode === null && portal.process.signalCode === null) {
        portal.process.kill('SIGTERM');
        await portal.exited;
      }
    }
    await this.cluster.stop();
    this.build.remove();
  }
}
