import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { tenantFixture, type TenantFixture } from '../helpers/tenant-fixture';
import { Participant } from '../../server/src/domain/participants/participant.entity';
import { PARTICIPANT_HEADER, upload } from './transfer-client';
import { filesUnder, sharedStringsOfMebibytes, sheetBomb, sheetPart, sheetRow, wideCsvHeading, workbookParts, zipOf } from './hostile-files';

/**
 * Uploads built to hurt the server (zip bombs, lying archives, absurdly wide or long rows) are refused
 * with a coded file error and a short answer, write nothing, and leave no temporary file behind. The same
 * files against the production server and its heap: test/reliability/uploads.test.ts.
 */
describe('hostile uploads are refused with a coded answer and leave nothing behind', () => {
  let f: TenantFixture;
  const uploadDir = fs.mkdtempSync(path.join(os.tmpdir(), 'p135-hostile-'));
  const row = 'Hoàng Thị Mai,Nữ,1985,Tày,Người dân,,02233,Phúc Yên,,,';

  beforeAll(async () => {
    f = await tenantFixture({ uploadTmpDir: uploadDir });
  });
  afterEach(() => {
    expect(filesUnder(uploadDir)).toEqual([]);
  });
  afterAll(async () => {
    await f.close();
    fs.rmSync(uploadDir, { recursive: true, force: true });
  });

  // In English on request (Accept-Language: en); bad-files.test.ts checks the Vietnamese said by default.
  async function refused(body: Buffer | string, name: string, language = 'en') {
    const result = await upload(f, 'participants', body, { as: f.as.manager, name, query: { mode: 'commit' }, language });
    expect(result.status).toBe(200);
    expect(result.report.committed).toBe(false);
    expect(await f.db.getRepository(Participant).count()).toBe(0);
    return result;
  }

  it('refuses a worksheet that unpacks past 256 MB, even stored before its relations, before inflating it', async () => {
    const book = zipOf([{ name: 'xl/worksheets/sheet1.xml', data: sheetBomb(512) }, ...workbookParts()]);
    expect(book.length).toBeLessThan(1 << 20);
    const { report } = await refused(book, 'ds.xlsx');
    expect(report.fileError).toEqual({
      code: 'FILE_TOO_LARGE',
      messageKey: 'fileErrors.partTooLarge',
      params: { part: '"xl/worksheets/sheet1.xml"', size: '512 MB', limit: '256 MB' },
      message: 'The workbook’s part "xl/worksheets/sheet1.xml" unpacks to 512 MB, more than the 256 MB limit; split it into smaller files',
    });
    const vietnamese = (await refused(book, 'ds.xlsx', 'vi')).report.fileError;
    expect(vietnamese?.message).toBe('Phần "xl/worksheets/sheet1.xml" của bảng tính giải nén ra 512 MB, vượt giới hạn 256 MB; hãy chia thành các tệp nhỏ hơn');
  });

  it('refuses shared strings past 32 MB, and a part that inflates more than 200 times its packed size', async () => {
    const strings = zipOf([...workbookParts(true), { name: 'xl/sharedStrings.xml', data: sharedStringsOfMebibytes(40) }, sheetPart([])]);
    const stringsError = (await refused(strings, 'ds.xlsx')).report.fileError;
    expect(stringsError?.message).toMatch(/^The workbook’s part "xl\/sharedStrings.xml" unpacks to 40 MB, more than the 32 MB limit/);
    const dense = zipOf([...workbookParts(), { name: 'xl/worksheets/sheet1.xml', data: sheetBomb(8) }]);
    expect((await refused(dense, 'ds.xlsx')).report.fileError).toMatchObject({
      code: 'FILE_TOO_LARGE',
      messageKey: 'fileErrors.partRatio',
      params: { ratio: 200 },
      message: 'The workbook’s part "xl/worksheets/sheet1.xml" unpacks to more than 200 times its packed size; split it into smaller files',
    });
  });

  it('counts the bytes really inflated: a part that lies about its size stops at the size it declares', async () => {
    const lying = zipOf([...workbookParts(true), { name: 'xl/sharedStrings.xml', data: sharedStringsOfMebibytes(40), declaredSize: 1024 }, sheetPart([])]);
    expect((await refused(lying, 'ds.xlsx')).report.fileError).toMatchObject({
      code: 'BAD_XLSX',
      messageKey: 'fileErrors.partLies',
      message: 'The Excel file is damaged: its part "xl/sharedStrings.xml" unpacks to more than the size it declares',
    });
  });

  it('refuses more than a million shared strings, and a row or text longer than 1 MB', async () => {
    const texts = Array.from({ length: 1_000_001 }, (_, i) => `<si><t>${i}</t></si>`).join('');
    const many = Buffer.from(`<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${texts}</sst>`);
    const book = zipOf([...workbookParts(true), { name: 'xl/sharedStrings.xml', data: many }, sheetPart([])]);
    expect((await refused(book, 'ds.xlsx')).report.fileError).toEqual({
      code: 'FILE_TOO_LARGE',
      messageKey: 'fileErrors.tooManyTexts',
      params: { max: 1_000_000 },
      message: 'The workbook holds more than 1,000,000 different texts; split it into smaller files',
    });
    const vietnamese = 'Bảng tính chứa hơn 1.000.000 văn bản khác nhau; hãy chia thành các tệp nhỏ hơn';
    expect((await refused(book, 'ds.xlsx', 'vi')).report.fileError?.message).toBe(vietnamese);
    const longRow = sheetRow(2, [crypto.randomBytes(3 << 19).toString('base64')]);
    const long = zipOf([...workbookParts(), sheetPart([sheetRow(1, PARTICIPANT_HEADER.split(',')), longRow])]);
    const message = 'A row or text of the workbook is longer than 1 MB; split it into smaller files';
    expect((await refused(long, 'ds.xlsx')).report.fileError).toMatchObject({ code: 'FILE_TOO_LARGE', messageKey: 'fileErrors.textTooLong', message });
  });

  it('refuses more than 1,000 parts, 512 MB in all, a workbook.xml past 4 MB and one text past 256 KB', async () => {
    const parts = Array.from({ length: 1001 }, (_, i) => ({ name: `xl/media/image${i}.png`, data: Buffer.from('x') }));
    expect((await refused(zipOf([...workbookParts(), ...parts]), 'ds.xlsx')).report.fileError).toEqual({
      code: 'FILE_TOO_LARGE',
      messageKey: 'fileErrors.tooManyParts',
      params: { count: 1005, max: 1000 },
      message: 'The workbook has 1,005 parts, more than 1,000; split it into smaller files',
    });
    // Declared sizes are refused before a byte is inflated: the packed bytes here are never read.
    const packed = (mebibytes: number) => ({ deflated: Buffer.alloc(1 << 20), size: mebibytes << 20 });
    const big = [0, 1, 2].map((i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, data: packed(180) }));
    const total = (await refused(zipOf([...workbookParts(), ...big]), 'ds.xlsx')).report.fileError;
    expect(total?.message).toMatch(/^The workbook unpacks to 540 MB, more than the 512 MB limit/);
    const book = zipOf([{ name: 'xl/workbook.xml', data: packed(5) }, ...workbookParts().slice(3)]);
    const workbookXml = (await refused(book, 'ds.xlsx')).report.fileError;
    expect(workbookXml?.message).toMatch(/^The workbook’s part "xl\/workbook.xml" unpacks to 5 MB, more than the 4 MB limit/);
    const text = `<sst><si><t>${crypto.randomBytes(200_000).toString('base64')}</t></si></sst>`;
    const strings = zipOf([...workbookParts(true), { name: 'xl/sharedStrings.xml', data: Buffer.from(text) }, sheetPart([])]);
    const oneText = (await refused(strings, 'ds.xlsx')).report.fileError;
    expect(oneText?.message).toBe('A row or text of the workbook is longer than 0.3 MB; split it into smaller files');
  });

  it('still reads a sound workbook whose sheet is stored before its relations', async () => {
    const book = zipOf([sheetPart([sheetRow(1, PARTICIPANT_HEADER.split(',')), sheetRow(2, row.split(','))]), ...workbookParts()]);
    const result = await upload(f, 'participants', book, { as: f.as.manager, name: 'ds.xlsx', query: { mode: 'dry-run' } });
    expect(result.report).toMatchObject({ fileError: null, errorCount: 0, rowsRead: 1, created: 1 });
  });

  it('refuses a damaged workbook, leaving no temporary file', async () => {
    const book = zipOf([sheetPart(Array.from({ length: 2000 }, (_, i) => sheetRow(i + 1, ['Nguyễn Văn An', 'Nam', '1980']))), ...workbookParts()]);
    expect((await refused(book.subarray(0, book.length / 2), 'ds.xlsx')).report.fileError?.code).toBe('BAD_XLSX');
  });

  it('refuses a 2 MB CSV heading of a million columns, and 1,000 columns, in a short answer', async () => {
    const million = await refused(wideCsvHeading(1_000_000), 'ds.csv');
    expect(million.report.fileError).toEqual({
      code: 'ROW_TOO_LONG',
      messageKey: 'fileErrors.rowTooLong',
      params: { row: 1, max: 65_536 },
      message: 'Row 1 is longer than 65,536 characters: is this the right file?',
    });
    const thousand = await refused(wideCsvHeading(1000), 'ds.csv');
    const message = 'Row 1 has 1,000 columns; the templates have at most 200: is this the right file?';
    const params = { row: 1, count: 1000, max: 200 };
    expect(thousand.report.fileError).toEqual({ code: 'TOO_MANY_COLUMNS', messageKey: 'fileErrors.tooManyColumns', params, message });
    const vietnamese = 'Dòng 1 có 1.000 cột, các mẫu có tối đa 200 cột: có đúng tệp không?';
    expect((await refused(wideCsvHeading(1000), 'ds.csv', 'vi')).report.fileError?.message).toBe(vietnamese);
  });

  it('names at most ten heading problems, each heading cut short', async () => {
    const headings = Array.from({ length: 150 }, (_, i) => `Cột lạ số ${i} ${'x'.repeat(300)}`);
    const { report } = await refused(`${headings.join(',')}\r\n${row}\r\n`, 'ds.csv');
    expect(report.fileError?.code).toBe('BAD_COLUMNS');
    expect(report.fileError?.message).toContain('; and 142 more. Expected columns: Họ và tên');
    expect(report.fileError!.message.length).toBeLessThan(2000);
  });

  it('refuses more than 200,000 rows', async () => {
    const { report } = await refused(`${PARTICIPANT_HEADER}\r\n${',\r\n'.repeat(200_000)}`, 'ds.csv');
    expect(report.fileError).toEqual({
      code: 'TOO_MANY_ROWS',
      messageKey: 'fileErrors.tooManyRows',
      params: { max: 200_000 },
      message: 'The file has more than 200,000 rows; split it into smaller files',
    });
  });

  it('lists at most 1,000 errors, each value cut to 200 characters', async () => {
    const bad = row.replace('1985', `19${'8'.repeat(10_000)}`);
    const result = await refused(`${PARTICIPANT_HEADER}\r\n${`${bad}\r\n`.repeat(1500)}`, 'ds.csv');
    expect(result.report.errorCount).toBeGreaterThanOrEqual(1500);
    expect(result.report.errors).toHaveLength(1000);
    expect(Math.max(...result.report.errors.map((e) => e.value?.length ?? 0))).toBe(200);
    expect(JSON.stringify(result.report).length).toBeLessThan(1000 * 600);
  });
});
