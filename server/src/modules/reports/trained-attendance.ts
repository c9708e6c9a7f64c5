import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { RequestSession } from '../../session/request-session';
import { Attendance } from '../../domain/activities/attendance.entity';
import { Activity, ActivityStatus } from '../../domain/activities/activity.entity';
import { Participant } from '../../domain/participants/participant.entity';
import { Commune, P135Status } from '../../domain/geography/commune.entity';
import { Gender } from '../../domain/participants/participant.entity';
import { KINH_CODE } from '../../domain/reference/ethnic-group.entity';

/**
 * The commune set of a fiscal year (docs/DOMAIN.md, "The communes of a year"): communes in service at
 * any time during the year, i.e. not retired on or before 1 January 00:00. Every commune measure of a report row
 * (communes, especially difficult ones, those covered, villages, boards) filters with this one condition.
 * The query must carry the `yearStart` parameter (see yearStart()).
 */
export const inServiceDuringYear = (alias: string): string => `(${alias}.retiredAt IS NULL OR ${alias}.retiredAt > :yearStart)`;

/**
 * 1 January of the fiscal year (UTC, as retiredAt is stored). A Date, not a string: each driver then
 * writes it in the very format it stores datetimes in, so the comparison is exact on both engines.
 */
export const yearStart = (fiscalYear: number): Date => new Date(Date.UTC(fiscalYear, 0, 1));

export function communesOfYear<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, alias: string, fiscalYear: number): SelectQueryBuilder<T> {
  return qb.andWhere(inServiceDuringYear(alias), { yearStart: yearStart(fiscalYear) });
}

/**
 * What "trained in the year" means everywhere in the reports (docs/DOMAIN.md): an attendance marked
 * attended at an activity of that fiscal year that was completed (planned ones have not happened,
 * cancelled ones never will). Aliases: `at` attendance, `a` activity, `p` participant, `c` the
 * participant's commune. Scoped by the attendance's district, which is the participant's.
 */
export function trainedAttendance(session: RequestSession, fiscalYear: number): SelectQueryBuilder<Attendance> {
  const qb = session
    .rows(Attendance, 'at')
    .innerJoin(Activity, 'a', 'a.id = at.activityId')
    .innerJoin(Participant, 'p', 'p.id = at.participantId')
    .innerJoin(Commune, 'c', 'c.id = p.communeId')
    .andWhere('a.fiscalYear = :fiscalYear', { fiscalYear, yearStart: yearStart(fiscalYear) })
    .andWhere('a.status = :completed', { completed: ActivityStatus.COMPLETED })
    .andWhere('at.attended = 1');
  // Redundant for the result (people in scope only attend activities of their province) but it lets
  // MySQL start from the year's activities of the province (ix_activity_province_year_kind) instead of
  // walking every attendance of the districts: 3× faster on national data (docs/SCALING.md).
  return session.inCallerProvince(qb, 'a');
}

/** The people measures over trained attendance, as SELECT expressions with their aliases (docs/DOMAIN.md). */
export const PEOPLE_MEASURES: readonly [string, string][] = [
  ['COUNT(DISTINCT at.participantId)', 'peopleTrained'],
  ['COUNT(DISTINCT CASE WHEN at.completed = 1 THEN at.participantId END)', 'peopleCompleted'],
  ['COUNT(*)', 'personTimes'],
  [`COUNT(DISTINCT CASE WHEN p.gender = '${Gender.FEMALE}' THEN p.id END)`, 'womenTrained'],
  [`COUNT(DISTINCT CASE WHEN p.ethnicGroupCode <> '${KINH_CODE}' THEN p.id END)`, 'ethnicMinorityTrained'],
  ['COUNT(DISTINCT at.activityId)', 'activitiesAttended'],
];

/** Especially difficult communes of the year's set with someone trained: only the report rows group by district. */
export const COVERED_MEASURE: [string, string] = [
  `COUNT(DISTINCT CASE WHEN c.p135Status = '${P135Status.ESPECIALLY_DIFFICULT}' AND ${inServiceDuringYear('c')} THEN c.id END)`,
  'especiallyDifficultCommunesCovered',
];

export function selectPeopleMeasures<T extends object>(qb: SelectQueryBuilder<T>): SelectQueryBuilder<T> {
  for (const [expression, alias] of PEOPLE_MEASURES) qb.addSelect(expression, alias);
  return qb;
}

/** Aggregates come back as strings from MySQL and numbers from SQLite. */
export const count = (value: unknown): number => (value === null || value === undefined ? 0 : Number(value));

/** A share of a whole; null when the whole is 0 (nothing to take a share of), never a misleading 0. */
export const share = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);
