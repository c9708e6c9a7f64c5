import path from 'node:path';
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer, PRODUCTION_ENV, startChildServer } from '../reliability/child-server';
import { gql } from '../reliability/client';
import { productionDatabase, runCommand, type ProductionDatabase } from './production-database';

const STRONG = 'Song-Lo-chay-qua-Tuyen-Quang-2026';
const TOKEN_SECRET = 'going-live-test-secret-of-32-characters!';

/**
 * Going live without demo data (docs/DEPLOY.md, "Going live"): the operator creates the first province administrator on a
 * production database with `npm run create-admin`, and signs in with it on a NODE_ENV=production server.
 */
describe('npm run create-admin on a production database', () => {
  let build: ReturnType<typeof buildServer>;
  let database: ProductionDatabase;
  let createAdmin: string;

  const run = (args: string[], password?: string) =>
    runCommand(createAdmin, args, { ...database.env, ...PRODUCTION_ENV, TOKEN_SECRET, ...(password === undefined ? {} : { ADMIN_PASSWORD: password }) });

  beforeAll(async () => {
    build = buildServer();
    createAdmin = path.join(path.dirname(build.mainJs), 'cli', 'create-admin.js');
    database = await productionDatabase();
  });
  afterAll(async () => {
    await database?.close();
    build?.remove();
  });

  it('creates the administrator from ADMIN_PASSWORD, never prints the password, and the account signs in on a production server', async () => {
    const result = await run(['--province', '08', '--username', 'ban-dan-toc', '--display-name', 'Ban Dân tộc tỉnh'], STRONG);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/created province administrator "ban-dan-toc".*Tuyên Quang \(08\)/);
    expect(result.stdout + result.stderr).not.toContain(STRONG);

    const server = await startChildServer(build.mainJs, { ...database.env, ...PRODUCTION_ENV, TOKEN_SECRET });
    try {
      const login = await gql<{ login: { token: string } }>(server.url, 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', {
        u: 'ban-dan-toc',
        p: STRONG,
      });
      expect(login.errors).toBeUndefined();
      const me = await gql<{ me: { name: string; role: string; district: null } }>(
        server.url,
        '{ me { name role district { id } } }',
        {},
        {
          authorization: `Bearer ${login.data!.login.token}`,
        },
      );
      expect(me.data?.me).toEqual({ name: 'ban-dan-toc', role: 'PROVINCE_ADMIN', district: null });
      // The write is in the audit trail like any other, named after the command, its hash masked.
      const audit = await gql<{ auditLog: { edges: { node: { actorLabel: string; entity: string; after: Record<string, unknown> } }[] } }>(
        server.url,
        '{ auditLog(first: 5) { edges { node { actorLabel entity after } } } }',
        {},
        { authorization: `Bearer ${login.data!.login.token}` },
      );
      const entry = audit.data?.auditLog.edges.map((e) => e.node).find((n) => n.entity === 'User');
      expect(entry).toMatchObject({ actorLabel: 'create-admin (command line)', after: { username: 'ban-dan-toc', passwordHash: '[secret]' } });
      expect(server.output()).not.toContain(STRONG);
    } finally {
      server.process.kill('SIGTERM');
      await server.exited;
    }
  });

  it('asks for the password on a terminal without echoing it, twice', async () => {
    // `script` gives the command a real pseudo-terminal, as an operator's shell would; what it prints is the screen.
    const command = [process.execPath, createAdmin, '--province', '08', '--username', 'tinh-terminal'].map((part) => `'${part}'`).join(' ');
    const child = spawn('script', ['-qec', command, '/dev/null'], {
      env: { PATH: process.env.PATH ?? '', ...database.env, ...PRODUCTION_ENV, TOKEN_SECRET, TERM: 'dumb' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let screen = '';
    child.stdout!.on('data', (chunk: Buffer) => (screen += chunk.toString()));
    const waitFor = async (text: string) => {
      for (const deadline = Date.now() + 60_000; !screen.includes(text); await new Promise((resolve) => setTimeout(resolve, 20))) {
        if (Date.now() > deadline) throw new Error(`no "${text}" on the screen: ${screen}`);
      }
    };
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    await waitFor('Password for the new administrator:');
    child.stdin!.write(`${STRONG}\r`);
    await waitFor('The same password again:');
    child.stdin!.write(`${STRONG}\r`);
    expect(await exited).toBe(0);
    expect(screen).toMatch(/created province administrator "tinh-terminal"/);
    expect(screen, JSON.stringify(screen)).not.toContain(STRONG);
    expect(screen).not.toContain('*');
  });

  it.each([
    ['too short', 'quan-tri-1', 'Ng4n-qua!', /at least 12 characters/],
    ['too few different characters', 'quan-tri-2', 'abababababababab', /at least 6 different characters/],
    ['containing the username', 'quan-tri-3', 'xx-QUAN-TRI-3-yy', /must not contain the username/],
    ['built on the demo password', 'quan-tri-4', 'My-demo135-portal', /well-known password \("demo135"\)/],
  ])('refuses a weak password (%s) and creates nothing', async (_case, username, password, reason) => {
    const result = await run(['--province', '08', '--username', username], password);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(reason);
    expect(result.stdout + result.stderr).not.toContain(password);
    expect((await run(['--province', '08', '--username', username], STRONG)).code, 'the name is still free').toBe(0);
  });

  it('refuses a username that is taken', async () => {
    expect((await run(['--province', '08', '--username', 'tinh-taken'], STRONG)).code).toBe(0);
    const again = await run(['--province', '08', '--username', 'tinh-taken'], `${STRONG}!`);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/the username tinh-taken is taken/);
  });

  it('refuses a province that is not in the database, a missing password without a terminal, and missing arguments', async () => {
    const missing = await run(['--province', '99', '--username', 'tinh-99'], STRONG);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/province 99 is not in the database/);

    const noPassword = await run(['--province', '08', '--username', 'tinh-08']);
    expect(noPassword.code).toBe(2);
    expect(noPassword.stderr).toMatch(/set ADMIN_PASSWORD, or run the command in a terminal/);

    const noUser = await run(['--province', '08'], STRONG);
    expect(noUser.code).toBe(2);
    expect(noUser.stderr).toMatch(/usage: npm run create-admin/);
  });
});
