import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tenantFixture, codes, type TenantFixture } from '../helpers/tenant-fixture';
import { buildReportWorld } from './report-fixture';

const ROW = `district { code } communes especiallyDifficultCommunes villages especiallyDifficultVillages monitoringBoards
  participantsRegistered peopleTrained peopleCompleted personTimes womenTrained ethnicMinorityTrained womenShare ethnicMinorityShare
  trainedByCategory { category people } activitiesByKind { kind activitiesOrganised } activitiesOrganised allocation committed spent
  especiallyDifficultCommunesCovered coverage`;
const REPORT = `query($y: Int!) { provinceReport(fiscalYear: $y) { fiscalYear province { code }
  budget { central allocated committed spent exchangeCap { cap committed headroom shareOfCentral } }
  districts { ${ROW} } total { ${ROW} } grandTotal { ${ROW} }
  provinceLevel { committed spent activitiesByKind { kind activitiesOrganised } activitiesOrganised peopleTrained peopleCompleted personTimes womenTrained ethnicMinorityTrained } } }`;
const ROLLUP = `query($y: Int!, $g: [RollupDimension!]!, $f: RollupFilter) { rollup(fiscalYear: $y, groupBy: $g, filter: $f) {
  district { code } commune { code } category gender ethnicGroup { code } activityKind month provinceLevel peopleTrained peopleCompleted personTimes womenTrained ethnicMinorityTrained activitiesAttended activitiesOrganised committed spent } }`;

type Row = Record<string, unknown> & { district: { code: string } | null };
type Report = {
  provinceReport: { districts: Row[]; total: Row; grandTotal: Row | null; budget: Record<string, unknown>; provinceLevel: Record<string, unknown> | null };
};

const categories = (counts: Partial<Record<string, number>>) =>
  ['COMMUNE_OFFICIAL', 'VILLAGE_OFFICIAL', 'MONITORING_BOARD_MEMBER', 'PRESTIGIOUS_PERSON', 'RESIDENT'].map((category) => ({
    category,
    people: counts[category] ?? 0,
  }));
const kinds = (training: number, exchange: number) => [
  { kind: 'TRAINING', activitiesOrganised: training },
  { kind: 'EXCHANGE', activitiesOrganised: exchange },
];

// Worked out by hand from the world described in report-fixture.ts.
const LAM_BINH = {
  district: { code: '071' },
  communes: 10,
  especiallyDifficultCommunes: 2,
  villages: 2,
  especiallyDifficultVillages: 1,
  monitoringBoards: 1,
  participantsRegistered: 3,
  peopleTrained: 2,
  peopleCompleted: 2,
  personTimes: 4,
  womenTrained: 1,
  ethnicMinorityTrained: 1,
  womenShare: 0.5,
  ethnicMinorityShare: 0.5,
  trainedByCategory: categories({ RESIDENT: 1, COMMUNE_OFFICIAL: 1 }),
  activitiesByKind: kinds(2, 0),
  activitiesOrganised: 2,
  allocation: 300_000_000,
  committed: 80_000_000,
  spent: 80_000_000,
  especiallyDifficultCommunesCovered: 1,
  coverage: 0.5,
};
const NA_HANG = {
  district: { code: '072' },
  communes: 12,
  especiallyDifficultCommunes: 1,
  villages: 1,
  especiallyDifficultVillages: 0,
  monitoringBoards: 0,
  participantsRegistered: 2,
  peopleTrained: 1,
  peopleCompleted: 0,
  personTimes: 1,
  womenTrained: 0,
  ethnicMinorityTrained: 1,
  womenShare: 0,
  ethnicMinorityShare: 1,
  trainedByCategory: categories({ VILLAGE_OFFICIAL: 1 }),
  activitiesByKind: kinds(1, 0),
  activitiesOrganised: 1,
  allocation: 200_000_000,
  committed: 20_000_000,
  spent: 0,
  especiallyDifficultCommunesCovered: 1,
  coverage: 1,
};

describe('provinceReport and rollup, against figures worked out by hand', () => {
  let f: TenantFixture;

  beforeAll(async () => {
    f = await tenantFixture();
    await buildReportWorld(f);
  });
  afterAll(() => f.close());

  it('gives each district its figures: distinct people, person-times, shares, categories, money, coverage', async () => {
    const { data, errors } = await f.server.graphql<Report>(REPORT, { y: 2019 }, f.as.province);
    expect(errors).toBeUndefined();
    const rows = data!.provinceReport.districts;
    expect(rows.map((r) => r.district?.code)).toEqual(['070', '071', '072', '073', '074', '075', '076']);
    expect(rows[1]).toEqual(LAM_BINH);
    expect(rows[2]).toEqual(NA_HANG);
    // Nobody trained and no especially difficult commune: the shares are of nothing, so null (shown "—").
    expect(rows[0]).toMatchObject({
      peopleTrained: 0,
      personTimes: 0,
      womenShare: null,
      ethnicMinorityShare: null,
      coverage: null,
      allocation: 0,
      committed: 0,
    });
  });

  const TOTAL = {
    district: null,
    communes: 137,
    especiallyDifficultCommunes: 3,
    villages: 3,
    especiallyDifficultVillages: 1,
    monitoringBoards: 1,
    participantsRegistered: 5,
    peopleTrained: 3,
    peopleCompleted: 2,
    personTimes: 5,
    womenTrained: 1,
    ethnicMinorityTrained: 2,
    womenShare: 1 / 3,
    ethnicMinorityShare: 2 / 3,
    trainedByCategory: categories({ RESIDENT: 1, COMMUNE_OFFICIAL: 1, VILLAGE_OFFICIAL: 1 }),
    activitiesByKind: kinds(3, 0),
    activitiesOrganised: 3,
    allocation: 500_000_000,
    committed: 100_000_000,
    spent: 80_000_000,
    especiallyDifficultCommunesCovered: 2,
    coverage: 2 / 3,
  };

  it('adds up the total row where measures add up and recomputes the distinct ones', async () => {
    const { data } = await f.server.graphql<Report>(REPORT, { y: 2019 }, f.as.province);
    expect(data!.provinceReport.total).toEqual(TOTAL);
  });

  it('gives a grand total with the province’s own study tour, whose money is budget’s to the đồng', async () => {
    const { data } = await f.server.graphql<Report>(REPORT, { y: 2019 }, f.as.province);
    expect(data!.provinceReport.grandTotal).toEqual({
      ...TOTAL,
      activitiesByKind: kinds(3, 1),
      activitiesOrganised: 4,
      committed: 180_000_000,
      spent: 160_000_000,
    });
  });

  it('reports funding, the study-tour cap and the province’s own activities', async () => {
    const { data } = await f.server.graphql<Report>(REPORT, { y: 2019 }, f.as.province);
    expect(data!.provinceReport.budget).toEqual({
      central: 1_000_000_000,
      allocated: 500_000_000,
      committed: 180_000_000,
      spent: 160_000_000,
      exchangeCap: { cap: 100_000_000, committed: 80_000_000, headroom: 20_000_000, shareOfCentral: 0.08 },
    });
    // E1 had P2 (Kinh, finished) and P4 (H'Mông, did not finish), each also counted in their own district.
    expect(data!.provinceReport.provinceLevel).toEqual({
      committed: 80_000_000,
      spent: 80_000_000,
      activitiesByKind: kinds(0, 1),
      activitiesOrganised: 1,
      peopleTrained: 2,
      peopleCompleted: 1,
      personTimes: 2,
      womenTrained: 0,
      ethnicMinorityTrained: 1,
    });
  });

  it('gives a district caller its own district only, with its people’s study tour counted', async () => {
    const { data } = await f.server.graphql<Report>(REPORT, { y: 2019 }, f.as.manager);
    expect(data!.provinceReport.districts).toEqual([LAM_BINH]);
    expect(data!.provinceReport.total).toEqual({ ...LAM_BINH, district: null });
    expect(data!.provinceReport.provinceLevel).toBeNull();
    expect(data!.provinceReport.grandTotal).toBeNull();
    const other = await f.server.graphql<Report>(REPORT, { y: 2019 }, f.as.otherManager);
    expect(other.data!.provinceReport.districts).toEqual([NA_HANG]);
  });

  it('counts nothing from another year', async () => {
    const { data } = await f.server.graphql<Report>(REPORT, { y: 2018 }, f.as.province);
    expect(data!.provinceReport.total).toMatchObject({ peopleTrained: 1, personTimes: 1, committed: 10_000_000 });
  });

  it('rolls up by district, gender, activity kind and month in SQL', async () => {
    const rollup = async (g: string[], headers = f.as.province, filter?: Record<string, unknown>) =>
      (await f.server.graphql<{ rollup: Record<string, unknown>[] }>(ROLLUP, { y: 2019, g, f: filter }, headers)).data!.rollup;
    // People count in their own district; the province's own study tour has no district, so its money is a row of its own.
    expect((await rollup(['DISTRICT'])).map((r) => [(r.district as { code: string } | null)?.code ?? null, r.peopleTrained, r.personTimes])).toEqual([
      [null, 0, 0],
      ['071', 2, 4],
      ['072', 1, 1],
    ]);
    expect((await rollup(['GENDER'])).map((r) => [r.gender, r.peopleTrained])).toEqual([
      ['FEMALE', 1],
      ['MALE', 2],
    ]);
    // Attended: completed activities with people; organised: every activity not cancelled (T4 is planned).
    expect(
      (await rollup(['ACTIVITY_KIND'])).map((r) => [
        r.activityKind,
        r.peopleTrained,
        r.peopleCompleted,
        r.personTimes,
        r.activitiesAttended,
        r.activitiesOrganised,
        r.committed,
        r.spent,
      ]),
    ).toEqual([
      ['EXCHANGE', 2, 1, 2, 1, 1, 80_000_000, 80_000_000],
      ['TRAINING', 2, 2, 3, 2, 3, 100_000_000, 80_000_000],
    ]);
    expect((await rollup(['MONTH'])).map((r) => [r.month, r.peopleTrained, r.personTimes])).toEqual([
      [3, 2, 3],
      [7, 2, 2],
      [10, 0, 0], // the planned T4: money committed, nobody trained yet
    ]);
    expect(
      (await rollup(['ETHNIC_GROUP'], f.as.province, { ethnicMinority: true })).map((r) => [(r.ethnicGroup as { code: string }).code, r.peopleTrained]),
    ).toEqual([
      ['08', 1],
      ['09', 1],
    ]);
  });

  it('rolls up money by district and province level: the province’s study tour is its own row, and a filter keeps it alone', async () => {
    const rollup = async (g: string[], headers = f.as.province, filter?: Record<string, unknown>) =>
      (await f.server.graphql<{ rollup: Record<string, unknown>[] }>(ROLLUP, { y: 2019, g, f: filter }, headers)).data!.rollup;
    expect(
      (await rollup(['DISTRICT', 'PROVINCE_LEVEL'])).map((r) => [
        (r.district as { code: string } | null)?.code ?? null,
        r.provinceLevel,
        r.peopleTrained,
        r.activitiesOrganised,
        r.committed,
        r.spent,
      ]),
    ).toEqual([
      [null, true, 0, 1, 80_000_000, 80_000_000],
      ['071', false, 2, 2, 80_000_000, 80_000_000],
      ['071', true, 1, 0, 0, 0],
      ['072', false, 0, 1, 20_000_000, 0],
      ['072', true, 1, 0, 0, 0],
    ]);
    expect(
      (await rollup([], f.as.province, { provinceLevel: true })).map((r) => [r.peopleTrained, r.peopleCompleted, r.activitiesOrganised, r.committed]),
    ).toEqual([[2, 1, 1, 80_000_000]]);
    // A person's dimension has no money: the money measures are null rather than a misleading share.
    expect((await rollup(['GENDER'])).map((r) => [r.gender, r.committed, r.activitiesOrganised])).toEqual([
      ['FEMALE', null, null],
      ['MALE', null, null],
    ]);
    // A district caller's money is its own district's activities only.
    expect((await rollup(['DISTRICT'], f.as.manager)).map((r) => [(r.district as { code: string }).code, r.committed])).toEqual([['071', 80_000_000]]);
  });

  it('scopes the rollup: a district sees its own rows, and another district’s id filters to nothing', async () => {
    const mine = await f.server.graphql<{ rollup: { district: { code: string }; category: string; peopleTrained: number }[] }>(
      ROLLUP,
      { y: 2019, g: ['DISTRICT', 'CATEGORY'] },
      f.as.manager,
    );
    expect(mine.data!.rollup.map((r) => [r.district.code, r.category, r.peopleTrained])).toEqual([
      ['071', 'COMMUNE_OFFICIAL', 1],
      ['071', 'RESIDENT', 1],
    ]);
    const theirs = await f.server.graphql<{ rollup: unknown[] }>(ROLLUP, { y: 2019, g: ['COMMUNE'], f: { districtId: f.naHang.id } }, f.as.manager);
    expect(theirs.data!.rollup).toEqual([]);
    // The province's study tour: each district sees its own people on it, and none of its money.
    const tour = async (headers: typeof f.as.manager) =>
      (await f.server.graphql<{ rollup: Record<string, unknown>[] }>(ROLLUP, { y: 2019, g: ['DISTRICT'], f: { provinceLevel: true } }, headers)).data!.rollup;
    expect((await tour(f.as.manager)).map((r) => [(r.district as { code: string }).code, r.peopleTrained, r.committed])).toEqual([['071', 1, 0]]);
    expect((await tour(f.as.otherManager)).map((r) => [(r.district as { code: string }).code, r.peopleTrained, r.committed])).toEqual([['072', 1, 0]]);
  });

  it('refuses a year out of range and a dimension listed twice, naming the field', async () => {
    const year = await f.server.graphql(REPORT, { y: 1990 }, f.as.province);
    expect([codes(year)[0], year.errors?.[0].extensions?.field]).toEqual(['BAD_USER_INPUT', 'fiscalYear']);
    const twice = await f.server.graphql(ROLLUP, { y: 2019, g: ['GENDER', 'GENDER'] }, f.as.province);
    expect([codes(twice)[0], twice.errors?.[0].extensions?.field]).toEqual(['BAD_USER_INPUT', 'groupBy']);
  });
});
