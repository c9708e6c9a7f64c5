import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { RequestSession } from '../../session/request-session';
import { District } from '../../domain/geography/district.entity';
import { Province } from '../../domain/geography/province.entity';
import { Commune, P135Status } from '../../domain/geography/commune.entity';
import { Village } from '../../domain/geography/village.entity';
import { MonitoringBoard } from '../../domain/boards/monitoring-board.entity';
import { Participant, ParticipantCategory } from '../../domain/participants/participant.entity';
import { Activity, ActivityKind, ActivityStatus } from '../../domain/activities/activity.entity';
import { budgetFor } from '../funding/funding.service';
import { committedCostSql, spentCostSql } from '../funding/budget.service';
import { communesOfYear, count, COVERED_MEASURE, selectPeopleMeasures, share, trainedAttendance } from './trained-attendance';
import type { CategoryCount, KindCount, ProvinceLevelSummary, ProvinceReport, ReportRow } from './report.types';
import { districtYears, yearStatusOf } from '../periods/period.service';
import { YearStatusValue, type DistrictYear } from '../../domain/periods/district-year.entity';

type Raw = Record<string, unknown>;
type ByDistrict = Map<number, Raw>;

/** Measures that add up over rows: a total is their sum (docs/DOMAIN.md, "Totals"). */
const ADDITIVE_GEOGRAPHY = [
  'communes',
  'especiallyDifficultCommunes',
  'villages',
  'especiallyDifficultVillages',
  'monitoringBoards',
  'participantsRegistered',
] as const;
// A person belongs to one district and is counted under it (attendance.districtId is the person's),
// so distinct people over all districts are the sum of the districts' distinct people.
const ADDITIVE_PEOPLE = [
  'peopleTrained',
  'peopleCompleted',
  'personTimes',
  'womenTrained',
  'ethnicMinorityTrained',
  'especiallyDifficultCommunesCovered',
] as const;

/**
 * provinceReport (docs/DOMAIN.md): every measure is a GROUP BY in SQL, one statement per family of
 * measures (about a dozen in all, whatever the number of districts; the year's attendance is read once).
 * Rows of JavaScript are only the grouped results being arranged into the answer.
 */
export async function provinceReport(session: RequestSession, fiscalYear: number): Promise<ProvinceReport> {
  const communeJoin = <T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, alias: string) =>
    communesOfYear(qb.innerJoin(Commune, 'c', `c.id = ${alias}.communeId`), 'c', fiscalYear);
  // All statements start together; the year's attendance (the one heavy statement) sets the pace.
  const [districts, province, communes, villages, boards, registered, trained, activities, provincePeople, budget, records] = await Promise.all([
    session.rows(District, 'd').orderBy('d.code', 'ASC').getMany(),
    session.rows(Province, 'pr').getOneOrFail(),
    byDistrict(
      communesOfYear(session.rows(Commune, 'c'), 'c', fiscalYear)
        .select('c.districtId', 'districtId')
        .addSelect('COUNT(*)', 'communes')
        .addSelect(`SUM(CASE WHEN c.p135Status = '${P135Status.ESPECIALLY_DIFFICULT}' THEN 1 ELSE 0 END)`, 'especiallyDifficultCommunes'),
      'c.districtId',
    ),
    byDistrict(
      communeJoin(session.rows(Village, 'v'), 'v')
        .select('v.districtId', 'districtId')
        .addSelect('COUNT(*)', 'villages')
        .addSelect('SUM(CASE WHEN v.especiallyDifficult = 1 THEN 1 ELSE 0 END)', 'especiallyDifficultVillages'),
      'v.districtId',
    ),
    byDistrict(
      communeJoin(session.rows(MonitoringBoard, 'b'), 'b').select('b.districtId', 'districtId').addSelect('COUNT(*)', 'monitoringBoards'),
      'b.districtId',
    ),
    byDistrict(session.rows(Participant, 'p').select('p.districtId', 'districtId').addSelect('COUNT(*)', 'participantsRegistered'), 'p.districtId'),
    // One pass over the year's attendance gives every people measure and the categories per district.
    byDistrict(
      selectCategoryCounts(selectPeopleMeasures(trainedAttendance(session, fiscalYear).select('at.districtId', 'districtId')).addSelect(...COVERED_MEASURE)),
      'at.districtId',
    ),
    session
      .ownRows(Activity, 'a')
      .andWhere('a.fiscalYear = :fiscalYear AND a.status <> :cancelled', { fiscalYear, cancelled: ActivityStatus.CANCELLED })
      .select('a.districtId', 'districtId')
      .addSelect('a.kind', 'kind')
      .addSelect('COUNT(*)', 'activities')
      .addSelect(`SUM(${committedCostSql('a')})`, 'committed')
      .addSelect(`SUM(${spentCostSql('a')})`, 'spent')
      .groupBy('a.districtId')
      .addGroupBy('a.kind')
      .getRawMany<Raw>(),
    session.scope.isProvinceWide
      ? selectPeopleMeasures(trainedAttendance(session, fiscalYear).andWhere('a.districtId IS NULL').select([])).getRawOne<Raw>()
      : null,
    budgetFor(session, fiscalYear),
    districtYears(session, fiscalYear),
  ]);

  const envelopes = new Map(budget.districts.map((e) => [e.district.id, e]));
  const rows: ReportRow[] = districts.map((district) => {
    const id = district.id;
    const envelope = envelopes.get(id);
    return asRecorded(
      assembleRow(district, {
        geography: { ...communes.get(id), ...villages.get(id), ...boards.get(id), ...registered.get(id) },
        people: trained.get(id) ?? {},
        categories: categoryRaws(trained.get(id) ?? {}),
        kinds: activities.filter((r) => r.districtId !== null && count(r.districtId) === id),
        money: { allocation: envelope?.allocation ?? 0, committed: envelope?.committed ?? 0, spent: envelope?.spent ?? 0 },
      }),
      records.get(id) ?? null,
      fiscalYear,
    );
  });

  const total = sumRows(rows);
  const provinceLevel = provincePeople
    ? provinceLevelSummary(
        provincePeople,
        activities.filter((r) => r.districtId === null),
      )
    : null;
  return {
    fiscalYear,
    province,
    generatedAt: new Date(),
    budget,
    districts: rows,
    total,
    provinceLevel,
    grandTotal: provinceLevel ? grandTotalOf(total, provinceLevel) : null,
  };
}

/** A district's figures as they stand, without the record: what approval freezes (`district`: the session narrowed to it). */
export async function districtFigures(district: RequestSession, fiscalYear: number): Promise<object> {
  const [row] = (await provinceReport(district, fiscalYear)).districts;
  return figuresOf(row);
}

const figuresOf = (row: ReportRow): object => {
  const { district: _district, yearStatus: _status, approved: _approved, liveFigures: _live, ...figures } = row;
  return figures;
};

/**
 * A district row as the year's record has it: an approved year answers the figures stored at approval
 * (whatever happened to communes or people since), with the live ones beside them only when they differ.
 */
function asRecorded(live: ReportRow, record: DistrictYear | null, fiscalYear: number): ReportRow {
  const yearStatus = yearStatusOf(record, live.district!.id, fiscalYear);
  if (record?.status !== YearStatusValue.APPROVED || !record.approvedFigures) return { ...live, yearStatus };
  const drifted = JSON.stringify(figuresOf(live)) !== record.approvedFigures;
  // A measure added after the approval has no stored value: it is taken live, and the row shows as drifted.
  const stored = JSON.parse(record.approvedFigures) as Partial<ReportRow>;
  return { ...live, ...stored, district: live.district, yearStatus, approved: true, liveFigures: drifted ? live : null };
}

function provinceLevelSummary(people: Raw, kinds: Raw[]): ProvinceLevelSummary {
  const activitiesByKind = kindCounts(kinds);
  return {
    activitiesByKind,
    activitiesOrganised: activitiesByKind.reduce((sum, k) => sum + k.activitiesOrganised, 0),
    peopleTrained: count(people.peopleTrained),
    peopleCompleted: count(people.peopleCompleted),
    personTimes: count(people.personTimes),
    womenTrained: count(people.womenTrained),
    ethnicMinorityTrained: count(people.ethnicMinorityTrained),
    committed: kinds.reduce((sum, r) => sum + count(r.committed), 0),
    spent: kinds.reduce((sum, r) => sum + count(r.spent), 0),
  };
}

/**
 * Districts plus the province level. Money and activities organised add the province level's; people
 * stay the districts' sum, because everyone at a province-level activity is already counted in their
 * own district (docs/DOMAIN.md, "Totals").
 */
function grandTotalOf(total: ReportRow, provinceLevel: ProvinceLevelSummary): ReportRow {
  const activitiesByKind = total.activitiesByKind.map((k) => ({
    kind: k.kind,
    activitiesOrganised: k.activitiesOrganised + (provinceLevel.activitiesByKind.find((p) => p.kind === k.kind)?.activitiesOrganised ?? 0),
  }));
  return {
    ...total,
    activitiesByKind,
    activitiesOrganised: total.activitiesOrganised + provinceLevel.activitiesOrganised,
    committed: total.committed + provinceLevel.committed,
    spent: total.spent + provinceLevel.spent,
  };
}

/** The total of `rows`: additive measures summed, shares recomputed from the sums. */
export function sumRows(rows: ReportRow[]): ReportRow {
  const sum = (key: keyof ReportRow) => rows.reduce((total, row) => total + (row[key] as number), 0);
  return assembleRow(null, {
    geography: Object.fromEntries(ADDITIVE_GEOGRAPHY.map((k) => [k, sum(k)])),
    people: Object.fromEntries(ADDITIVE_PEOPLE.map((k) => [k, sum(k)])),
    categories: rows.flatMap((row) => row.trainedByCategory.map((c) => ({ category: c.category, people: c.people }))),
    kinds: rows.flatMap((row) => row.activitiesByKind.map((k) => ({ kind: k.kind, activities: k.activitiesOrganised }))),
    money: { allocation: sum('allocation'), committed: sum('committed'), spent: sum('spent') },
  });
}

/** Distinct people trained of each category, as columns `category_<CATEGORY>` of the people query. */
function selectCategoryCounts<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>): SelectQueryBuilder<T> {
  for (const category of Object.values(ParticipantCategory))
    qb.addSelect(`COUNT(DISTINCT CASE WHEN p.category = '${category}' THEN p.id END)`, `category_${category}`);
  return qb;
}

const categoryRaws = (raw: Raw): Raw[] => Object.values(ParticipantCategory).map((category) => ({ category, people: raw[`category_${category}`] }));

async function byDistrict<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, groupColumn: string): Promise<ByDistrict> {
  const result: ByDistrict = new Map();
  for (const raw of await qb.groupBy(groupColumn).getRawMany<Raw>()) result.set(count(raw.districtId), raw);
  return result;
}

interface RowParts {
  geography: Raw;
  people: Raw;
  categories: Raw[];
  kinds: Raw[];
  money: { allocation: number; committed: number; spent: number };
}

function assembleRow(district: District | null, parts: RowParts): ReportRow {
  const g = parts.geography;
  const p = parts.people;
  const peopleTrained = count(p.peopleTrained);
  const especiallyDifficultCommunes = count(g.especiallyDifficultCommunes);
  const covered = count(p.especiallyDifficultCommunesCovered);
  const activitiesByKind = kindCounts(parts.kinds);
  return {
    district,
    communes: count(g.communes),
    especiallyDifficultCommunes,
    villages: count(g.villages),
    especiallyDifficultVillages: count(g.especiallyDifficultVillages),
    monitoringBoards: count(g.monitoringBoards),
    participantsRegistered: count(g.participantsRegistered),
    peopleTrained,
    peopleCompleted: count(p.peopleCompleted),
    personTimes: count(p.personTimes),
    womenTrained: count(p.womenTrained),
    ethnicMinorityTrained: count(p.ethnicMinorityTrained),
    womenShare: share(count(p.womenTrained), peopleTrained),
    ethnicMinorityShare: share(count(p.ethnicMinorityTrained), peopleTrained),
    trainedByCategory: categoryCounts(parts.categories),
    activitiesByKind,
    activitiesOrganised: activitiesByKind.reduce((sum, k) => sum + k.activitiesOrganised, 0),
    ...parts.money,
    especiallyDifficultCommunesCovered: covered,
    coverage: share(covered, especiallyDifficultCommunes),
    yearStatus: null,
    approved: false,
    liveFigures: null,
  };
}

/** Every category, in a fixed order, zero where nobody of it was trained. */
function categoryCounts(raws: Raw[]): CategoryCount[] {
  return Object.values(ParticipantCategory).map((category) => ({
    category,
    people: raws.filter((r) => r.category === category).reduce((sum, r) => sum + count(r.people), 0),
  }));
}

function kindCounts(raws: Raw[]): KindCount[] {
  return Object.values(ActivityKind).map((kind) => ({
    kind,
    activitiesOrganised: raws.filter((r) => r.kind === kind).reduce((sum, r) => sum + count(r.activities), 0),
  }));
}
