/**
 * `npm run bench:web` (also the first part of `npm run bench`): what each page of the portal costs a
 * browser on a cold cache. It builds web/dist (`npm run build:web`; BENCH_WEB_BUILD=false reuses it),
 * seeds the demo into a fresh SQLite file, starts the real server (`npm start`'s main.js and node flags,
 * NODE_ENV=production: portal-process.ts) and loads each page in Debian's Chromium (playwright-core),
 * every page in a new browser context so nothing is cached. Per page: the compressed bytes of JS+CSS
 * (what the target counts), every byte transferred (bodies and headers, API answers and fonts too), the
 * decoded JS+CSS, and whether the chart library (echarts) or GraphiQL was fetched.
 * Fails (exit code 1) when a district page fetches either, or a page passes the JS+CSS budget.
 * Writes bench/results/web.json and web.md.
 */
import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { chromium, type Browser, type BrowserContext, type Request } from 'playwright-core';
import { In } from 'typeorm';
import { openDatabase } from '../server/src/db/open-database';
import { User } from '../server/src/domain/accounts/user.entity';
import { seedAll } from '../seeds';
import { DEMO_PASSWORD } from '../seeds/demo-accounts';
import { productionNodeFlags } from '../scripts/production-node-flags';
import { CHROMIUM, FLAGS } from '../test/web/browser';
import { startPortal } from './portal-process';

/** Compressed JS+CSS a page may load on a cold cache (issue 16, item 10), in bytes (kB = 1000 bytes). */
const BUDGET = 250_000;
/** The chart library's chunk (vite.config.mts names it), which a district page must never fetch. */
const ECHARTS = /\/assets\/echarts-[^/]*\.js$/;

type StorageState = Awaited<ReturnType<BrowserContext['storageState']>>;

interface PageSpec {
  name: string;
  path: string;
  account: string | null;
  district: boolean;
  budget: boolean;
}

const PAGES: PageSpec[] = [
  { name: 'sign-in', path: '/sign-in', account: null, district: true, budget: true },
  { name: 'district dashboard', path: '/dashboard', account: 'huyen-071', district: true, budget: true },
  { name: 'participants list', path: '/participants', account: 'huyen-071', district: true, budget: false },
  { name: 'activities', path: '/activities', account: 'huyen-071', district: true, budget: false },
  { name: 'province dashboard', path: '/province', account: 'tinh', district: false, budget: false },
];

interface PageFigures {
  page: string;
  path: string;
  requests: number;
  jsCssCompressed: number;
  jsCssDecoded: number;
  transferredTotal: number;
  encodings: string[];
  echarts: boolean;
  graphiql: boolean;
  withinBudget: boolean | null;
}

async function main(): Promise<void> {
  if (process.env.BENCH_WEB_BUILD !== 'false') {
    const build = spawnSync('npm', ['run', 'build:web'], { stdio: 'inherit' });
    if (build.status !== 0) throw new Error(`npm run build:web ended with ${build.status ?? build.signal}`);
  }
  const graphiqlFiles = graphiqlOnlyFiles();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'p135-web-bench-'));
  const databasePath = path.join(dir, 'portal.db');
  const seeded = await openDatabase({ kind: 'sqlite', path: databasePath });
  await seedAll(seeded, { demo: true });
  // A production server refuses demo accounts: in this throwaway database the two the benchmark uses become ordinary ones.
  await seeded.getRepository(User).update({ username: In(PAGES.flatMap((p) => p.account ?? [])) }, { demo: false });
  await seeded.destroy();

  // Plain http on loopback: the deployment's TLS proxy is what makes the cookie Secure.
  const portal = await startPortal({ databasePath, nodeFlags: productionNodeFlags(), countStatements: false, env: { COOKIE_SECURE: 'false' } });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  try {
    const figures: PageFigures[] = [];
    for (const spec of PAGES) figures.push(await measure(browser, portal.url, spec, graphiqlFiles));
    const failures = verdicts(figures);
    const table = markdown(figures, failures);
    console.log(`\n${table}`);
    fs.mkdirSync(path.resolve('bench/results'), { recursive: true });
    const result = { date: new Date().toISOString(), budgetBytes: BUDGET, pages: figures, failures };
    fs.writeFileSync(path.resolve('bench/results/web.json'), `${JSON.stringify(result, null, 2)}\n`);
    fs.writeFileSync(path.resolve('bench/results/web.md'), table);
    console.log('written to bench/results/web.json and bench/results/web.md');
    if (failures.length > 0) {
      console.error(failures.join('\n'));
      process.exitCode = 1;
    }
  } finally {
    await browser.close();
    await portal.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** One page in a fresh context: its own empty HTTP cache, with the session cookie of a sign-in made elsewhere. */
async function measure(browser: Browser, url: string, spec: PageSpec, graphiqlFiles: Set<string>): Promise<PageFigures> {
  const storageState = spec.account ? await signedInState(browser, url, spec.account) : undefined;
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, storageState });
  try {
    const page = await context.newPage();
    const finished: Promise<Loaded>[] = [];
    const count = (request: Request) => void finished.push(loaded(request));
    page.on('requestfinished', count);
    await page.goto(url + spec.path, { waitUntil: 'networkidle' });
    const landed = new URL(page.url()).pathname;
    if (landed !== spec.path) throw new Error(`${spec.name}: expected to stay on ${spec.path}, landed on ${landed}`);
    page.off('requestfinished', count);
    // Messages are precompiled at build time: one left as "{year}" would show its placeholder.
    const text = await page.locator('body').innerText();
    if (/\{\w+\}/.test(text)) throw new Error(`${spec.name}: a message shows a raw placeholder: ${/.{0,40}\{\w+\}.{0,40}/.exec(text)?.[0]}`);
    const all = await Promise.all(finished);
    if (process.env.BENCH_WEB_VERBOSE) for (const r of all) console.log(`${spec.name}\t${r.body}\t${r.decoded}\t${r.encoding}\t${r.url}`);
    const jsCss = all.filter((r) => /\.(js|css)$/.test(new URL(r.url).pathname));
    const sum = (rows: Loaded[], key: 'body' | 'decoded' | 'headers') => rows.reduce((total, r) => total + r[key], 0);
    const compressed = sum(jsCss, 'body');
    return {
      page: spec.name,
      path: spec.path,
      requests: all.length,
      jsCssCompressed: compressed,
      jsCssDecoded: sum(jsCss, 'decoded'),
      transferredTotal: sum(all, 'body') + sum(all, 'headers'),
      encodings: [...new Set(jsCss.map((r) => r.encoding))].sort(),
      echarts: all.some((r) => ECHARTS.test(r.url)),
      graphiql: all.some((r) => graphiqlFiles.has(new URL(r.url).pathname)),
      withinBudget: spec.budget ? compressed <= BUDGET : null,
    };
  } finally {
    await context.close();
  }
}

interface ManifestChunk {
  file: string;
  css?: string[];
  imports?: string[];
  dynamicImports?: string[];
}

/** The files (as URL paths) only the GraphiQL page reaches, from the build's manifest: a portal page fetching one of these loaded GraphiQL. */
function graphiqlOnlyFiles(): Set<string> {
  const manifest = JSON.parse(fs.readFileSync(path.resolve('web/dist/.vite/manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
  const reach = (key: string, seen = new Set<string>()): Set<string> => {
    if (seen.has(key) || !manifest[key]) return seen;
    seen.add(key);
    for (const next of [...(manifest[key].imports ?? []), ...(manifest[key].dynamicImports ?? [])]) reach(next, seen);
    return seen;
  };
  const files = (keys: Set<string>) => new Set([...keys].flatMap((k) => [manifest[k].file, ...(manifest[k].css ?? [])]).map((f) => `/${f}`));
  const portal = files(reach('index.html'));
  return new Set([...files(reach('graphiql.html'))].filter((f) => !portal.has(f)));
}

interface Loaded {
  url: string;
  body: number;
  headers: number;
  decoded: number;
  encoding: string;
}

async function loaded(request: Request): Promise<Loaded> {
  // Never rejects: an unhandled rejection would end the process before the server child is stopped.
  const none = [{ responseBodySize: 0, responseHeadersSize: 0 }, null] as const;
  const [sizes, response] = await Promise.all([request.sizes(), request.response()]).catch(() => none);
  const decoded = response ? (await response.body().catch(() => Buffer.alloc(0))).length : 0;
  const encoding = (await response?.headerValue('content-encoding')) ?? 'identity';
  return { url: request.url(), body: sizes.responseBodySize, headers: sizes.responseHeadersSize, decoded, encoding };
}

/** Signs in through the sign-in page in a throwaway context; its cookies (not its cache) seed the measured context. */
async function signedInState(browser: Browser, url: string, username: string): Promise<StorageState> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${url}/sign-in`);
    await page.fill('#username', username);
    await page.fill('#password', DEMO_PASSWORD);
    await page.click('[data-test="sign-in"]');
    await page.waitForURL((landed) => landed.pathname !== '/sign-in', { timeout: 30_000 });
    return await context.storageState();
  } finally {
    await context.close();
  }
}

function verdicts(figures: PageFigures[]): string[] {
  const failures: string[] = [];
  for (const [f, spec] of figures.map((f, i) => [f, PAGES[i]] as const)) {
    if (spec.district && f.echarts) failures.push(`${f.page} fetched the echarts chunk`);
    if (spec.district && f.graphiql) failures.push(`${f.page} fetched a GraphiQL chunk`);
    if (f.withinBudget === false) failures.push(`${f.page} loaded ${kb(f.jsCssCompressed)} kB of compressed JS+CSS (budget ${kb(BUDGET)} kB)`);
  }
  return failures;
}

const kb = (bytes: number) => (bytes / 1000).toFixed(1);

function markdown(figures: PageFigures[], failures: string[]): string {
  const rows = figures.map(
    (f) =>
      `| ${f.page} (\`${f.path}\`) | ${kb(f.jsCssCompressed)} | ${kb(f.jsCssDecoded)} | ${kb(f.transferredTotal)} | ${f.requests} | ` +
      `${f.encodings.join(', ')} | ` +
      `${f.echarts ? 'yes' : 'no'} | ${f.graphiql ? 'yes' : 'no'} | ${f.withinBudget === null ? '' : f.withinBudget ? 'met' : 'MISSED'} |`,
  );
  return [
    `# Web page weight (${new Date().toISOString().slice(0, 10)}, cold cache, Chromium, production server)`,
    '',
    `Budget: at most ${kb(BUDGET)} kB of compressed JS+CSS for the sign-in page and the district dashboard; district pages fetch neither echarts nor GraphiQL.`,
    '',
    '| page | JS+CSS compressed, kB | JS+CSS decoded, kB | all transferred, kB | requests | JS+CSS encoding | echarts | GraphiQL | budget |',
    '|---|---|---|---|---|---|---|---|---|',
    ...rows,
    '',
    failures.length === 0 ? 'All checks met.' : `Missed: ${failures.join('; ')}.`,
    '',
  ].join('\n');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
