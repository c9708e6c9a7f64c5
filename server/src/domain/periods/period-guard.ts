import { In, type EntityManager } from 'typeorm';
import { isMysql } from '../../shared/sql-dialect';
import { periodLocked } from '../../shared/errors';
import { Activity } from '../activities/activity.entity';
import { Attendance } from '../activities/attendance.entity';
import { District } from '../geography/district.entity';
import { Province } from '../geography/province.entity';
import { DistrictAllocation } from '../funding/district-allocation.entity';
import { DistrictYear, LOCKED_STATUSES } from './district-year.entity';
import { ProvinceYear } from './province-year.entity';

/** A district's year (districtId) or the province level of a year (districtId null). */
export interface Period {
  provinceId: number;
  fiscalYear: number;
  districtId: number | null;
}

type Values = Record<string, unknown>;

/** The activity fields the figures read (docs/DOMAIN.md); an update that changes none of them (a version bump) changes no figure. */
const ACTIVITY_FIGURE_FIELDS = ['kind', 'status', 'plannedCost', 'actualCost', 'fiscalYear', 'districtId', 'startDate', 'provinceId'];

/**
 * The PERIOD_LOCKED rule, called by the Writer for every row it writes (and by the attendance import):
 * a write that changes a submitted or approved district-year's figures, or the province level of a
 * closed year, is refused and its transaction rolled back. It holds a shared lock on the district (or
 * province) rows while it reads the status, and every transition takes the same rows exclusively, so a
 * write racing a submission either commits before it or sees the new status and is refused.
 */
export async function assertPeriodsOpen(tx: EntityManager, entity: string, before: object | null, after: object | null): Promise<void> {
  const periods = await periodsTouched(tx, entity, (before ?? null) as Values | null, (after ?? null) as Values | null);
  await assertOpen(tx, periods);
}

/**
 * Periods this transaction already found open, under its shared lock: they stay open until it commits,
 * so a list of a hundred attendance rows checks its year once, not a hundred times.
 */
const seenOpen = new WeakMap<EntityManager, Set<string>>();
const keyOf = (p: Period) => `${p.provinceId}:${p.fiscalYear}:${p.districtId}`;

async function periodsTouched(tx: EntityManager, entity: string, before: Values | null, after: Values | null): Promise<Period[]> {
  const rows = [before, after].filter((row): row is Values => row !== null);
  if (entity === Activity.name) {
    if (before && after && ACTIVITY_FIGURE_FIELDS.every((f) => String(before[f]) === String(after[f]))) return [];
    const periods = rows.map((a) => period(a.provinceId, a.fiscalYear, a.districtId));
    // A province-level activity also carries the people of the districts that attended it.
    const id = before?.id as number | undefined;
    if (id !== undefined && before?.districtId === null) {
      const districts = await tx
        .getRepository(Attendance)
        .createQueryBuilder('at')
        .select('DISTINCT at.districtId', 'districtId')
        .where('at.activityId = :id', { id })
        .getRawMany<Values>();
      for (const row of rows) for (const d of districts) periods.push(period(row.provinceId, row.fiscalYear, d.districtId));
    }
    return periods;
  }
  if (entity === Attendance.name) {
    const activityId = (after ?? before)!.activityId as number;
    const activity = await activityOf(tx, activityId);
    if (!activity) return [];
    const people = rows.map((at) => period(activity.provinceId, activity.fiscalYear, at.districtId));
    return activity.districtId === null ? [...people, period(activity.provinceId, activity.fiscalYear, null)] : people;
  }
  if (entity === DistrictAllocation.name) return rows.map((a) => period(a.provinceId, a.fiscalYear, a.districtId));
  return [];
}

const activities = new WeakMap<EntityManager, Map<number, Activity | null>>();

/** The activity an attendance row belongs to, read once per transaction (a list writes many rows of one activity). */
async function activityOf(tx: EntityManager, id: number): Promise<Activity | null> {
  const known = activities.get(tx) ?? new Map<number, Activity | null>();
  activities.set(tx, known);
  if (!known.has(id))
    known.set(id, await tx.getRepository(Activity).findOne({ select: { id: true, provinceId: true, fiscalYear: true, districtId: true }, where: { id } }));
  return known.get(id) ?? null;
}

const period = (provinceId: unknown, fiscalYear: unknown, districtId: unknown): Period => ({
  provinceId: Number(provinceId),
  fiscalYear: Number(fiscalYear),
  districtId: districtId === null || districtId === undefined ? null : Number(districtId),
});

export async function assertOpen(tx: EntityManager, all: Period[]): Promise<void> {
  const seen = seenOpen.get(tx) ?? new Set<string>();
  const periods = all.filter((p) => !seen.has(keyOf(p)));
  if (periods.length === 0) return;
  await assertStillOpen(tx, periods);
  for (const p of periods) seen.add(keyOf(p));
  seenOpen.set(tx, seen);
}

async function assertStillOpen(tx: EntityManager, periods: Period[]): Promise<void> {
  const districtIds = [...new Set(periods.filter((p) => p.districtId !== null).map((p) => p.districtId as number))];
  const years = [...new Set(periods.map((p) => p.fiscalYear))];
  if (districtIds.length > 0) {
    await shareLock(tx, District, districtIds);
    const locked = await tx
      .getRepository(DistrictYear)
      .find({ where: { districtId: In(districtIds), fiscalYear: In(years), status: In([...LOCKED_STATUSES]) } });
    const hit = locked.find((y) => periods.some((p) => p.districtId === y.districtId && p.fiscalYear === y.fiscalYear));
    if (hit) {
      throw periodLocked({
        fiscalYear: hit.fiscalYear,
        districtId: hit.districtId,
        status: hit.status,
        lockedBy: hit.status === 'APPROVED' ? hit.approvedBy : hit.submittedBy,
      });
    }
  }
  const province = periods.filter((p) => p.districtId === null);
  if (province.length > 0) {
    const provinceIds = [...new Set(province.map((p) => p.provinceId))];
    await shareLock(tx, Province, provinceIds);
    const closed = await tx.getRepository(ProvinceYear).find({ where: { provinceId: In(provinceIds), fiscalYear: In(years) } });
    const hit = closed.find((y) => province.some((p) => p.provinceId === y.provinceId && p.fiscalYear === y.fiscalYear));
    if (hit) throw periodLocked({ fiscalYear: hit.fiscalYear, districtId: null, status: 'CLOSED', lockedBy: hit.closedBy });
  }
}

/**
 * A shared lock on MySQL/MariaDB (`LOCK IN SHARE MODE`, which both understand; MariaDB has no `FOR SHARE`):
 * writes of one district do not wait for each other, only for a transition (FOR UPDATE). SQLite
 * serialises writers already (db/transactions.ts).
 */
async function shareLock(tx: EntityManager, entity: typeof District | typeof Province, ids: number[]): Promise<void> {
  if (!isMysql(tx)) return;
  const table = tx.getRepository(entity).metadata.tableName;
  await tx.query(`SELECT id FROM \`${table}\` WHERE id IN (${ids.map(() => '?').join(', ')}) LOCK IN SHARE MODE`, ids);
}
