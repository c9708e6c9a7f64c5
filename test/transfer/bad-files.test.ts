import iconv from 'iconv-lite';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { tenantFixture, type TenantFixture } from '../helpers/tenant-fixture';
import { Participant } from '../../server/src/domain/participants/participant.entity';
import { PARTICIPANT_HEADER, participantsCsv, upload, workbook } from './transfer-client';

/**
 * Each bad file is built here, byte by byte, and each must get a message an officer can act on and
 * leave the database as it was. Files that are merely unusual (UTF-16 with a BOM, a UTF-8 BOM) import.
 */
describe('bad files get clear messages and write nothing', () => {
  let f: TenantFixture;
  const row = 'Hoàng Thị Mai,Nữ,1985,Tày,Người dân,,02233,Phúc Yên,,,';
  const csv = `${PARTICIPANT_HEADER}\r\n${row}\r\n`;
  const people = () => f.db.getRepository(Participant).count();
  const commit = { mode: 'commit' };

  beforeAll(async () => {
    f = await tenantFixture();
  });
  beforeEach(async () => {
    await f.db.getRepository(Participant).createQueryBuilder().delete().execute();
  });
  afterAll(() => f.close());

  /** The report of a refused file; its message is Vietnamese unless `language` asks otherwise. */
  async function refused(body: Buffer | string, name: string, language?: string) {
    const result = await upload(f, 'participants', body, { as: f.as.manager, name, query: commit, language });
    expect(result.status).toBe(200);
    expect(result.report.committed).toBe(false);
    expect(await people()).toBe(0);
    return result.report;
  }

  it('refuses Windows-1258 text, naming the encoding and how to save as UTF-8', async () => {
    const report = await refused(iconv.encode(csv, 'windows1258'), 'ds.csv');
    expect(report.fileError).toMatchObject({ code: 'NOT_UTF8', messageKey: 'fileErrors.notUtf8', params: {} });
    expect(report.fileError?.message).toMatch(/^Tệp không phải văn bản UTF-8: .*Windows-1258.*“CSV UTF-8/);
    const english = await refused(iconv.encode(csv, 'windows1258'), 'ds.csv', 'en');
    expect(english.fileError?.message).toMatch(/^The file is not UTF-8 text: .*Windows-1258.*“CSV UTF-8/);
  });

  it('rolls back rows already written when legacy bytes turn up half-way through a large file', async () => {
    const good = Buffer.from(participantsCsv(2500, f.lamBinhCommunes[0]));
    const report = await refused(Buffer.concat([good, iconv.encode(`${row}\r\n`, 'windows1258')]), 'ds.csv');
    expect(report.rowsRead).toBeGreaterThan(1000); // past the first batch, which was written inside the transaction
    expect(report.fileError?.code).toBe('NOT_UTF8');
  });

  it('refuses UTF-16 text without a byte-order mark', async () => {
    const report = await refused(iconv.encode(csv, 'utf-16le'), 'ds.csv');
    expect(report.fileError).toEqual({
      code: 'NOT_UTF8',
      messageKey: 'fileErrors.utf16NoBom',
      params: {},
      message: 'Tệp có vẻ là văn bản UTF-16 không có dấu thứ tự byte; hãy lưu dưới dạng “CSV UTF-8” và tải lên lại',
    });
  });

  it('reads UTF-16 (LE and BE) with its byte-order mark, as Excel\'s "Unicode text" writes it', async () => {
    const le = await upload(f, 'participants', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(csv, 'utf-16le')]), { as: f.as.manager, query: commit });
    expect(le.report).toMatchObject({ committed: true, created: 1, fileError: null });
    const be = await upload(f, 'participants', Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(csv.replace('Mai', 'Mơ'), 'utf-16be')]), {
      as: f.as.manager,
      query: commit,
    });
    expect(be.report).toMatchObject({ committed: true, created: 1 });
    expect((await f.db.getRepository(Participant).find({ order: { id: 'ASC' } })).map((p) => p.fullName)).toEqual(['Hoàng Thị Mai', 'Hoàng Thị Mơ']);
  });

  it('reads a UTF-8 file with a BOM: the first heading is still "Họ và tên"', async () => {
    const result = await upload(f, 'participants', `\uFEFF${csv}`, { as: f.as.manager, query: commit });
    expect(result.report).toMatchObject({ committed: true, created: 1, fileError: null });
  });

  it('names the missing columns', async () => {
    const report = await refused('Họ và tên,Dân tộc,Đối tượng,Xã\r\nHoàng Thị Mai,Tày,Người dân,Phúc Yên\r\n', 'ds.csv');
    expect(report.fileError).toMatchObject({ code: 'BAD_COLUMNS', messageKey: 'fileErrors.badColumns' });
    expect(report.fileError?.message).toMatch(/^Dòng tiêu đề không khớp với mẫu: thiếu cột “Giới tính”, “Năm sinh”\. Các cột cần có: Họ và tên, Giới tính/);
    const english = await refused('Họ và tên,Dân tộc,Đối tượng,Xã\r\nHoàng Thị Mai,Tày,Người dân,Phúc Yên\r\n', 'ds.csv', 'en');
    expect(english.fileError?.message).toMatch(/^The heading row does not match the template: missing column\(s\) “Giới tính”, “Năm sinh”\. Expected/);
  });

  it('names an extra column, and refuses values under no heading', async () => {
    const extra = await refused(`${PARTICIPANT_HEADER},Ghi chú\r\n${row},x\r\n`, 'ds.csv');
    expect(extra.fileError?.message).toContain('cột “Ghi chú” không có trong mẫu (cột L)');
    const stray = await refused(`${PARTICIPANT_HEADER}\r\n${row},lạc cột\r\n`, 'ds.csv');
    expect(stray.errors).toMatchObject([{ row: 2, column: null, field: null, value: null, messageKey: 'import.strayValues' }]);
  });

  it('skips empty rows between data, and refuses a file whose rows are all empty', async () => {
    const blanks = await refused(`${PARTICIPANT_HEADER}\r\n,,,,,,,,,,\r\n\r\n`, 'ds.csv');
    const noData = 'Tệp có dòng tiêu đề nhưng không có dòng dữ liệu nào';
    expect(blanks.fileError).toEqual({ code: 'NO_ROWS', messageKey: 'fileErrors.noDataRows', params: {}, message: noData });
    const gaps = await upload(f, 'participants', `${PARTICIPANT_HEADER}\r\n\r\n,,,\r\n${row}\r\n\r\n`, { as: f.as.manager, query: commit });
    expect(gaps.report).toMatchObject({ committed: true, rowsRead: 1, created: 1 });
  });

  it('refuses formulas in cells, naming the cell', async () => {
    const book = await workbook([PARTICIPANT_HEADER.split(','), row.split(',')], (sheet) => {
      sheet.getCell('C2').value = { formula: 'YEAR(TODAY())-40', result: 1986 } as never;
    });
    const report = await refused(book, 'ds.xlsx');
    expect(report.errors).toMatchObject([{ row: 2, column: 'Năm sinh', field: 'birthYear', value: '=YEAR(TODAY())-40', messageKey: 'import.formula' }]);
    const csvFormula = await refused(`${PARTICIPANT_HEADER}\r\n${row.replace('1985', '=1980+5')}\r\n`, 'ds.csv');
    expect(csvFormula.errors[0]).toMatchObject({ column: 'Năm sinh', value: '=1980+5' });
  });

  it('refuses merged heading cells', async () => {
    const headings = PARTICIPANT_HEADER.split(',');
    headings.splice(1, 0, '');
    const book = await workbook([headings, ['Hoàng Thị', 'Mai', ...row.split(',').slice(1)]], (sheet) => sheet.mergeCells('A1:B1'));
    const report = await refused(book, 'ds.xlsx');
    expect(report.fileError?.code).toBe('BAD_COLUMNS');
    expect(report.fileError?.message).toContain('cột B không có tiêu đề (không hỗ trợ ô tiêu đề gộp');
  });

  it('refuses an empty file', async () => {
    const report = await refused('', 'ds.csv');
    expect(report.fileError).toEqual({ code: 'EMPTY_FILE', messageKey: 'fileErrors.emptyFile', params: {}, message: 'Tệp rỗng' });
    expect((await refused('', 'ds.csv', 'en-US,en;q=0.9')).fileError?.message).toBe('The file is empty');
  });

  it('refuses a file that is not what its name says', async () => {
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
    expect((await refused(png, 'ds.xlsx')).fileError).toEqual({
      code: 'NOT_XLSX',
      messageKey: 'fileErrors.namedXlsx',
      params: { kind: 'png' },
      message: 'Tệp có tên là bảng tính Excel (.xlsx) nhưng có vẻ là một ảnh PNG',
    });
    expect((await refused(png, 'ds.xlsx', 'en')).fileError?.message).toBe('The file is named as an Excel workbook (.xlsx) but it looks like a PNG image');
    expect((await refused(png, 'ds.csv')).fileError).toMatchObject({ code: 'NOT_CSV', message: 'Tệp có tên là văn bản CSV nhưng có vẻ là một ảnh PNG' });
    expect((await refused(png, 'ds.csv', 'en')).fileError?.message).toBe('The file is named as CSV text but it looks like a PNG image');
    const text = 'The file is named as an Excel workbook (.xlsx) but it looks like text (CSV?)';
    expect((await refused(Buffer.from(csv), 'ds.xlsx', 'en')).fileError?.message).toBe(text);
    const xls = Buffer.from('d0cf11e0a1b11ae10000000000000000', 'hex');
    expect((await refused(xls, 'ds.xlsx')).fileError).toMatchObject({ messageKey: 'fileErrors.namedXlsxButXls', params: { kind: 'xls' } });
    expect((await refused(xls, 'ds.xlsx')).fileError?.message).toContain('hãy mở bằng Excel và lưu lại dưới dạng .xlsx');
    const damaged = Buffer.concat([Buffer.from('504b0304', 'hex'), Buffer.alloc(200, 7)]);
    expect((await refused(damaged, 'ds.xlsx')).fileError?.code).toBe('BAD_XLSX');
  });

  it('reads a real workbook uploaded under a .csv name by its content', async () => {
    const book = await workbook([PARTICIPANT_HEADER.split(','), row.split(',')]);
    const result = await upload(f, 'participants', book, { as: f.as.manager, name: 'ds.csv', contentType: 'text/csv', query: commit });
    expect(result.report).toMatchObject({ committed: true, created: 1 });
  });
});
