import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import http from 'node:http';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildServer, PRODUCTION_ENV, PRODUCTION_NODE_FLAGS, startChildServer, type ChildServer } from './child-server';
import { preparePortalDatabase } from './portal-database';
import { signIn, sleep, type Headers } from './client';
import { createScratchMysqlDatabase } from '../helpers/mysql-scratch';
import { hashPassword } from '../../server/src/auth/passwords';
import { Role, User } from '../../server/src/domain/accounts/user.entity';
import { District } from '../../server/src/domain/geography/district.entity';
import { DEMO_PASSWORD } from '../../seeds/demo-accounts';
import { filesUnder, sharedStringsOfMebibytes, sheetBomb, sheetPart, sheetRow, wideCsvHeading, workbookParts, zipOf } from '../transfer/hostile-files';
import { XLSX_TYPE } from '../transfer/transfer-client';

const MANAGER = 'upload-manager';

interface Answer {
  status: number;
  bytes: number;
  report?: { fileError: { code: string; message: string } | null };
}

async function post(url: string, as: Headers, body: Buffer, name: string): Promise<Answer> {
  const response = await fetch(`${url}/api/import/participants?mode=dry-run`, {
    method: 'POST',
    headers: { ...as, 'content-type': name.endsWith('.xlsx') ? XLSX_TYPE : 'text/csv', 'x-filename': name },
    body: new Uint8Array(body),
    signal: AbortSignal.timeout(120_000),
  });
  const text = await response.text();
  const lines = text.trim().split('\n');
  return { status: response.status, bytes: Buffer.byteLength(text), report: JSON.parse(lines[lines.length - 1]) as Answer['report'] };
}

/**
 * The real server, started as `npm start` runs it in production (NODE_ENV=production, the production
 * heap cap), receives each hostile upload: each is refused with a coded file error, the process lives
 * on, and no temporary file outlives its request, nor a SIGTERM.
 */
describe('hostile uploads against the production server', () => {
  const engine = process.env.TEST_MYSQL_URL ? 'mysql' : 'sqlite';
  let build: ReturnType<typeof buildServer>;
  let env: Record<string, string>;
  let cleanup: () => Promise<void>;
  let child: ChildServer | null = null;
  let manager: Headers;
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'p135-uploads-'));
  // The portal's upload directory, and the OS temporary directory the server's libraries would use.
  const uploadDir = path.join(scratch, 'uploads');
  const osTmp = path.join(scratch, 'os-tmp');
  const leftovers = () => [...filesUnder(uploadDir), ...filesUnder(osTmp)];

  beforeAll(async () => {
    build = buildServer();
    fs.mkdirSync(osTmp);
    if (engine === 'mysql') {
      const database = await createScratchMysqlDatabase(process.env.TEST_MYSQL_URL!);
      env = { DATABASE_URL: database.url };
      cleanup = database.drop;
    } else {
      env = { DATABASE_PATH: path.join(scratch, 'portal.db') };
      cleanup = async () => undefined;
    }
    const db = await preparePortalDatabase(engine === 'mysql' ? { kind: 'mysql', url: env.DATABASE_URL } : { kind: 'sqlite', path: env.DATABASE_PATH });
    // Demo accounts are refused in production: a real district manager signs in.
    const district = await db.getRepository(District).findOneByOrFail({ code: '071' });
    const users = db.getRepository(User);
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    const { provinceId, id: districtId } = district;
    const role = Role.DISTRICT_MANAGER;
    await users.insert(users.create({ username: MANAGER, displayName: 'Upload test', passwordHash, role, provinceId, districtId, demo: false }));
    await db.destroy();
    env = { ...env, ...PRODUCTION_ENV, UPLOAD_TMP_DIR: uploadDir, TMPDIR: osTmp, SHUTDOWN_TIMEOUT_MS: '1500' };
  }, 180_000);
  afterAll(async () => {
    if (child && child.process.exitCode === null) child.process.kill('SIGKILL');
    await child?.exited;
    build?.remove();
    await cleanup?.();
    fs.rmSync(scratch, { recursive: true, force: true });
  });

  async function expectAlive(): Promise<void> {
    const health = await fetch(`${child!.url}/healthz`).catch((error: unknown) => ({ ok: false, status: String(error) }));
    expect(health.ok, `the server died:\n${child!.output().slice(-2000)}`).toBe(true);
    expect(leftovers()).toEqual([]);
  }

  it('refuses every hostile upload with a coded answer, stays up and leaves no temporary file', async () => {
    child = await startChildServer(build.mainJs, env, PRODUCTION_NODE_FLAGS);
    manager = await signIn(child.url, MANAGER);

    // A 2 MB workbook whose sheet comes before its relations and inflates to 2 GiB.
    const sheetFirst = zipOf([{ name: 'xl/worksheets/sheet1.xml', data: sheetBomb(2048) }, ...workbookParts()]);
    expect(sheetFirst.length).toBeLessThan(3 << 20);
    const bomb = await post(child.url, manager, sheetFirst, 'ds.xlsx');
    expect(bomb.report?.fileError?.code).toBe('FILE_TOO_LARGE');
    await expectAlive();

    // ~1 MB whose shared strings inflate to 300 MiB: ten million texts for the heap.
    const heading = sheetPart([sheetRow(1, ['Họ và tên'])]);
    const strings = zipOf([...workbookParts(true), { name: 'xl/sharedStrings.xml', data: sharedStringsOfMebibytes(300) }, heading]);
    expect(strings.length).toBeLessThan(2 << 20);
    expect((await post(child.url, manager, strings, 'ds.xlsx')).report?.fileError?.code).toBe('FILE_TOO_LARGE');
    await expectAlive();

    // The most the limits accept, four times at once: 930,000 different Vietnamese texts in 31.8 MiB of shared strings.
    const texts = Array.from({ length: 930_000 }, (_, i) => `<si><t>Nguyễn Văn ${i}</t></si>`).join('');
    const largest = zipOf([...workbookParts(true), { name: 'xl/sharedStrings.xml', data: Buffer.from(`<sst>${texts}</sst>`) }, heading]);
    // Four officers upload it at once: the reads take turns instead of filling the heap together.
    const answers = await Promise.all([1, 2, 3, 4].map(() => post(child!.url, manager, largest, 'ds.xlsx')));
    expect(
      answers.map((a) => a.report?.fileError?.code),
      'read to the end: only the heading is wrong',
    ).toEqual(Array(4).fill('BAD_COLUMNS'));
    await expectAlive();

    // The same shared strings, but the archive claims they are 1 KiB: the inflated bytes are counted.
    const lying = zipOf([...workbookParts(true), { name: 'xl/sharedStrings.xml', data: sharedStringsOfMebibytes(300), declaredSize: 1024 }, heading]);
    expect((await post(child.url, manager, lying, 'ds.xlsx')).report?.fileError?.code).toBe('BAD_XLSX');
    await expectAlive();

    // An ordinary broken workbook (cut short in its sheet, which comes first) leaves nothing behind either.
    const broken = zipOf([sheetPart(Array.from({ length: 20_000 }, (_, i) => sheetRow(i + 1, ['Nguyễn Văn An', 'Nam', '1980']))), ...workbookParts()]);
    expect((await post(child.url, manager, broken.subarray(0, broken.length / 2), 'ds.xlsx')).report?.fileError?.code).toBe('BAD_XLSX');
    await expectAlive();

    // A 2 MB CSV heading of a million columns: refused in a short answer.
    const wide = await post(child.url, manager, wideCsvHeading(1_000_000), 'ds.csv');
    expect(wide.report?.fileError?.code).toBe('ROW_TOO_LONG');
    expect(wide.bytes).toBeLessThan(4096);
    await expectAlive();
  }, 300_000);

  it("removes the temporary file of an upload cut by SIGTERM, and a crash's leftovers at the next start", async () => {
    if (child && child.process.exitCode === null) {
      child.process.kill('SIGTERM');
      await child.exited;
    }
    fs.mkdirSync(path.join(uploadDir, 'crashed'), { recursive: true });
    fs.writeFileSync(path.join(uploadDir, 'crashed', 'upload-1.xlsx'), 'left by a killed process');
    child = await startChildServer(build.mainJs, env, PRODUCTION_NODE_FLAGS);
    expect(filesUnder(uploadDir)).toEqual([]);
    manager = await signIn(child.url, MANAGER);

    const book = zipOf([sheetPart(Array.from({ length: 20_000 }, (_, i) => sheetRow(i + 1, ['Nguyễn Văn An', 'Nam', '1980']))), ...workbookParts()]);
    const target = new URL(`${child.url}/api/import/participants?mode=dry-run`);
    const request = http.request({
      host: target.hostname,
      port: target.port,
      path: `${target.pathname}${target.search}`,
      method: 'POST',
      headers: { ...manager, 'content-type': XLSX_TYPE, 'content-length': book.length, 'x-filename': 'ds.xlsx' },
    });
    request.on('error', () => undefined);
    request.write(book.subarray(0, book.length - 1000));
    for (let waited = 0; waited < 10_000 && leftovers().length === 0; waited += 50) await sleep(50);
    expect(leftovers().length, 'the half-sent upload is being kept in a temporary file').toBeGreaterThan(0);

    child.process.kill('SIGTERM');
    const exit = await child.exited;
    expect(exit, child.output().slice(-3000)).toEqual({ code: 1, signal: null });
    expect(leftovers()).toEqual([]);
    request.destroy();
  }, 120_000);
});
