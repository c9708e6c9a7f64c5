// Builds the web portal into web/dist: codegen (typed operations from schema/schema.graphql), vue-tsc, vite build.
//   node scripts/build-web.mjs               always builds (`npm run build:web`)
//   node scripts/build-web.mjs --if-changed  builds only when the web's inputs changed since the last build
//                                            (`npm run build`, hence `npm start`, and the browser test suites)
// Plain JavaScript, not TypeScript: it runs before anything is compiled.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(ROOT, 'web/dist');
// A dot file: web/dist is served, dot files are not (express-static's default).
const STAMP = join(DIST, '.build-stamp');
const LOCK = join(ROOT, 'node_modules/.cache/p135-web-build.lock');

// What the build reads: all of web/ but its output and the codegen output (derived from the rest), the shared
// rules and messages the web imports, the schema codegen reads, the locked dependency versions, and this script.
const INPUTS = ['web', 'shared', 'schema/schema.graphql', 'package-lock.json', 'scripts/build-web.mjs'];
const NOT_INPUTS = new Set(['web/dist', 'web/src/graphql/generated', 'web/node_modules']);

/** @param {string} path @returns {string[]} the files under path (itself when a file), relative to ROOT */
function filesOf(path) {
  const rel = relative(ROOT, path);
  if (NOT_INPUTS.has(rel)) return [];
  if (statSync(path).isFile()) return [rel];
  const entries = readdirSync(path, { withFileTypes: true, encoding: 'utf8' });
  return entries.flatMap((entry) => filesOf(join(path, entry.name)));
}

/** A digest of every input's path and content: the same tree gives the same stamp, whatever the files' dates. */
export function webStamp() {
  const hash = createHash('sha256');
  const files = INPUTS.flatMap((input) => filesOf(join(ROOT, input))).sort();
  for (const file of files)
    hash
      .update(file)
      .update('\0')
      .update(readFileSync(join(ROOT, file)))
      .update('\0');
  return hash.digest('hex');
}

/** @param {string} stamp */
function isBuilt(stamp) {
  const built = ['index.html', 'graphiql.html'].every((page) => existsSync(join(DIST, page)));
  return built && existsSync(STAMP) && readFileSync(STAMP, 'utf8').trim() === stamp;
}

/** @param {string} command @param {string[]} args */
function run(command, args) {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status ?? result.signal})`);
}

function build() {
  const stamp = webStamp(); // taken before building: a file saved during the build makes the next run build again
  rmSync(STAMP, { force: true });
  run('npm', ['run', 'codegen', '--silent']);
  run(join(ROOT, 'node_modules/.bin/vue-tsc'), ['-p', 'web/tsconfig.json', '--noEmit']);
  run(join(ROOT, 'node_modules/.bin/vite'), ['build', '--config', 'web/vite.config.mts']);
  writeFileSync(STAMP, `${stamp}\n`);
}

/** @param {number} pid */
function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * One build at a time: the browser suites run in parallel and each asks for a current web/dist; two vite builds
 * emptying the same folder would leave it half written. A lock left by a process that died is taken over.
 * @param {() => void} work
 */
function withLock(work) {
  mkdirSync(dirname(LOCK), { recursive: true });
  for (;;) {
    try {
      writeFileSync(LOCK, String(process.pid), { flag: 'wx' });
      break;
    } catch {
      let holder;
      try {
        holder = Number(readFileSync(LOCK, 'utf8').trim());
      } catch {
        continue; // released between the two calls
      }
      if (!isAlive(holder)) rmSync(LOCK, { force: true });
      else Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 500);
    }
  }
  try {
    work();
  } finally {
    rmSync(LOCK, { force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const ifChanged = process.argv.includes('--if-changed');
  withLock(() => {
    if (ifChanged && isBuilt(webStamp())) console.log('web/dist is current: its inputs have not changed since it was built');
    else build();
  });
}
