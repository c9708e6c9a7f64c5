/**
 * Only part 3 of the scale benchmark: the participant page's throughput at 32 connections against the
 * bare http + mysql2 handler, in alternating rounds, without the rest of `npm run bench` (~1 minute
 * instead of ~4). For choosing between changes on a shared machine: every further argument is another
 * build's `server/src/main.js` (e.g. a copy of dist/ made before a change), optionally after node flags
 * of its own in the same argument, which takes its turn in every round beside this build and the bare
 * handler, so the drift of the machine weighs on all alike.
 *   tsc -p bench/tsconfig.json && node dist/bench/page-throughput.bench.js [/tmp/before/server/src/main.js …] ['--some-flag dist/server/src/main.js']
 * Same environment as scale.bench.ts (SCALE_DATABASE_URL, BENCH_SECONDS, BENCH_ROUNDS); writes nothing.
 */
import 'reflect-metadata';
import path from 'node:path';
import { spawn } from 'node:child_process';
import mysql from 'mysql2/promise';
import { startPortal, type PortalProcess } from './portal-process';
import { provinceAdminName } from '../seeds/scale/sizes';
import { participantPageQuery } from './scale-sql';
import { SERVER_NODE_FLAGS, loadTest, meanOf, signIn, type LoadResult } from './scale.bench';

const URL_ = process.env.SCALE_DATABASE_URL ?? 'mysql://root@127.0.0.1:3306/p135_scale';
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const PROVINCE_ID = 1;

async function main(): Promise<void> {
  const builds = [undefined, ...process.argv.slice(2)];
  const variants = builds.map((build) => {
    const words = build?.split(' ') ?? [];
    return { main: words.at(-1), nodeFlags: [...SERVER_NODE_FLAGS, ...words.slice(0, -1)] };
  });
  const pool = mysql.createPool({ uri: URL_, connectionLimit: 1 });
  const [rows] = await pool.query<mysql.RowDataPacket[]>('SELECT id FROM district WHERE provinceId = ?', [PROVINCE_ID]);
  await pool.end();
  const districtIds = rows.map((row) => Number(row.id));

  const portals: PortalProcess[] = [];
  try {
    for (const { main: main_, nodeFlags } of variants) portals.push(await startPortal({ databaseUrl: URL_, nodeFlags, countStatements: false, main: main_ }));
  } catch (error) {
    // A build that does not start (e.g. one whose dependencies are gone) must not leave the others running.
    for (const portal of portals) await portal.stop();
    throw error;
  }
  const auth = await signIn(portals[0].url, provinceAdminName(PROVINCE_ID));
  const body = JSON.stringify({ query: participantPageQuery(100) });
  const apiArgs = ['-m', 'POST', '-H', 'content-type=application/json', '-H', `authorization=${auth.authorization}`, '-b', body];

  const bareArgs = [...SERVER_NODE_FLAGS, path.join(__dirname, 'bare-page-server.js'), URL_, districtIds.join(',')];
  const bare = spawn(process.execPath, bareArgs, { stdio: ['pipe', 'pipe', 'inherit'] });
  const bareUrl = await new Promise<string>((resolve, reject) => {
    bare.stdout.once('data', (chunk: Buffer) => resolve(chunk.toString().trim()));
    bare.once('exit', (code) => reject(new Error(`the bare handler ended with ${code}`)));
  });

  try {
    const apiRounds: LoadResult[][] = builds.map(() => []);
    // The server's own CPU per page: steadier than the request rate when other work shares the cores.
    const cpuPerPage: number[][] = builds.map(() => []);
    const bareRounds: LoadResult[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      for (const [i, portal] of portals.entries()) {
        const cpuBefore = portal.cpuMs();
        const result = await loadTest(`${portal.url}/graphql`, apiArgs);
        apiRounds[i].push(result);
        cpuPerPage[i].push((portal.cpuMs() - cpuBefore) / result.requests.total);
      }
      bareRounds.push(await loadTest(bareUrl, []));
      const bareRate = bareRounds[round].requests.average;
      const sides = apiRounds.map((r, i) => {
        const rate = r[round].requests.average;
        return `${label(builds[i])} ${rate} req/s (${(rate / bareRate).toFixed(3)}×, ${cpuPerPage[i][round].toFixed(2)} ms CPU/page)`;
      });
      console.log(`round ${round + 1}: ${sides.join(', ')}, bare ${bareRate} req/s`);
    }
    const bareMean = meanOf(bareRounds).requests.average;
    for (const [i, portal] of portals.entries()) {
      const mean = meanOf(apiRounds[i]);
      const ratio = (mean.requests.average / bareMean).toFixed(3);
      console.log(
        `${label(builds[i])}: ${mean.requests.average.toFixed(1)} req/s, p50 ${mean.latency.p50} ms, ${ratio}× bare (${bareMean.toFixed(1)} req/s), ` +
          `${mean_(cpuPerPage[i]).toFixed(2)} ms CPU per page; peak RSS ${portal.peakRssMb()} MB`,
      );
    }
  } finally {
    bare.kill('SIGTERM');
    for (const portal of portals) await portal.stop();
  }
}

const mean_ = (values: number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;
const label = (main_: string | undefined) => main_ ?? 'this build';

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
