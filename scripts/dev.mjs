// `npm run dev`: the server recompiled and restarted on every change, and Vite's dev server for the portal,
// both started by one command and both stopped by Ctrl-C.
//   - tsc in build+watch mode recompiles what changed into dist/ (tsc, not tsx/esbuild: TypeORM and type-graphql
//     need the decorator metadata only tsc emits, STACK.md);
//   - node --watch runs dist/server/src/main.js and restarts it when a file it loaded is rewritten;
//   - Vite (in this process) serves web/ with hot reload on http://localhost:5173 and proxies the API paths to the
//     server (web/vite.config.mts), so the portal is used through Vite's port;
//   - codegen runs again when a web file with a `graphql(` document or the schema changes: the portal looks its
//     operations up in web/src/graphql/generated at run time. Vite's own file watcher tells (Node 20's recursive
//     fs.watch on Linux loses a file that an editor or git replaces rather than rewrites).
// PORT (default 4000) is the server's port; Vite's proxy follows it.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(ROOT, 'node_modules/.bin');
/** @type {Map<string, import('node:child_process').ChildProcess>} */
const children = new Map();
let stopping = false;

/** Each line a child prints, prefixed with its name. @param {string} name @param {NodeJS.ReadableStream | null} stream @param {(line: string) => void} [onLine] */
function relay(name, stream, onLine) {
  let rest = '';
  stream?.setEncoding('utf8');
  stream?.on('data', (chunk) => {
    const lines = (rest + chunk).split('\n');
    rest = lines.pop() ?? '';
    for (const line of lines) {
      process.stdout.write(`[${name}] ${line}\n`);
      onLine?.(line);
    }
  });
}

/** @param {string} name @param {string} command @param {string[]} args @param {(line: string) => void} [onLine] */
function start(name, command, args, onLine) {
  const child = spawn(command, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: process.env });
  children.set(name, child);
  relay(name, child.stdout, onLine);
  relay(name, child.stderr, onLine);
  child.on('exit', (code, signal) => {
    children.delete(name);
    if (!stopping) {
      console.error(`[dev] ${name} ended (${code ?? signal}); stopping the rest`);
      stop(code || 1);
    }
  });
  return child;
}

/** @type {import('vite').ViteDevServer | undefined} */
let vite;

/** Stops Vite and every child (each by its own pid) and exits once they have all ended. @param {number} code */
function stop(code) {
  if (stopping) return;
  stopping = true;
  void vite?.close();
  for (const child of children.values()) child.kill('SIGTERM');
  const waitForChildren = setInterval(() => {
    if (children.size === 0) {
      clearInterval(waitForChildren);
      process.exit(code);
    }
  }, 100);
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

let codegenRunning = false;
let codegenAgain = false;
function codegen() {
  if (codegenRunning) {
    codegenAgain = true;
    return;
  }
  codegenRunning = true;
  const child = spawn(join(BIN, 'graphql-codegen'), ['--config', 'web/codegen.ts', '--silent'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  relay('codegen', child.stdout);
  relay('codegen', child.stderr);
  child.on('exit', () => {
    codegenRunning = false;
    if (codegenAgain && !stopping) {
      codegenAgain = false;
      codegen();
    }
  });
}

/** @type {NodeJS.Timeout | undefined} */
let codegenTimer;
const SCHEMA = join(ROOT, 'schema/schema.graphql');
/** A document changed when the schema did, or a web source that holds (or held: a deleted file) a `graphql(` call. @param {string} path */
function maybeCodegen(path) {
  const file = relative(ROOT, path);
  const webSource = file.startsWith('web/src/') && !file.startsWith('web/src/graphql/generated/') && /\.(ts|vue)$/.test(file);
  const hasDocument = path === SCHEMA || (webSource && (!existsSync(path) || readFileSync(path, 'utf8').includes('graphql(')));
  if (!hasDocument) return;
  clearTimeout(codegenTimer);
  codegenTimer = setTimeout(codegen, 300);
}

let serverStarted = false;
start('tsc', join(BIN, 'tsc'), ['-b', 'tsconfig.build.json', '--watch', '--preserveWatchOutput'], (line) => {
  // The first pass is over (with or without type errors, tsc has written the JavaScript): run what it wrote.
  if (serverStarted || !line.includes('Watching for file changes')) return;
  serverStarted = true;
  start('server', process.execPath, ['--watch', '--max-old-space-size=192', 'dist/server/src/main.js']);
});
vite = await createServer({ configFile: join(ROOT, 'web/vite.config.mts') });
vite.watcher.add(SCHEMA);
for (const event of ['add', 'change', 'unlink']) vite.watcher.on(event, maybeCodegen);
await vite.listen();
vite.printUrls();
