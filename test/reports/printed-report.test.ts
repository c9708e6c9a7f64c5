import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { tenantFixture, type Headers, type TenantFixture } from '../helpers/tenant-fixture';
import { District, DistrictType } from '../../server/src/domain/geography/district.entity';
import { Commune } from '../../server/src/domain/geography/commune.entity';
import { buildReportWorld } from './report-fixture';
import { buildGeneratedWorld } from './generated-world';
import { pdfPages, pdfReaderMissing } from './pdf-text';

const vi = (n: number) => new Intl.NumberFormat('vi-VN').format(n);

async function get(f: TenantFixture, path: string, headers: Headers): Promise<{ status: number; type: string | null; bytes: Buffer }> {
  const response = await fetch(`${f.server.url}${path}`, { headers });
  return { status: response.status, type: response.headers.get('content-type'), bytes: Buffer.from(await response.arrayBuffer()) };
}

async function pdf(f: TenantFixture, path: string, headers: Headers): Promise<string[]> {
  const { status, type, bytes } = await get(f, path, headers);
  expect(status, bytes.toString()).toBe(200);
  expect(type).toBe('application/pdf');
  return pdfPages(bytes);
}

interface Totals {
  provinceReport: {
    districts: { district: { name: string } }[];
    total: { peopleTrained: number; personTimes: number; allocation: number; committed: number; spent: number };
    grandTotal: { committed: number; spent: number };
  };
}
const TOTALS = `query ($y: Int!) { provinceReport(fiscalYear: $y) {
  districts { district { name } } total { peopleTrained personTimes allocation committed spent } grandTotal { committed spent } } }`;

/** The province's PDF holds the frame, every district by its Vietnamese name and the totals provinceReport answers. */
async function expectProvincePdf(f: TenantFixture, fiscalYear: number, issuer = { body: 'BAN DÂN TỘC', signer: 'TRƯỞNG BAN' }): Promise<string[]> {
  const pages = await pdf(f, `/reports/province.pdf?fiscalYear=${fiscalYear}`, f.as.province);
  const text = pages.join('\n');
  const { data } = await f.server.graphql<Totals>(TOTALS, { y: fiscalYear }, f.as.province);
  const report = data!.provinceReport;
  for (const line of ['UBND TỈNH TUYÊN QUANG', issuer.body, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', `NĂM ${fiscalYear}`]) {
    expect(text).toContain(line);
  }
  expect(text).toMatch(/Tuyên Quang, ngày \d{2} tháng \d{2} năm \d{4}/);
  for (const { district } of report.districts) expect(text).toContain(district.name);
  const totalLines = text.split('\n').filter((l) => l.includes('Tổng các huyện'));
  const t = report.total;
  expect(totalLines.join('\n')).toContain(vi(t.peopleTrained));
  expect(totalLines.join('\n')).toContain(`${vi(t.allocation)}   `);
  for (const money of [t.committed, t.spent]) expect(totalLines.join('\n')).toContain(vi(money));
  const grandLines = text
    .split('\n')
    .filter((l) => l.includes('Tổng cộng (huyện và cấp tỉnh)'))
    .join('\n');
  for (const money of [report.grandTotal.committed, report.grandTotal.spent]) expect(grandLines).toContain(vi(money));
  expect(text).toContain('NGƯỜI LẬP BIỂU');
  expect(text).toContain(issuer.signer);
  pages.forEach((page, i) => expect(page).toContain(`Trang ${i + 1}/${pages.length}`));
  return pages;
}

describe.skipIf(pdfReaderMissing)('the province report as a PDF (7 districts)', () => {
  let f: TenantFixture;
  beforeAll(async () => {
    f = await tenantFixture();
    await buildReportWorld(f);
  });
  afterAll(() => f.close());

  it('reads as the document to sign: frame, every district, the totals, unapproved rows named as such', async () => {
    const pages = await expectProvincePdf(f, 2019);
    const text = pages.join('\n');
    expect(text).toContain('Số liệu chưa được phê duyệt đầy đủ');
    expect(text).toMatch(/Lâm Bình .*Chưa phê duyệt \(đang nhập\)/);
    // A4 landscape: the frame, section I and the first rows of II on page 1 (II's headings repeat on page 2),
    // the rest of II, III and IV on page 2, the signature block (kept whole) on page 3.
    expect(pages).toHaveLength(3);
  });

  it('says which rows are approved, with the date, once the province approves a district’s year', async () => {
    const submitted = await f.server.graphql('mutation { submitYear(fiscalYear: 2019) { status } }', {}, f.as.manager);
    expect(submitted.errors).toBeUndefined();
    const approved = await f.server.graphql<{ approveYear: { approvedAt: string } }>(
      `mutation { approveYear(districtId: ${f.lamBinh.id}, fiscalYear: 2019) { approvedAt } }`,
      {},
      f.as.province,
    );
    expect(approved.errors).toBeUndefined();
    const at = new Date(approved.data!.approveYear.approvedAt);
    const date = `${String(at.getDate()).padStart(2, '0')}/${String(at.getMonth() + 1).padStart(2, '0')}/${at.getFullYear()}`;
    const text = (await pdf(f, '/reports/province.pdf?fiscalYear=2019', f.as.province)).join('\n');
    expect(text).toMatch(new RegExp(`Lâm Bình .*Đã phê duyệt ${date}`));
    expect(text).toMatch(/Na Hang .*Chưa phê duyệt/);
    // Six districts are still open: the title area keeps the warning.
    expect(text).toContain('Số liệu chưa được phê duyệt đầy đủ');
  });

  it('gives a district caller the province document with its own district only', async () => {
    const text = (await pdf(f, '/reports/province.pdf?fiscalYear=2019', f.as.otherManager)).join('\n');
    expect(text).toMatch(/Na Hang /);
    for (const foreign of ['Lâm Bình', 'Chiêm Hóa', 'Hoạt động cấp tỉnh']) expect(text).not.toContain(foreign);
  });

  it('refuses an anonymous caller and a bad year with coded errors', async () => {
    const anonymous = await get(f, '/reports/province.pdf?fiscalYear=2019', {});
    expect([anonymous.status, JSON.parse(anonymous.bytes.toString())]).toEqual([
      401,
      { error: { code: 'UNAUTHENTICATED', message: 'Vui lòng đăng nhập', messageKey: 'errors.signInFirst', params: {} } },
    ]);
    const bad = await get(f, '/reports/province.pdf?fiscalYear=19', f.as.province);
    expect([bad.status, JSON.parse(bad.bytes.toString()).error]).toMatchObject([400, { code: 'BAD_USER_INPUT', field: 'fiscalYear' }]);
  });
});

const MORE_DISTRICTS = [
  'Bắc Mê',
  'Đồng Văn',
  'Mèo Vạc',
  'Quản Bạ',
  'Hoàng Su Phì',
  'Xín Mần',
  'Vị Xuyên',
  'Bắc Quang',
  'Quang Bình',
  'Yên Minh',
  'Bảo Lạc',
  'Bảo Lâm',
  'Hà Quảng',
  'Nguyên Bình',
  'Thạch An',
];

/** Another province's body, set in the settings (REPORT_ISSUER, REPORT_SIGNER): the parent is still derived from the province record. */
const ISSUER = { parent: null, body: 'SỞ DÂN TỘC VÀ TÔN GIÁO', signer: 'GIÁM ĐỐC', place: null };

describe.skipIf(pdfReaderMissing)('the province report as a PDF (22 districts, the issuing body from the settings)', () => {
  let f: TenantFixture;
  beforeAll(async () => {
    f = await tenantFixture({ reportIssuer: ISSUER });
    const districts = f.db.getRepository(District);
    await districts.save(
      MORE_DISTRICTS.map((name, i) =>
        districts.create({ code: `9${String(i).padStart(2, '0')}`, name, type: DistrictType.RURAL_DISTRICT, provinceId: f.lamBinh.provinceId }),
      ),
    );
    await buildGeneratedWorld(f.db, f.lamBinh.provinceId, 20, [2021]);
  });
  afterAll(() => f.close());

  it('holds all 22 districts with their diacritics and the totals, on the pages expected', async () => {
    expect(await f.db.getRepository(District).countBy({ provinceId: f.lamBinh.provinceId })).toBe(22);
    const pages = await expectProvincePdf(f, 2021, ISSUER);
    expect(pages.join('\n')).not.toContain('BAN DÂN TỘC');
    // Section I's 25 lines run onto page 2 (headings repeated), then II, III, IV and the signatures: 4 pages.
    expect(pages).toHaveLength(4);
  });
});

describe.skipIf(pdfReaderMissing)('a district’s own report', () => {
  let f: TenantFixture;
  let naHangCommunes: string[];
  beforeAll(async () => {
    f = await tenantFixture();
    await buildReportWorld(f);
    naHangCommunes = (await f.db.getRepository(Commune).findBy({ districtId: f.naHang.id })).map((c) => c.name);
  });
  afterAll(() => f.close());

  it('gives a district caller its own district, communes and activities with costs and attendance, nothing of another', async () => {
    const pages = await pdf(f, '/reports/district.pdf?fiscalYear=2019', f.as.manager);
    const text = pages.join('\n');
    for (const line of ['UBND HUYỆN LÂM BÌNH', 'PHÒNG DÂN TỘC', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'NĂM 2019', 'TRƯỞNG PHÒNG', f.lamBinhCommunes[0].name]) {
      expect(text).toContain(line);
    }
    expect(text).toMatch(/Tập huấn giám sát .*60\.000\.000 +50\.000\.000 +2 +2 +2/);
    expect(text).toMatch(/Tập huấn kỹ thuật chè .*30\.000\.000 +30\.000\.000 +2 +1 +1/);
    expect(text).toContain('Số liệu chưa được phê duyệt đầy đủ');
    for (const foreign of ['Na Hang', 'Tập huấn dự kiến', 'Tập huấn bị huỷ', 'Tham quan học tập', ...naHangCommunes]) expect(text).not.toContain(foreign);
  });

  it('answers another district’s id exactly like a missing one, and asks a province caller to name the district', async () => {
    const other = await get(f, `/reports/district.pdf?fiscalYear=2019&districtId=${f.naHang.id}`, f.as.manager);
    const missing = await get(f, '/reports/district.pdf?fiscalYear=2019&districtId=987654', f.as.manager);
    expect(other.status).toBe(404);
    expect(JSON.parse(other.bytes.toString()).error.code).toBe('NOT_FOUND');
    expect(JSON.parse(other.bytes.toString().replaceAll(String(f.naHang.id), '0'))).toEqual(JSON.parse(missing.bytes.toString().replaceAll('987654', '0')));
    const xlsx = await get(f, `/reports/district.xlsx?fiscalYear=2019&districtId=${f.naHang.id}`, f.as.manager);
    expect(xlsx.status).toBe(404);
    const unnamed = await get(f, '/reports/district.pdf?fiscalYear=2019', f.as.province);
    expect([unnamed.status, JSON.parse(unnamed.bytes.toString()).error]).toMatchObject([400, { code: 'BAD_USER_INPUT', field: 'districtId' }]);
    const bad = await get(f, '/reports/district.pdf?fiscalYear=2019&districtId=abc', f.as.province);
    expect(bad.status).toBe(400);
  });

  it('gives the province any district it names, as PDF and workbook, with nothing of the others', async () => {
    const text = (await pdf(f, `/reports/district.pdf?fiscalYear=2019&districtId=${f.naHang.id}`, f.as.province)).join('\n');
    expect(text).toContain('UBND HUYỆN NA HANG');
    expect(text).toMatch(/Tập huấn dự kiến .*20\.000\.000 +1 +0 +0/);
    for (const foreign of ['Lâm Bình', 'Tập huấn giám sát', f.lamBinhCommunes[0].name]) expect(text).not.toContain(foreign);

    const { status, type, bytes } = await get(f, `/reports/district.xlsx?fiscalYear=2019&districtId=${f.naHang.id}`, f.as.province);
    expect([status, type]).toEqual([200, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet']);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Huyện', 'Xã', 'Hoạt động']);
    const cells: string[] = [];
    workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.value)))));
    expect(cells).toContain('Na Hang');
    expect(cells).toContain('Tập huấn dự kiến');
    expect(cells.filter((c) => c.includes('Lâm Bình') || c.includes('LÂM BÌNH') || c === 'Tập huấn giám sát')).toEqual([]);
  });
});
