import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tenantFixture, type Headers, type TenantFixture } from '../helpers/tenant-fixture';
import { buildReportWorld } from './report-fixture';

async function download(f: TenantFixture, headers: Headers, query = 'fiscalYear=2019'): Promise<{ status: number; workbook?: ExcelJS.Workbook; body?: unknown }> {
  const response = await fetch(`${f.server.url}/reports/province.xlsx?${query}`, { headers });
  if (response.status !== 200) return { status: response.status, body: await response.json() };
  expect(response.headers.get('content-type')).toContain('spreadsheetml');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as unknown as ArrayBuffer);
  return { status: 200, workbook };
}

/** Data rows of a sheet (below the title, date, blank and header rows), as arrays of cell values. */
function dataRows(sheet: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  sheet.eachRow((row, n) => {
    if (n > 4) rows.push((row.values as unknown[]).slice(1));
  });
  return rows;
}

describe('the province report as an Excel workbook', () => {
  let f: TenantFixture;

  beforeAll(async () => {
    f = await tenantFixture();
    await buildReportWorld(f);
  });
  afterAll(() => f.close());

  it('opens, names the province, year and export date, and holds the same numbers as the query', async () => {
    const { workbook } = await download(f, f.as.province);
    expect(workbook!.worksheets.map((s) => s.name)).toEqual(['Huyện', 'Đối tượng', 'Kinh phí']);
    const districts = workbook!.getWorksheet('Huyện')!;
    expect(districts.getCell('A1').value).toBe('Báo cáo nâng cao năng lực – Chương trình 135 – Tỉnh Tuyên Quang – Năm 2019');
    expect(String(districts.getCell('A2').value)).toMatch(/^Xuất ngày \d{2}\/\d{2}\/\d{4}$/);
    expect(districts.getRow(4).getCell(8).value).toBe('Số người được tập huấn');
    expect(districts.getRow(4).getCell(9).value).toBe('Số người hoàn thành khoá học');
    const rows = dataRows(districts);
    expect(rows.map((r) => r[0])).toEqual([
      'Tuyên Quang', 'Lâm Bình', 'Na Hang', 'Chiêm Hóa', 'Hàm Yên', 'Yên Sơn', 'Sơn Dương', 'Tổng các huyện', 'Hoạt động cấp tỉnh', 'Tổng cộng (huyện và cấp tỉnh)',
    ]);
    expect(rows[1]).toEqual(['Lâm Bình', 10, 2, 2, 1, 1, 3, 2, 2, 4, 1, 1, 0.5, 0.5, 1, 0.5, 2, 300_000_000, 80_000_000, 80_000_000, 'Đang nhập']);
    // Nobody trained in the city and no especially difficult commune there: shares of nothing read "—".
    expect(rows[0].slice(12, 16)).toEqual(['—', '—', 0, '—']);
    expect(rows[7].slice(7, 10)).toEqual([3, 2, 5]);
    // The province level has people and money but no communes or allocation; the grand total's money is budget's.
    const _ = undefined; // an empty cell
    expect(rows[8]).toEqual(['Hoạt động cấp tỉnh', _, _, _, _, _, _, 2, 1, 2, 0, 1, _, _, _, _, 1, _, 80_000_000, 80_000_000]);
    expect(rows[9].slice(16)).toEqual([4, 500_000_000, 180_000_000, 160_000_000]);
    expect(districts.getRow(6).getCell(18).numFmt).toBe('#,##0" ₫"');
    const categories = dataRows(workbook!.getWorksheet('Đối tượng')!);
    expect(categories[7]).toEqual(['Tổng các huyện', 1, 1, 0, 0, 1]);
    const funding = workbook!.getWorksheet('Kinh phí')!;
    expect(funding.getCell('B4').value).toBe(1_000_000_000);
    expect(funding.getCell('B10').value).toBe(20_000_000);
  });

  it('gives a district caller its own district only', async () => {
    const { workbook } = await download(f, f.as.otherManager);
    const rows = dataRows(workbook!.getWorksheet('Huyện')!);
    expect(rows.map((r) => r[0])).toEqual(['Na Hang', 'Tổng các huyện']);
    expect(rows[0].slice(7, 10)).toEqual([1, 0, 1]);
  });

  it('refuses an anonymous caller and a bad year with a coded error', async () => {
    expect(await download(f, {})).toEqual({ status: 401, body: { error: { code: 'UNAUTHENTICATED', message: 'Sign in first' } } });
    const bad = await download(f, f.as.province, 'fiscalYear=abc');
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ error: { code: 'BAD_USER_INPUT', field: 'fiscalYear' } });
  });
});
