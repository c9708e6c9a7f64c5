import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import mysql from 'mysql2/promise';
import { freePort } from '../reliability/free-port';

const PROVIDER = '/usr/lib/galera/libgalera_smm.so';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The loopback ports of one node: SQL clients, group communication, incremental and full state transfer. */
interface NodePorts {
  sql: number;
  gcomm: number;
  ist: number;
  sst: number;
}

export interface GaleraNode {
  index: number;
  ports: NodePorts;
  datadir: string;
  process: ChildProcess | null;
}

/**
 * A MariaDB Galera cluster of `size` nodes on this machine (Debian's mariadb-server and galera-4), each
 * with a private datadir under one temp directory and its own loopback ports. It never touches the
 * shared server on 3306, and every node is stopped by its pid (stop() in every path, also on failure).
 */
export class GaleraCluster {
  readonly name = `p135_${process.pid}`;

  private constructor(
    readonly dir: string,
    readonly nodes: GaleraNode[],
  ) {}

  static async start(size = 3): Promise<GaleraCluster> {
    if (!fs.existsSync(PROVIDER)) throw new Error(`${PROVIDER} is missing: install galera-4 (Debian) — .ci/run does`);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'p135-galera-'));
    fs.chmodSync(dir, 0o755);
    const nodes: GaleraNode[] = [];
    for (let index = 0; index < size; index++) {
      const ports = { sql: await freePort(), gcomm: await freePort(), ist: await freePort(), sst: await freePort() };
      nodes.push({ index, ports, datadir: path.join(dir, `node${index}`), process: null });
    }
    const cluster = new GaleraCluster(dir, nodes);
    try {
      execFileSync('mariadb-install-db', ['--no-defaults', `--datadir=${nodes[0].datadir}`, '--user=root', '--auth-root-authentication-method=normal'], {
        stdio: 'ignore',
        timeout: 120_000,
      });
      // The rsync SST daemon of a joiner runs as an unprivileged user (nobody): it writes into the joiner's
      // datadir and copies the donor's mode onto it, which it may only skip when the modes already match.
      fs.chmodSync(nodes[0].datadir, 0o777);
      for (const node of nodes.slice(1)) {
        fs.mkdirSync(node.datadir);
        fs.chmodSync(node.datadir, 0o777);
      }
      await cluster.startNode(0, { bootstrap: true });
      for (const node of nodes.slice(1)) await cluster.startNode(node.index);
    } catch (error) {
      // A joiner's failure is often the donor's story (SST): keep the first node's log with the error.
      const donorLog = cluster.logTail(0, 12_000);
      await cluster.stop();
      throw new Error(`${error instanceof Error ? error.message : String(error)}\nnode 0 log:\n${donorLog}`);
    }
    return cluster;
  }

  /** Root over TCP to node `index`, optionally naming a database. */
  url(index: number, database = ''): string {
    return `mysql://root@127.0.0.1:${this.nodes[index].ports.sql}/${database}`;
  }

  /**
   * Starts mariadbd on node `index` and waits until it is Synced with the cluster. The first node of a
   * new cluster bootstraps it; any other (or a restarted one) joins through IST or an rsync SST.
   */
  async startNode(index: number, options: { bootstrap?: boolean } = {}): Promise<void> {
    const node = this.nodes[index];
    const args = this.serverArgs(index);
    const restart = !options.bootstrap && fs.existsSync(path.join(node.datadir, 'grastate.dat'));
    if (restart) {
      // What Debian's galera_recovery does before a restart: after a crash grastate.dat says seqno -1, and
      // only the position recovered from InnoDB lets the node catch up by IST instead of a full SST.
      execFileSync('/usr/sbin/mariadbd', [...args, '--wsrep-recover', `--log-error=${node.datadir}/recover.log`], { stdio: 'ignore', timeout: 120_000 });
      const position = /Recovered position: (\S+)/.exec(fs.readFileSync(`${node.datadir}/recover.log`, 'utf8'))?.[1];
      if (position) args.push(`--wsrep-start-position=${position}`);
      // Should it need a full SST after all, the rsync daemon (user nobody) must be able to replace every file.
      execFileSync('chown', ['-R', 'nobody', node.datadir]);
    }
    const log = fs.openSync(path.join(this.dir, `node${index}.log`), 'a');
    node.process = spawn('/usr/sbin/mariadbd', [...args, ...(options.bootstrap ? ['--wsrep-new-cluster'] : [])], { stdio: ['ignore', log, log] });
    fs.closeSync(log);
    const started = node.process;
    const deadline = Date.now() + 150_000;
    for (;;) {
      if (started.exitCode !== null || started.signalCode !== null) {
        throw new Error(`galera node ${index} exited (${started.exitCode ?? started.signalCode}); log:\n${this.logTail(index)}`);
      }
      if ((await this.stateOf(index)) === 'Synced') return;
      if (Date.now() > deadline) throw new Error(`galera node ${index} was not Synced within 150 s; log:\n${this.logTail(index)}`);
      await sleep(500);
    }
  }

  private serverArgs(index: number): string[] {
    const node = this.nodes[index];
    const peers = this.nodes.map((n) => `127.0.0.1:${n.ports.gcomm}`).join(',');
    return [
      '--no-defaults',
      `--datadir=${node.datadir}`,
      `--port=${node.ports.sql}`,
      '--bind-address=127.0.0.1',
      `--socket=${node.datadir}/sock`,
      `--pid-file=${node.datadir}/mariadbd.pid`,
      '--user=root',
      '--skip-name-resolve',
      '--max-connections=300',
      '--innodb-buffer-pool-size=64M',
      '--binlog-format=ROW',
      '--default-storage-engine=InnoDB',
      '--innodb-autoinc-lock-mode=2',
      '--wsrep-on=ON',
      `--wsrep-provider=${PROVIDER}`,
      `--wsrep-cluster-name=${this.name}`,
      `--wsrep-cluster-address=gcomm://${peers}`,
      `--wsrep-node-address=127.0.0.1:${node.ports.gcomm}`,
      `--wsrep-node-name=node${index}`,
      `--wsrep-provider-options=gmcast.listen_addr=tcp://127.0.0.1:${node.ports.gcomm};ist.recv_addr=127.0.0.1:${node.ports.ist};gcache.size=32M`,
      '--wsrep-sst-method=rsync',
      `--wsrep-sst-receive-address=127.0.0.1:${node.ports.sst}`,
    ];
  }

  /** `wsrep_local_state_comment` of node `index` (Synced, Donor/Desynced, Joining …), or null if it does not answer. */
  async stateOf(index: number): Promise<string | null> {
    try {
      const connection = await mysql.createConnection({ host: '127.0.0.1', port: this.nodes[index].ports.sql, user: 'root', connectTimeout: 1000 });
      try {
        const [rows] = await connection.query("SHOW STATUS LIKE 'wsrep_local_state_comment'");
        return (rows as { Value: string }[])[0]?.Value ?? null;
      } finally {
        await connection.end();
      }
    } catch {
      return null;
    }
  }

  async clusterSize(index: number): Promise<number> {
    const connection = await mysql.createConnection(this.url(index));
    try {
      const [rows] = await connection.query("SHOW STATUS LIKE 'wsrep_cluster_size'");
      return Number((rows as { Value: string }[])[0].Value);
    } finally {
      await connection.end();
    }
  }

  /** kill -9 of node `index`: no shutdown, no goodbye to the group. */
  async kill(index: number): Promise<void> {
    await this.signal(index, 'SIGKILL');
  }

  /** SIGTERM to every node (SIGKILL after 30 s), then the temp directory goes. Safe to call more than once. */
  async stop(): Promise<void> {
    await Promise.all(this.nodes.map((node) => this.signal(node.index, 'SIGTERM')));
    fs.rmSync(this.dir, { recursive: true, force: true });
  }

  logTail(index: number, chars = 3000): string {
    try {
      return fs.readFileSync(path.join(this.dir, `node${index}.log`), 'utf8').slice(-chars);
    } catch {
      return '(no log)';
    }
  }

  private async signal(index: number, signal: NodeJS.Signals): Promise<void> {
    const child = this.nodes[index].process;
    this.nodes[index].process = null;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill(signal);
    const forced = setTimeout(() => child.kill('SIGKILL'), 30_000);
    await exited;
    clearTimeout(forced);
  }
}
