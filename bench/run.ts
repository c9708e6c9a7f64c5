/**
 * `npm run bench`: every benchmark in one run, each in its own process so that one's memory and
 * connections do not colour the other's figures: the participants import (import.bench.ts), then the
 * national-scale benchmark (scale.bench.ts, on the database `npm run seed:scale` filled).
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

/** The scale benchmark's server runs with the heap cap docs/SCALING.md recommends for production. */
const BENCHES: [string, string[]][] = [
  ['import.bench.js', []],
  ['scale.bench.js', ['--max-old-space-size=192']],
];

let failed = 0;
for (const [file, flags] of BENCHES) {
  console.log(`\n=== ${file} ${flags.join(' ')}`);
  const run = spawnSync(process.execPath, [...flags, path.join(__dirname, file)], { stdio: 'inherit', env: process.env });
  if (run.status !== 0) {
    failed++;
    console.error(`${file} ended with ${run.status ?? run.signal}`);
  }
}
process.exitCode = failed > 0 ? 1 : 0;
