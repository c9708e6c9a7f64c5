import ExcelJS from 'exceljs';
import yauzl from 'yauzl';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tenantFixture, type Headers, type TenantFixture } from '../helpers/tenant-fixture';
import { buildReportWorld } from './report-fixture';

async function download(
  f: TenantFixture,
  headers: Headers,
  query = 'fiscalYear=2019',
): Promise<{ status: number; workbook?: ExcelJS.Workbook; bytes?: Buffer; body?: unknown }> {
  const response = await fetch(`${f.server.url}/reports/province.xlsx?${query}`, { headers });
  if (response.status !== 200) return { status: response.status, body: await response.json() };
  expect(response.headers.get('content-type')).toContain('spreadsheetml');
  const bytes = Buffer.from(await response.arrayBuffer());
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return { status: 200, workbook, bytes };
}

/** The heading row of every sheet: the document frame (issuer, motto, date, title, status) fills the rows above. */
const HEADER_ROW = 8;

/** Data rows of a sheet (below the heading row, down to the blank row before the signatures), as arrays of cell values. */
export function dataRows(sheet: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  for (let n = HEADER_ROW + 1; n <= sheet.rowCount && sheet.getRow(n).cellCount > 0; n += 1) rows.push((sheet.getRow(n).values as unknown[]).slice(1));
  return rows;
}

/** The XML parts of an .xlsx file by name, read as a spreadsheet program reads them. */
export function xmlParts(bytes: Buffer): Promise<Map<string, string>> {
  return new Promise((resolve, reject) => {
    const parts = new Map<string, string>();
    yauzl.fromBuffer(bytes, { lazyEntries: true }, (error, zip) => {
      if (error) return reject(error);
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError) return reject(streamError);
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('end', () => {
            parts.set(entry.fileName, Buffer.concat(chunks).toString('utf8'));
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => resolve(parts));
      zip.readEntry();
    });
  });
}

describe('the province report as an Excel workbook', () => {
  let f: TenantFixture;

  beforeAll(async () => {
    f = await tenantFixture();
    await buildReportWorld(f);
  });
  afterAll(() => f.close());

  it('opens, names the province and year, and holds the same numbers as the query', async () => {
    const { workbook } = await download(f, f.as.province);
    expect(workbook!.worksheets.map((s) => s.name)).toEqual(['Huyện', 'Đối tượng', 'Kinh phí']);
    const districts = workbook!.getWorksheet('Huyện')!;
    expect(districts.getCell('A5').value).toBe('BÁO CÁO KẾT QUẢ NÂNG CAO NĂNG LỰC CHƯƠNG TRÌNH 135 NĂM 2019');
    expect(districts.getRow(HEADER_ROW).getCell(8).value).toBe('Số người được tập huấn');
    expect(districts.getRow(HEADER_ROW).getCell(9).value).toBe('Số người hoàn thành khoá học');
    const rows = dataRows(districts);
    expect(rows.map((r) => r[0])).toEqual([
      'Tuyên Quang',
      'Lâm Bình',
      'Na Hang',
      'Chiêm Hóa',
      'Hàm Yên',
      'Yên Sơn',
      'Sơn Dương',
      'Tổng các huyện',
      'Hoạt động cấp tỉnh',
      'Tổng cộng (huyện và cấp tỉnh)',
    ]);
    expect(rows[1]).toEqual(['Lâm Bình', 10, 2, 2, 1, 1, 3, 2, 2, 4, 1, 1, 0.5, 0.5, 1, 0.5, 2, 300_000_000, 80_000_000, 80_000_000, 'Đang nhập']);
    // Nobody trained in the city and no especially difficult commune there: shares of nothing read "—".
    expect(rows[0].slice(12, 16)).toEqual(['—', '—', 0, '—']);
    expect(rows[7].slice(7, 10)).toEqual([3, 2, 5]);
    // The province level has people and money but no communes or allocation; the grand total's money is budget's.
    const _ = undefined; // an empty cell
    expect(rows[8]).toEqual(['Hoạt động cấp tỉnh', _, _, _, _, _, _, 2, 1, 2, 0, 1, _, _, _, _, 1, _, 80_000_000, 80_000_000]);
    expect(rows[9].slice(16)).toEqual([4, 500_000_000, 180_000_000, 160_000_000]);
    expect(districts.getRow(HEADER_ROW + 2).getCell(18).numFmt).toBe('#,##0" ₫"');
    const categories = dataRows(workbook!.getWorksheet('Đối tượng')!);
    expect(categories[7]).toEqual(['Tổng các huyện', 1, 1, 0, 0, 1]);
    const funding = workbook!.getWorksheet('Kinh phí')!;
    const money = new Map(dataRows(funding).map(([label, value]) => [label, value]));
    expect(money.get('Vốn trung ương')).toBe(1_000_000_000);
    expect(money.get('Còn lại trong trần')).toBe(20_000_000);
  });

  it('carries the frame of an administrative document: issuing body, motto, place and date, status, signatures', async () => {
    const { workbook } = await download(f, f.as.province);
    const sheet = workbook!.getWorksheet('Huyện')!;
    // A merged block reads as its text in every cell it covers: each text once.
    const texts = (row: number) => [...new Set((sheet.getRow(row).values as unknown[]).filter((v) => typeof v === 'string'))];
    expect(texts(1)).toEqual(['UBND TỈNH TUYÊN QUANG', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']);
    expect(texts(2)).toEqual(['BAN DÂN TỘC', 'Độc lập - Tự do - Hạnh phúc']);
    expect(texts(4)[0]).toMatch(/^Tuyên Quang, ngày \d{2} tháng \d{2} năm \d{4}$/);
    // Nothing of 2019 is approved in this world: the title area says so.
    expect(texts(7)).toEqual(['Số liệu chưa được phê duyệt đầy đủ']);
    const signatures = texts(HEADER_ROW + dataRows(sheet).length + 2);
    expect(signatures).toEqual(['NGƯỜI LẬP BIỂU', 'TRƯỞNG BAN']);
  });

  it('prints on A4 landscape, one page wide (the fit-to-page flag set), headings repeated, panes frozen, pages numbered', async () => {
    const { bytes } = await download(f, f.as.province);
    const parts = await xmlParts(bytes!);
    const sheets = [...parts.keys()].filter((name) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name));
    expect(sheets).toHaveLength(3);
    for (const name of sheets) {
      const xml = parts.get(name)!;
      expect(xml, name).toContain('<pageSetUpPr fitToPage="1"/>');
      expect(xml, name).toMatch(/<pageSetup [^>]*paperSize="9"/);
      expect(xml, name).toMatch(/<pageSetup [^>]*orientation="landscape"/);
      expect(xml, name).toMatch(/<pageSetup [^>]*fitToWidth="1"/);
      expect(xml, name).toMatch(/<pageSetup [^>]*fitToHeight="0"/);
      expect(xml, name).toMatch(/<pane [^>]*ySplit="8"[^>]*state="frozen"/);
      expect(xml, name).toContain('<oddFooter>&amp;CTrang &amp;P/&amp;N</oddFooter>');
    }
    const book = parts.get('xl/workbook.xml')!;
    for (const sheet of ['Huyện', 'Đối tượng', 'Kinh phí'])
      expect(book).toContain(
        `<definedName name="_xlnm.Print_Titles" localSheetId="${['Huyện', 'Đối tượng', 'Kinh phí'].indexOf(sheet)}">&apos;${sheet}&apos;!$8:$8</definedName>`,
      );
  });

  it('gives a district caller its own district only', async () => {
    const { workbook } = await download(f, f.as.otherManager);
    const rows = dataRows(workbook!.getWorksheet('Huyện')!);
    expect(rows.map((r) => r[0])).toEqual(['Na Hang', 'Tổng các huyện']);
    expect(rows[0].slice(7, 10)).toEqual([1, 0, 1]);
  });

  it('refuses an anonymous caller and a bad year with a coded error', async () => {
    expect(await download(f, {})).toEqual({
      status: 401,
      body: { error: { code: 'UNAUTHENTICATED', message: 'Vui lòng đăng nhập', messageKey: 'errors.signInFirst', params: {} } },
    });
    const bad = await download(f, f.as.province, 'fiscalYear=abc');
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ error: { code: 'BAD_USER_INPUT', field: 'fiscalYear' } });
  });
});
