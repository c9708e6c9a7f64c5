// `npm run dev`: the server recompiled and restarted on every change, and Vite's dev server for the portal,
// both started by one command and both stopped by Ctrl-C.
//   - tsc in build+watch mode recompiles what changed into dist/ (tsc, not tsx/esbuild: TypeORM and type-graphql
//     need the decorator metadata only tsc emits, STACK.md);
//   - node --watch runs dist/server/src/main.js and restarts it when a file it loaded is rewritten;
//   - Vite serves web/ with hot reload on http://localhost:5173 and proxies the API paths to the server
//     (web/vite.config.mts), so the portal is used through Vite's port;
//   - codegen runs again when a web file with a `graphql(` document or the schema changes: the portal looks its
//     operations up in web/src/graphql/generated at run time.
// PORT (default 4000) is the server's port; Vite's proxy follows it.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, watch } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

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

/** Stops every child (each by its own pid) and exits once they have all ended. @param {number} code */
function stop(code) {
  if (stopping) return;
  stopping = true;
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
/** @param {string} file */
function maybeCodegen(file) {
  const path = join(ROOT, file);
  const hasDocument = file.endsWith('.graphql') || (existsSync(path) && readFileSync(path, 'utf8').includes('graphql('));
  if (!hasDocument) return;
  clearTimeout(codegenTimer);
  codegenTimer = setTimeout(codegen, 300);
}

function watchDocuments() {
  watch(join(ROOT, 'web/src'), { recursive: true }, (_event, name) => {
    if (name && /\.(ts|vue)$/.test(name) && !name.startsWith('graphql/generated')) maybeCodegen(join('web/src', name));
  });
  watch(join(ROOT, 'schema'), (_event, name) => {
    if (name === 'schema.graphql') maybeCodegen('schema/schema.graphql');
  });
}

let serverStarted = false;
start('tsc', join(BIN, 'tsc'), ['-b', 'tsconfig.build.json', '--watch', '--preserveWatchOutput'], (line) => {
  // The first pass is over (with or without type errors, tsc has written the JavaScript): run what it wrote.
  if (serverStarted || !line.includes('Watching for file changes')) return;
  serverStarted = true;
  start('server', process.execPath, ['--watch', '--max-old-space-size=192', 'dist/server/src/main.js']);
});
start('vite', join(BIN, 'vite'), ['--config', 'web/vite.config.mts']);
watchDocuments();
