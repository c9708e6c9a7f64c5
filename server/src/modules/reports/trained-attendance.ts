import type { DataSource, SelectQueryBuilder } from 'typeorm';
import type { Scope } from '../../tenancy/scope';
import { Attendance } from '../activities/attendance.entity';
import { Activity, ActivityStatus } from '../activities/activity.entity';
import { Participant } from '../participants/participant.entity';
import { Commune, P135Status } from '../geography/commune.entity';
import { Gender } from '../participants/participant.entity';
import { KINH_CODE } from '../reference/ethnic-group.entity';

/**
 * What "trained in the year" means everywhere in the reports: an attendance marked attended at an
 * activity of that fiscal year that was completed (planned ones have not happened, cancelled ones never
 * will). Aliases: `at` attendance, `a` activity, `p` participant, `c` the participant's commune.
 * Scoped by the attendance's district, which is the participant's.
 */
export function trainedAttendance(db: DataSource, scope: Scope, fiscalYear: number): SelectQueryBuilder<Attendance> {
  const qb = db
    .getRepository(Attendance)
    .createQueryBuilder('at')
    .innerJoin(Activity, 'a', 'a.id = at.activityId')
    .innerJoin(Participant, 'p', 'p.id = at.participantId')
    .innerJoin(Commune, 'c', 'c.id = p.communeId')
    .where('a.fiscalYear = :fiscalYear', { fiscalYear })
    .andWhere('a.status = :completed', { completed: ActivityStatus.COMPLETED })
    .andWhere('at.attended = 1');
  // Redundant for the result (people in scope only attend activities of their province) but it lets
  // MySQL start from the year's activities of the province (ix_activity_province_year_kind) instead of
  // walking every attendance of the districts: 3× faster on national data (docs/SCALING.md).
  return scope.inDistricts(scope.inProvince(qb, 'a'), 'at');
}

/** The people measures over trained attendance, as SELECT expressions with their aliases. */
export const PEOPLE_MEASURES: readonly [string, string][] = [
  ['COUNT(DISTINCT at.participantId)', 'peopleTrained'],
  ['COUNT(*)', 'personTimes'],
  [`COUNT(DISTINCT CASE WHEN p.gender = '${Gender.FEMALE}' THEN p.id END)`, 'womenTrained'],
  [`COUNT(DISTINCT CASE WHEN p.ethnicGroupCode <> '${KINH_CODE}' THEN p.id END)`, 'ethnicMinorityTrained'],
  [`COUNT(DISTINCT CASE WHEN c.p135Status = '${P135Status.ESPECIALLY_DIFFICULT}' THEN c.id END)`, 'especiallyDifficultCommunesCovered'],
  ['COUNT(DISTINCT at.activityId)', 'activities'],
];

export function selectPeopleMeasures<T extends object>(qb: SelectQueryBuilder<T>): SelectQueryBuilder<T> {
  for (const [expression, alias] of PEOPLE_MEASURES) qb.addSelect(expression, alias);
  return qb;
}

/** Aggregates come back as strings from MySQL and numbers from SQLite. */
export const count = (value: unknown): number => (value === null || value === undefined ? 0 : Number(value));

export const share = (part: number, whole: number): number => (whole > 0 ? part / whole : 0);
