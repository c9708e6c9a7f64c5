import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tenantFixture, type TenantFixture } from '../helpers/tenant-fixture';
import { buildReportWorld } from '../reports/report-fixture';
import { Commune, P135Status } from '../../server/src/domain/geography/commune.entity';
import { Participant, Gender } from '../../server/src/domain/participants/participant.entity';
import { APPROVE, REOPEN, SUBMIT, UPDATE_PARTICIPANT, participantInput, personNamed, run } from './year-helpers';

const FIGURES = 'communes especiallyDifficultCommunes peopleTrained womenTrained womenShare especiallyDifficultCommunesCovered coverage committed';
const REPORT = `query($y: Int!) { provinceReport(fiscalYear: $y) {
  districts { district { code } approved yearStatus { status approvedBy } ${FIGURES} liveFigures { ${FIGURES} } }
  total { peopleTrained womenTrained } } }`;
type Row = Record<string, unknown> & { district: { code: string }; liveFigures: Record<string, unknown> | null };
type Report = { provinceReport: { districts: Row[]; total: Record<string, number> } };

const APPROVED_LAM_BINH = {
  communes: 10,
  especiallyDifficultCommunes: 2,
  peopleTrained: 2,
  womenTrained: 1,
  womenShare: 0.5,
  especiallyDifficultCommunesCovered: 1,
  coverage: 0.5,
  committed: 80_000_000,
};

describe('an approved district-year answers the figures it was approved with', () => {
  let f: TenantFixture;
  const report = async (headers = f.as.province) => (await f.server.graphql<Report>(REPORT, { y: 2019 }, headers)).data!.provinceReport;
  const lamBinh = (r: Report['provinceReport']) => r.districts.find((row) => row.district.code === '071')!;

  beforeAll(async () => {
    f = await tenantFixture();
    await buildReportWorld(f);
    await run(f, SUBMIT, { y: 2019 }, f.as.manager);
    expect((await run(f, APPROVE, { d: f.lamBinh.id, y: 2019 }, f.as.province)).code).toBeUndefined();
  });
  afterAll(() => f.close());

  it('marks the row approved, with no live figures beside it while nothing changed', async () => {
    expect(lamBinh(await report())).toEqual({
      district: { code: '071' },
      approved: true,
      yearStatus: { status: 'APPROVED', approvedBy: 'tinh' },
      ...APPROVED_LAM_BINH,
      liveFigures: null,
    });
  });

  it('keeps them when a participant’s gender changes, a commune is retired and the seed re-grades communes', async () => {
    const P1 = await personNamed(f, 'Triệu Thị Mây');
    expect(
      (await run(f, UPDATE_PARTICIPANT, { id: P1.id, version: P1.version, input: participantInput(P1, { gender: 'MALE' }) }, f.as.manager)).code,
    ).toBeUndefined();
    const [A, B] = f.lamBinhCommunes;
    // What a later seed or reference update does directly: B merged away before 2019, A no longer especially difficult.
    await f.db.getRepository(Commune).update(B.id, { retiredAt: new Date('2018-06-01T00:00:00Z') });
    await f.db.getRepository(Commune).update(A.id, { p135Status: P135Status.NONE });
    await f.db.getRepository(Participant).update(P1.id, { gender: Gender.MALE });

    const row = lamBinh(await report());
    expect(row).toMatchObject({ approved: true, ...APPROVED_LAM_BINH });
    // The drift is shown beside the approved figures, not instead of them.
    expect(row.liveFigures).toMatchObject({
      communes: 9,
      especiallyDifficultCommunes: 0,
      womenTrained: 0,
      womenShare: 0,
      especiallyDifficultCommunesCovered: 0,
      coverage: null,
    });
    // The total is made of the rows as answered: the approved ones included.
    expect((await report()).total).toMatchObject({ peopleTrained: 3, womenTrained: 1 });
    // The district sees its own approved row the same way.
    expect(lamBinh(await report(f.as.manager))).toMatchObject({ approved: true, ...APPROVED_LAM_BINH });
  });

  it('marks each district’s status and approval date in the workbook', async () => {
    const response = await fetch(`${f.server.url}/reports/province.xlsx?fiscalYear=2019`, { headers: f.as.province });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Huyện')!;
    // The heading row is row 8, below the document frame; Tuyên Quang (city) is row 9, Lâm Bình 10, Na Hang 11.
    const header = (sheet.getRow(8).values as unknown[]).slice(1);
    const row = (sheet.getRow(10).values as unknown[]).slice(1);
    expect([row[0], row[header.indexOf('Trạng thái năm')], row[header.indexOf('Ngày phê duyệt')]]).toEqual([
      'Lâm Bình',
      'Đã phê duyệt',
      expect.stringMatching(/^\d{2}\/\d{2}\/\d{4}$/),
    ]);
    expect((sheet.getRow(11).values as unknown[])[header.indexOf('Trạng thái năm') + 1]).toBe('Đang nhập');
  });

  it('returns to live figures once reopened', async () => {
    await run(f, REOPEN, { d: f.lamBinh.id, y: 2019, r: 'Cập nhật danh mục xã' }, f.as.province);
    expect(lamBinh(await report())).toMatchObject({
      approved: false,
      yearStatus: { status: 'REOPENED', approvedBy: null },
      communes: 9,
      womenTrained: 0,
      coverage: null,
      liveFigures: null,
    });
  });
});
