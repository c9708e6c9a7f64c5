import type { DataSource } from 'typeorm';
import type { Scope } from '../../tenancy/scope';
import { monthOf } from '../../db/dialect';
import { KINH_CODE } from '../reference/ethnic-group.entity';
import { count, selectPeopleMeasures, trainedAttendance } from './trained-attendance';
import { RollupDimension, type RollupFilter, type RollupRow } from './rollup.types';

/** The SQL expression behind each dimension, over the aliases of trainedAttendance(). */
function dimensionSql(db: DataSource): Record<RollupDimension, string> {
  return {
    [RollupDimension.DISTRICT]: 'at.districtId',
    [RollupDimension.COMMUNE]: 'p.communeId',
    [RollupDimension.CATEGORY]: 'p.category',
    [RollupDimension.GENDER]: 'p.gender',
    [RollupDimension.ETHNIC_GROUP]: 'p.ethnicGroupCode',
    [RollupDimension.ACTIVITY_KIND]: 'a.kind',
    [RollupDimension.MONTH]: monthOf(db, 'a.startDate'),
  };
}

/**
 * rollup (SPEC §4): the people measures of a year grouped by any of the dimensions, in one GROUP BY
 * statement, scoped like everything else (a district caller's rows are its own district's).
 */
export async function rollup(db: DataSource, scope: Scope, fiscalYear: number, groupBy: RollupDimension[], filter: RollupFilter | null): Promise<RollupRow[]> {
  const sql = dimensionSql(db);
  const qb = trainedAttendance(db, scope, fiscalYear).select([]);
  groupBy.forEach((dimension, i) => {
    qb.addSelect(sql[dimension], `g${i}`).addGroupBy(sql[dimension]).addOrderBy(sql[dimension], 'ASC');
  });
  selectPeopleMeasures(qb);
  if (filter?.districtId != null) qb.andWhere('at.districtId = :fDistrict', { fDistrict: filter.districtId });
  if (filter?.communeId != null) qb.andWhere('p.communeId = :fCommune', { fCommune: filter.communeId });
  if (filter?.category) qb.andWhere('p.category = :fCategory', { fCategory: filter.category });
  if (filter?.gender) qb.andWhere('p.gender = :fGender', { fGender: filter.gender });
  if (filter?.activityKind) qb.andWhere('a.kind = :fKind', { fKind: filter.activityKind });
  if (filter?.ethnicMinority === true) qb.andWhere('p.ethnicGroupCode <> :kinh', { kinh: KINH_CODE });
  if (filter?.ethnicMinority === false) qb.andWhere('p.ethnicGroupCode = :kinh', { kinh: KINH_CODE });

  const raws = await qb.getRawMany<Record<string, unknown>>();
  return raws.map((raw) => {
    const key = (dimension: RollupDimension): unknown => {
      const i = groupBy.indexOf(dimension);
      return i < 0 ? null : raw[`g${i}`];
    };
    const id = (value: unknown) => (value === null || value === undefined ? null : Number(value));
    return {
      districtId: id(key(RollupDimension.DISTRICT)),
      communeId: id(key(RollupDimension.COMMUNE)),
      ethnicGroupCode: (key(RollupDimension.ETHNIC_GROUP) as string | null) ?? null,
      category: (key(RollupDimension.CATEGORY) as RollupRow['category']) ?? null,
      gender: (key(RollupDimension.GENDER) as RollupRow['gender']) ?? null,
      activityKind: (key(RollupDimension.ACTIVITY_KIND) as RollupRow['activityKind']) ?? null,
      month: id(key(RollupDimension.MONTH)),
      peopleTrained: count(raw.peopleTrained),
      personTimes: count(raw.personTimes),
      womenTrained: count(raw.womenTrained),
      ethnicMinorityTrained: count(raw.ethnicMinorityTrained),
      activities: count(raw.activities),
    };
  });
}
