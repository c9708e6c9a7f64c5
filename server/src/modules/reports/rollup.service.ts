import type { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { RequestSession } from '../../session/request-session';
import { monthOf } from '../../shared/sql-dialect';
import { KINH_CODE } from '../../domain/reference/ethnic-group.entity';
import { Activity, ActivityStatus } from '../../domain/activities/activity.entity';
import { committedCostSql, spentCostSql } from '../funding/budget.service';
import { count, selectPeopleMeasures, trainedAttendance } from './trained-attendance';
import { PEOPLE_ONLY_DIMENSIONS, RollupDimension, type RollupFilter, type RollupRow } from './rollup.types';

type Raw = Record<string, unknown>;
const PROVINCE_LEVEL_SQL = 'CASE WHEN a.districtId IS NULL THEN 1 ELSE 0 END';

/** The SQL expression behind each dimension of the people measures, over the aliases of trainedAttendance(). */
function peopleDimensionSql(db: DataSource): Record<RollupDimension, string> {
  return {
    [RollupDimension.DISTRICT]: 'at.districtId',
    [RollupDimension.COMMUNE]: 'p.communeId',
    [RollupDimension.CATEGORY]: 'p.category',
    [RollupDimension.GENDER]: 'p.gender',
    [RollupDimension.ETHNIC_GROUP]: 'p.ethnicGroupCode',
    [RollupDimension.ACTIVITY_KIND]: 'a.kind',
    [RollupDimension.MONTH]: monthOf(db, 'a.startDate'),
    [RollupDimension.PROVINCE_LEVEL]: PROVINCE_LEVEL_SQL,
  };
}

/** The same for the money measures, over the activity alias `a`: the district is the organiser's. */
function moneyDimensionSql(db: DataSource): Partial<Record<RollupDimension, string>> {
  return {
    [RollupDimension.DISTRICT]: 'a.districtId',
    [RollupDimension.ACTIVITY_KIND]: 'a.kind',
    [RollupDimension.MONTH]: monthOf(db, 'a.startDate'),
    [RollupDimension.PROVINCE_LEVEL]: PROVINCE_LEVEL_SQL,
  };
}

/**
 * rollup (docs/DOMAIN.md): the people measures of a year grouped by any of the dimensions in one GROUP BY
 * over the trained attendance, and the money measures in one GROUP BY over the activities when every
 * grouping and filter is one an activity has. Both are scoped like everything else (a district caller's
 * rows are its own district's); JavaScript only lays the two grouped results side by side by key.
 */
export async function rollup(session: RequestSession, fiscalYear: number, groupBy: RollupDimension[], filter: RollupFilter | null): Promise<RollupRow[]> {
  // session.db only names the engine, whose SQL for "the month of a date" differs (shared/sql-dialect.ts).
  const people = groupAll(trainedAttendance(session, fiscalYear).select([]), groupBy, peopleDimensionSql(session.db));
  selectPeopleMeasures(people);
  if (filter?.districtId != null) people.andWhere('at.districtId = :fDistrict', { fDistrict: filter.districtId });
  if (filter?.communeId != null) people.andWhere('p.communeId = :fCommune', { fCommune: filter.communeId });
  if (filter?.category) people.andWhere('p.category = :fCategory', { fCategory: filter.category });
  if (filter?.gender) people.andWhere('p.gender = :fGender', { fGender: filter.gender });
  if (filter?.ethnicMinority === true) people.andWhere('p.ethnicGroupCode <> :kinh', { kinh: KINH_CODE });
  if (filter?.ethnicMinority === false) people.andWhere('p.ethnicGroupCode = :kinh', { kinh: KINH_CODE });
  filterActivities(people, filter);

  const personal =
    groupBy.some((d) => PEOPLE_ONLY_DIMENSIONS.includes(d)) ||
    filter?.communeId != null ||
    !!filter?.category ||
    !!filter?.gender ||
    filter?.ethnicMinority != null;
  const [peopleRaws, moneyRaws] = await Promise.all([
    people.getRawMany<Raw>(),
    personal ? null : moneyQuery(session, fiscalYear, groupBy, filter).getRawMany<Raw>(),
  ]);

  const rows = new Map<string, { keys: unknown[]; people?: Raw; money?: Raw }>();
  const keysOf = (raw: Raw) => groupBy.map((dimension, i) => normaliseKey(dimension, raw[`g${i}`]));
  for (const raw of peopleRaws) rows.set(JSON.stringify(keysOf(raw)), { keys: keysOf(raw), people: raw });
  for (const raw of moneyRaws ?? []) {
    const key = JSON.stringify(keysOf(raw));
    rows.set(key, { keys: keysOf(raw), ...rows.get(key), money: raw });
  }
  return [...rows.values()]
    .sort((x, y) => compareKeys(x.keys, y.keys))
    .map(({ keys, people: p = {}, money: m }) => {
      const key = (dimension: RollupDimension): unknown => {
        const i = groupBy.indexOf(dimension);
        return i < 0 ? null : keys[i];
      };
      return {
        districtId: key(RollupDimension.DISTRICT) as number | null,
        communeId: key(RollupDimension.COMMUNE) as number | null,
        ethnicGroupCode: key(RollupDimension.ETHNIC_GROUP) as string | null,
        category: key(RollupDimension.CATEGORY) as RollupRow['category'],
        gender: key(RollupDimension.GENDER) as RollupRow['gender'],
        activityKind: key(RollupDimension.ACTIVITY_KIND) as RollupRow['activityKind'],
        month: key(RollupDimension.MONTH) as number | null,
        provinceLevel: key(RollupDimension.PROVINCE_LEVEL) === null ? null : key(RollupDimension.PROVINCE_LEVEL) === 1,
        peopleTrained: count(p.peopleTrained),
        peopleCompleted: count(p.peopleCompleted),
        personTimes: count(p.personTimes),
        womenTrained: count(p.womenTrained),
        ethnicMinorityTrained: count(p.ethnicMinorityTrained),
        activitiesAttended: count(p.activitiesAttended),
        activitiesOrganised: personal ? null : count(m?.activities),
        committed: personal ? null : count(m?.committed),
        spent: personal ? null : count(m?.spent),
      };
    });
}

/** Activities organised in the year (not cancelled) with their committed and spent cost, grouped alike. */
function moneyQuery(session: RequestSession, fiscalYear: number, groupBy: RollupDimension[], filter: RollupFilter | null): SelectQueryBuilder<Activity> {
  const qb = session
    .ownRows(Activity, 'a')
    .andWhere('a.fiscalYear = :fiscalYear AND a.status <> :cancelled', { fiscalYear, cancelled: ActivityStatus.CANCELLED });
  groupAll(qb.select([]), groupBy, moneyDimensionSql(session.db))
    .addSelect('COUNT(*)', 'activities')
    .addSelect(`SUM(${committedCostSql('a')})`, 'committed')
    .addSelect(`SUM(${spentCostSql('a')})`, 'spent');
  if (filter?.districtId != null) qb.andWhere('a.districtId = :fDistrict', { fDistrict: filter.districtId });
  return filterActivities(qb, filter);
}

function groupAll<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  groupBy: RollupDimension[],
  sql: Partial<Record<RollupDimension, string>>,
): SelectQueryBuilder<T> {
  groupBy.forEach((dimension, i) => {
    const expression = sql[dimension] as string;
    qb.addSelect(expression, `g${i}`).addGroupBy(expression);
  });
  return qb;
}

function filterActivities<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, filter: RollupFilter | null): SelectQueryBuilder<T> {
  if (filter?.activityKind) qb.andWhere('a.kind = :fKind', { fKind: filter.activityKind });
  if (filter?.provinceLevel === true) qb.andWhere('a.districtId IS NULL');
  if (filter?.provinceLevel === false) qb.andWhere('a.districtId IS NOT NULL');
  return qb;
}

const NUMERIC_KEYS: readonly RollupDimension[] = [RollupDimension.DISTRICT, RollupDimension.COMMUNE, RollupDimension.MONTH, RollupDimension.PROVINCE_LEVEL];

/** Keys as one type on both engines (MySQL answers some as strings), so the two results meet. */
function normaliseKey(dimension: RollupDimension, value: unknown): number | string | null {
  if (value === null || value === undefined) return null;
  return NUMERIC_KEYS.includes(dimension) ? Number(value) : String(value);
}

/** Ascending by each grouped key in turn, null first (as both engines order NULL). */
function compareKeys(x: unknown[], y: unknown[]): number {
  for (let i = 0; i < x.length; i++) {
    const [a, b] = [x[i], y[i]];
    if (a === b) continue;
    if (a === null) return -1;
    if (b === null) return 1;
    return (a as number | string) < (b as number | string) ? -1 : 1;
  }
  return 0;
}
