import type { RequestSession } from '../../session/request-session';
import type { P135Status } from '../../domain/geography/commune.entity';
import { Commune } from '../../domain/geography/commune.entity';
import { Village } from '../../domain/geography/village.entity';
import { Activity, type ActivityKind, type ActivityStatus } from '../../domain/activities/activity.entity';
import { Attendance } from '../../domain/activities/attendance.entity';
import type { District } from '../../domain/geography/district.entity';
import type { Province } from '../../domain/geography/province.entity';
import { communesOfYear, count, trainedAttendance } from './trained-attendance';
import { provinceReport } from './province-report.service';
import type { ReportRow } from './report.types';

export interface CommuneLine {
  code: string;
  name: string;
  p135Status: P135Status;
  villages: number;
  peopleTrained: number;
}

export interface ActivityLine {
  title: string;
  kind: ActivityKind;
  status: ActivityStatus;
  startDate: string;
  endDate: string;
  plannedCost: number;
  actualCost: number | null;
  /** Attendance rows of the activity: people put down for it, those who attended, those who completed. */
  registered: number;
  attended: number;
  completed: number;
}

/** One district's year: its report row (as provinceReport answers it), its communes and its own activities. */
export interface DistrictReport {
  fiscalYear: number;
  province: Province;
  district: District;
  generatedAt: Date;
  row: ReportRow;
  communes: CommuneLine[];
  activities: ActivityLine[];
}

type Raw = Record<string, unknown>;

/**
 * The district report (docs/DOMAIN.md, "Printed reports"): `district` is the caller's session narrowed to the
 * district (RequestSession.narrowedTo), so every statement is scoped to it; nothing of another district is read.
 */
export async function districtReport(district: RequestSession, fiscalYear: number): Promise<DistrictReport> {
  const [report, communes, villages, trained, activities] = await Promise.all([
    provinceReport(district, fiscalYear),
    communesOfYear(district.rows(Commune, 'c'), 'c', fiscalYear).orderBy('c.code', 'ASC').getMany(),
    district.rows(Village, 'v').select('v.communeId', 'communeId').addSelect('COUNT(*)', 'villages').groupBy('v.communeId').getRawMany<Raw>(),
    trainedAttendance(district, fiscalYear)
      .select('p.communeId', 'communeId')
      .addSelect('COUNT(DISTINCT at.participantId)', 'people')
      .groupBy('p.communeId')
      .getRawMany<Raw>(),
    district
      .districtRows(Activity, 'a')
      .andWhere('a.fiscalYear = :fiscalYear', { fiscalYear })
      .leftJoin(Attendance, 'at', 'at.activityId = a.id')
      .select(['a.id AS id', 'a.title AS title', 'a.kind AS kind', 'a.status AS status', 'a.startDate AS startDate', 'a.endDate AS endDate'])
      .addSelect(['a.plannedCost AS plannedCost', 'a.actualCost AS actualCost'])
      .addSelect('COUNT(at.id)', 'registered')
      .addSelect('SUM(CASE WHEN at.attended = 1 THEN 1 ELSE 0 END)', 'attended')
      .addSelect('SUM(CASE WHEN at.completed = 1 THEN 1 ELSE 0 END)', 'completed')
      .groupBy('a.id')
      .addGroupBy('a.title')
      .addGroupBy('a.kind')
      .addGroupBy('a.status')
      .addGroupBy('a.startDate')
      .addGroupBy('a.endDate')
      .addGroupBy('a.plannedCost')
      .addGroupBy('a.actualCost')
      .orderBy('a.startDate', 'ASC')
      .addOrderBy('a.id', 'ASC')
      .getRawMany<Raw>(),
  ]);
  const [row] = report.districts;
  const byCommune = (raws: Raw[], key: string) => new Map(raws.map((r) => [count(r.communeId), count(r[key])]));
  const villagesOf = byCommune(villages, 'villages');
  const trainedOf = byCommune(trained, 'people');
  return {
    fiscalYear,
    province: report.province,
    district: row.district!,
    generatedAt: report.generatedAt,
    row,
    communes: communes.map((c) => ({
      code: c.code,
      name: c.name,
      p135Status: c.p135Status,
      villages: villagesOf.get(c.id) ?? 0,
      peopleTrained: trainedOf.get(c.id) ?? 0,
    })),
    activities: activities.map((a) => ({
      title: String(a.title),
      kind: a.kind as ActivityKind,
      status: a.status as ActivityStatus,
      startDate: dateOnly(a.startDate),
      endDate: dateOnly(a.endDate),
      plannedCost: count(a.plannedCost),
      actualCost: a.actualCost === null ? null : count(a.actualCost),
      registered: count(a.registered),
      attended: count(a.attended),
      completed: count(a.completed),
    })),
  };
}

/** A DATE column read raw: a string on SQLite, a string or Date on MariaDB depending on the driver's settings. */
const dateOnly = (value: unknown): string => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value).slice(0, 10));
