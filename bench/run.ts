/**
 * `npm run bench`: every benchmark in one run, each in its own process so that one's memory and
 * connections do not colour the other's figures: the web pages' weight in a browser (web.bench.ts,
 * `npm run bench:web` alone), the participants import (import.bench.ts), then the
 * national-scale benchmark (scale.bench.ts, on the database `npm run seed:scale` filled).
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const BENCHES = ['web.bench.js', 'import.bench.js', 'scale.bench.js'];

let failed = 0;
for (const file of BENCHES) {
  console.log(`\n=== ${file}`);
  const run = spawnSync(process.execPath, [path.join(__dirname, file)], { stdio: 'inherit', env: process.env });
  if (run.status !== 0) {
    failed++;
    console.error(`${file} ended with ${run.status ?? run.signal}`);
  }
}
process.exitCode = failed > 0 ? 1 : 0;
