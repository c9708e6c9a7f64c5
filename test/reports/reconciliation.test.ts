import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tenantFixture, type TenantFixture } from '../helpers/tenant-fixture';
import { buildGeneratedWorld } from './generated-world';
import { Commune, P135Status } from '../../server/src/domain/geography/commune.entity';
import { District } from '../../server/src/domain/geography/district.entity';
import { Village } from '../../server/src/domain/geography/village.entity';
import { MonitoringBoard } from '../../server/src/domain/boards/monitoring-board.entity';
import { Gender, Participant } from '../../server/src/domain/participants/participant.entity';
import { Activity, ActivityKind, ActivityStatus } from '../../server/src/domain/activities/activity.entity';
import { Attendance } from '../../server/src/domain/activities/attendance.entity';
import { DistrictAllocation } from '../../server/src/domain/funding/district-allocation.entity';

const ROW = `district { id } communes especiallyDifficultCommunes villages especiallyDifficultVillages monitoringBoards participantsRegistered
  peopleTrained peopleCompleted personTimes womenTrained ethnicMinorityTrained womenShare ethnicMinorityShare
  trainedByCategory { category people } activitiesByKind { kind activitiesOrganised } activitiesOrganised allocation committed spent
  especiallyDifficultCommunesCovered coverage`;
const REPORT = `query($y: Int!) { provinceReport(fiscalYear: $y) { budget { allocated committed spent }
  districts { ${ROW} } total { ${ROW} } grandTotal { ${ROW} }
  provinceLevel { committed spent activitiesOrganised activitiesByKind { kind activitiesOrganised } peopleTrained peopleCompleted personTimes womenTrained ethnicMinorityTrained } } }`;
const ROLLUP = `query($y: Int!, $g: [RollupDimension!]!, $f: RollupFilter) { rollup(fiscalYear: $y, groupBy: $g, filter: $f) {
  district { id } provinceLevel activityKind month peopleTrained peopleCompleted personTimes activitiesAttended activitiesOrganised committed spent } }`;

type Row = Record<string, number | null> & { district: { id: number } | null; activitiesByKind: { kind: string; activitiesOrganised: number }[] };
interface Report {
  budget: { allocated: number; committed: number; spent: number };
  districts: Row[];
  total: Row;
  grandTotal: Row;
  provinceLevel: Record<string, number> & { activitiesByKind: { kind: string; activitiesOrganised: number }[] };
}

const SEEDS = [11, 29, 47];
const YEARS = [2021, 2022, 2023];
const ADDITIVE = [
  'communes',
  'especiallyDifficultCommunes',
  'villages',
  'especiallyDifficultVillages',
  'monitoringBoards',
  'participantsRegistered',
  'peopleTrained',
  'peopleCompleted',
  'personTimes',
  'womenTrained',
  'ethnicMinorityTrained',
  'especiallyDifficultCommunesCovered',
  'activitiesOrganised',
  'allocation',
  'committed',
  'spent',
] as const;
const committedOf = (a: Activity) => (a.status === ActivityStatus.COMPLETED ? (a.actualCost ?? 0) : a.status === ActivityStatus.PLANNED ? a.plannedCost : 0);
const spentOf = (a: Activity) => (a.status === ActivityStatus.COMPLETED ? (a.actualCost ?? 0) : 0);
const shareOf = (part: number, whole: number) => (whole === 0 ? null : part / whole);
const sumOf = <T>(items: T[], f: (item: T) => number) => items.reduce((s, i) => s + f(i), 0);

/** Every figure again, straight from the rows and the written definitions of docs/DOMAIN.md. */
async function expectedFigures(f: TenantFixture, fiscalYear: number) {
  const load = <T extends object>(entity: new () => T) => f.db.getRepository(entity).find();
  const [districts, communes, villages, boards, people_, activities, attendances, allocations] = await Promise.all([
    f.db.getRepository(District).find({ where: { provinceId: f.lamBinh.provinceId }, order: { code: 'ASC' } }),
    load(Commune),
    load(Village),
    load(MonitoringBoard),
    load(Participant),
    load(Activity),
    load(Attendance),
    load(DistrictAllocation),
  ]);
  const start = Date.UTC(fiscalYear, 0, 1);
  const ofYear = new Set(communes.filter((c) => c.retiredAt === null || new Date(c.retiredAt).getTime() > start).map((c) => c.id));
  const communeOf = new Map(communes.map((c) => [c.id, c]));
  const personOf = new Map(people_.map((p) => [p.id, p]));
  const yearActivities = activities.filter((a) => a.fiscalYear === fiscalYear);
  const completed = new Map(yearActivities.filter((a) => a.status === ActivityStatus.COMPLETED).map((a) => [a.id, a]));
  const trained = attendances.filter((at) => at.attended && completed.has(at.activityId));
  const peopleMeasures = (rows: Attendance[]) => {
    const distinct = [...new Set(rows.map((at) => at.participantId))].map((id) => personOf.get(id)!);
    return {
      peopleTrained: distinct.length,
      peopleCompleted: new Set(rows.filter((at) => at.completed).map((at) => at.participantId)).size,
      personTimes: rows.length,
      womenTrained: distinct.filter((p) => p.gender === Gender.FEMALE).length,
      ethnicMinorityTrained: distinct.filter((p) => p.ethnicGroupCode !== '01').length,
    };
  };
  const organised = (districtId: number | null) => yearActivities.filter((a) => a.districtId === districtId && a.status !== ActivityStatus.CANCELLED);
  const rows = districts.map((d) => {
    const set = communes.filter((c) => c.districtId === d.id && ofYear.has(c.id));
    const ed = set.filter((c) => c.p135Status === P135Status.ESPECIALLY_DIFFICULT);
    const mine = trained.filter((at) => at.districtId === d.id);
    const covered = new Set(
      mine
        .map((at) => communeOf.get(personOf.get(at.participantId)!.communeId)!)
        .filter((c) => ofYear.has(c.id) && c.p135Status === P135Status.ESPECIALLY_DIFFICULT)
        .map((c) => c.id),
    ).size;
    const people = peopleMeasures(mine);
    const own = organised(d.id);
    const myVillages = villages.filter((v) => ofYear.has(v.communeId) && v.districtId === d.id);
    return {
      districtId: d.id,
      communes: set.length,
      especiallyDifficultCommunes: ed.length,
      villages: myVillages.length,
      especiallyDifficultVillages: myVillages.filter((v) => v.especiallyDifficult).length,
      monitoringBoards: boards.filter((b) => ofYear.has(b.communeId) && b.districtId === d.id).length,
      participantsRegistered: people_.filter((p) => p.districtId === d.id).length,
      ...people,
      womenShare: shareOf(people.womenTrained, people.peopleTrained),
      ethnicMinorityShare: shareOf(people.ethnicMinorityTrained, people.peopleTrained),
      especiallyDifficultCommunesCovered: covered,
      coverage: shareOf(covered, ed.length),
      activitiesOrganised: own.length,
      allocation: sumOf(
        allocations.filter((a) => a.districtId === d.id && a.fiscalYear === fiscalYear),
        (a) => a.amount,
      ),
      committed: sumOf(own, committedOf),
      spent: sumOf(own, spentOf),
    };
  });
  const provinceOwn = organised(null);
  const provinceLevel = {
    ...peopleMeasures(trained.filter((at) => completed.get(at.activityId)!.districtId === null)),
    activitiesOrganised: provinceOwn.length,
    committed: sumOf(provinceOwn, committedOf),
    spent: sumOf(provinceOwn, spentOf),
  };
  return { rows, provinceLevel, committed: sumOf(yearActivities, committedOf), spent: sumOf(yearActivities, spentOf) };
}

describe.each(SEEDS)('the figures of a generated world (seed %i) reconcile', (seed) => {
  let f: TenantFixture;

  beforeAll(async () => {
    f = await tenantFixture();
    await buildGeneratedWorld(f.db, f.lamBinh.provinceId, seed, YEARS);
  }, 120_000);
  afterAll(() => f.close());

  const report = async (fiscalYear: number) => {
    const { data, errors } = await f.server.graphql<{ provinceReport: Report }>(REPORT, { y: fiscalYear }, f.as.province);
    expect(errors).toBeUndefined();
    return data!.provinceReport;
  };

  it.each(YEARS)('in %i: each figure equals its definition computed from the rows', async (fiscalYear) => {
    const [r, expected] = await Promise.all([report(fiscalYear), expectedFigures(f, fiscalYear)]);
    expect(
      r.districts.map((row) => ({
        districtId: row.district!.id,
        ...Object.fromEntries(
          Object.keys(expected.rows[0])
            .slice(1)
            .map((k) => [k, row[k]]),
        ),
      })),
    ).toEqual(expected.rows);
    expect(r.provinceLevel).toMatchObject(expected.provinceLevel);
  });

  it.each(YEARS)('in %i: the grand total’s money equals budget to the đồng, and districts + province level make the grand total', async (fiscalYear) => {
    const [r, expected] = await Promise.all([report(fiscalYear), expectedFigures(f, fiscalYear)]);
    expect([r.grandTotal.committed, r.grandTotal.spent]).toEqual([r.budget.committed, r.budget.spent]);
    expect([r.budget.committed, r.budget.spent]).toEqual([expected.committed, expected.spent]);
    expect(r.grandTotal.allocation).toBe(r.budget.allocated);
    for (const key of ADDITIVE) expect(r.total[key], key).toBe(sumOf(r.districts, (row) => row[key] as number));
    for (const key of ['committed', 'spent', 'activitiesOrganised'] as const)
      expect(r.grandTotal[key], key).toBe((r.total[key] as number) + r.provinceLevel[key]);
    for (const kind of Object.values(ActivityKind)) {
      const of = (kinds: { kind: string; activitiesOrganised: number }[]) => kinds.find((k) => k.kind === kind)!.activitiesOrganised;
      expect(of(r.grandTotal.activitiesByKind)).toBe(of(r.total.activitiesByKind) + of(r.provinceLevel.activitiesByKind));
    }
    // Everyone at a province-level activity is already counted in their own district.
    expect(r.grandTotal.peopleTrained).toBe(r.total.peopleTrained);
    expect(r.provinceLevel.peopleTrained).toBeLessThanOrEqual(r.grandTotal.peopleTrained as number);
  });

  it.each(YEARS)('in %i: coverage never passes 100 % and a share of nothing is null', async (fiscalYear) => {
    const r = await report(fiscalYear);
    for (const row of [...r.districts, r.total, r.grandTotal]) {
      expect(row.especiallyDifficultCommunesCovered).toBeLessThanOrEqual(row.especiallyDifficultCommunes as number);
      if (row.especiallyDifficultCommunes === 0) expect(row.coverage).toBeNull();
      else expect(row.coverage).toBeLessThanOrEqual(1);
      if (row.peopleTrained === 0) expect([row.womenShare, row.ethnicMinorityShare]).toEqual([null, null]);
    }
    expect(r.districts.at(-1)).toMatchObject({ peopleTrained: 0, womenShare: null, committed: 0 });
  });

  it.each(YEARS)(
    'in %i: the rollup’s money by district and province level adds up to budget, and the province-level filter to the province level',
    async (fiscalYear) => {
      const [r, byDistrict, provinceOnly, byKindMonth] = await Promise.all([
        report(fiscalYear),
        f.server.graphql<{ rollup: Row[] }>(ROLLUP, { y: fiscalYear, g: ['DISTRICT', 'PROVINCE_LEVEL'] }, f.as.province),
        f.server.graphql<{ rollup: Row[] }>(ROLLUP, { y: fiscalYear, g: [], f: { provinceLevel: true } }, f.as.province),
        f.server.graphql<{ rollup: Row[] }>(ROLLUP, { y: fiscalYear, g: ['ACTIVITY_KIND', 'MONTH'] }, f.as.province),
      ]);
      for (const rows of [byDistrict.data!.rollup, byKindMonth.data!.rollup]) {
        expect([sumOf(rows, (x) => Number(x.committed)), sumOf(rows, (x) => Number(x.spent))]).toEqual([r.budget.committed, r.budget.spent]);
        expect(sumOf(rows, (x) => x.activitiesOrganised as number)).toBe(r.grandTotal.activitiesOrganised);
      }
      const [province] = provinceOnly.data!.rollup;
      expect([Number(province.committed), Number(province.spent), province.activitiesOrganised, province.peopleTrained]).toEqual([
        r.provinceLevel.committed,
        r.provinceLevel.spent,
        r.provinceLevel.activitiesOrganised,
        r.provinceLevel.peopleTrained,
      ]);
      const provinceRow = byDistrict.data!.rollup.find((x) => x.district === null);
      if (r.provinceLevel.activitiesOrganised > 0)
        expect(provinceRow).toMatchObject({ provinceLevel: true, committed: r.provinceLevel.committed, peopleTrained: 0 });
    },
  );
});
