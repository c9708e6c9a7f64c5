import fs from 'node:fs';
import path from 'node:path';

/**
 * The node flags `npm start` runs the server with: package.json's start script is the one home of the
 * production heap cap (README, "Memory"). The availability tests and the scale benchmark start the server
 * with these flags, so what they measure is what production runs.
 */
export function productionNodeFlags(): string[] {
  const start = readPackageJson().scripts.start;
  const words = start.trim().split(/\s+/);
  if (words[0] !== 'node' || !words.at(-1)!.endsWith('main.js')) throw new Error(`npm start is expected to be "node [flags] …/main.js", got "${start}"`);
  return words.slice(1, -1);
}

/** The repository's package.json, found upwards from this file (it runs from the sources and from dist/). */
function readPackageJson(): { scripts: Record<string, string> } {
  for (let dir = __dirname; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const file = path.join(dir, 'package.json');
    if (fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, 'utf8')) as { scripts: Record<string, string> };
  }
  throw new Error(`no package.json above ${__dirname}`);
}
