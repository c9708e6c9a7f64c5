import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { RequestSession } from '../../../session/request-session';
import { containsPattern } from '../../../shared/text';
import { maskPersonalData } from '../../../shared/personal-data';
import { Activity, ActivityKind, ActivityScope, ActivityStatus } from '../../../domain/activities/activity.entity';
import { Attendance } from '../../../domain/activities/attendance.entity';
import { Provider } from '../../../domain/activities/provider.entity';
import { Commune } from '../../../domain/geography/commune.entity';
import { District } from '../../../domain/geography/district.entity';
import { Participant } from '../../../domain/participants/participant.entity';
import { keysetPages, selectAs } from './keyset';
import type { QueryFilters } from './query-filters';
import type { ExportFormat, ExportValue, TableSink } from './table-sink';

export interface ActivityExportFilter {
  districtId: number | null;
  kind: ActivityKind | null;
  fiscalYear: number | null;
  status: ActivityStatus | null;
  provinceLevel: boolean | null;
  search: string | null;
}

export function activityFilterOf(q: QueryFilters): ActivityExportFilter {
  return {
    districtId: q.int('districtId'),
    kind: q.oneOf('kind', ActivityKind),
    fiscalYear: q.int('fiscalYear'),
    status: q.oneOf('status', ActivityStatus),
    provinceLevel: q.bool('provinceLevel'),
    search: q.text('search'),
  };
}

const KIND = { [ActivityKind.TRAINING]: 'Tập huấn', [ActivityKind.EXCHANGE]: 'Trao đổi kinh nghiệm' };
const SCOPE = { [ActivityScope.IN_PROVINCE]: 'Trong tỉnh', [ActivityScope.OUT_OF_PROVINCE]: 'Ngoài tỉnh' };
const STATUS = { [ActivityStatus.PLANNED]: 'Kế hoạch', [ActivityStatus.COMPLETED]: 'Đã thực hiện', [ActivityStatus.CANCELLED]: 'Đã hủy' };

const ACTIVITY_HEADERS = [
  'Mã hoạt động',
  'Loại',
  'Phạm vi',
  'Tên hoạt động',
  'Chủ đề',
  'Ngày bắt đầu',
  'Ngày kết thúc',
  'Địa điểm',
  'Đơn vị thực hiện',
  'Năm ngân sách',
  'Kinh phí dự kiến',
  'Kinh phí thực tế',
  'Trạng thái',
  'Cấp',
];
/** The attendance columns read back by the attendance import (the activity's id and title are ignored there). */
const ATTENDANCE_HEADERS = ['Họ và tên', 'Năm sinh', 'Số CCCD/CMND', 'Mã xã', 'Xã', 'Có mặt', 'Hoàn thành'];

interface RawActivity {
  id: number;
  kind: ActivityKind;
  scope: ActivityScope;
  title: string;
  topic: string | null;
  startDate: string;
  endDate: string;
  location: string | null;
  providerName: string | null;
  fiscalYear: number;
  plannedCost: string | number;
  actualCost: string | number | null;
  status: ActivityStatus;
  districtName: string | null;
}

interface RawAttendance {
  id: number;
  activityId: number;
  title: string;
  fullName: string;
  birthYear: number;
  idNumber: string | null;
  communeCode: string;
  communeName: string;
  attended: number | boolean;
  completed: number | boolean;
}

/**
 * Activities the caller sees with their attendance (only the caller's own people on a province-level
 * activity). XLSX: a sheet of activities and a sheet of attendance; CSV: one line per attendance.
 * ID numbers are masked as in the API for callers without the personalData grant.
 */
export async function exportActivities(session: RequestSession, filter: ActivityExportFilter, format: ExportFormat, sink: TableSink): Promise<void> {
  const activities = () => activityRows(session, filter);
  const personal = session.scope.seesPersonalData ? (value: string | null) => value : maskPersonalData;
  if (format === 'xlsx') {
    await sink.table('Hoạt động', ACTIVITY_HEADERS);
    for await (const page of keysetPages<RawActivity>(activities, 'a.id')) for (const a of page) await sink.row(activityCells(a));
    await sink.table('Điểm danh', ['Mã hoạt động', 'Tên hoạt động', ...ATTENDANCE_HEADERS]);
    for await (const page of keysetPages<RawAttendance>(() => attendanceRows(session, filter), 'at.id')) {
      for (const at of page) await sink.row([Number(at.activityId), at.title, ...attendanceCells(at, personal)]);
    }
    return;
  }
  await sink.table('Hoạt động', [...ACTIVITY_HEADERS, ...ATTENDANCE_HEADERS]);
  for await (const page of keysetPages<RawActivity>(activities, 'a.id')) {
    const ids = page.map((a) => Number(a.id));
    const attendance = await attendanceRows(session, filter)
      .andWhere('at.activityId IN (:...ids)', { ids })
      .orderBy('at.activityId')
      .addOrderBy('at.id')
      .getRawMany<RawAttendance>();
    const byActivity = new Map<number, RawAttendance[]>();
    for (const at of attendance) byActivity.set(Number(at.activityId), [...(byActivity.get(Number(at.activityId)) ?? []), at]);
    for (const a of page) {
      const rows = byActivity.get(Number(a.id)) ?? [];
      if (rows.length === 0) await sink.row([...activityCells(a), ...ATTENDANCE_HEADERS.map(() => null)]);
      for (const at of rows) await sink.row([...activityCells(a), ...attendanceCells(at, personal)]);
    }
  }
}

function activityRows(session: RequestSession, filter: ActivityExportFilter): SelectQueryBuilder<ObjectLiteral> {
  const qb = applyActivityFilter(session.rows(Activity, 'a'), filter)
    .leftJoin(Provider, 'pr', 'pr.id = a.providerId')
    .leftJoin(District, 'd', 'd.id = a.districtId');
  return selectAs(qb, {
    id: 'a.id',
    kind: 'a.kind',
    scope: 'a.scope',
    title: 'a.title',
    topic: 'a.topic',
    startDate: 'a.startDate',
    endDate: 'a.endDate',
    location: 'a.location',
    providerName: 'pr.name',
    fiscalYear: 'a.fiscalYear',
    plannedCost: 'a.plannedCost',
    actualCost: 'a.actualCost',
    status: 'a.status',
    districtName: 'd.name',
  });
}

function attendanceRows(session: RequestSession, filter: ActivityExportFilter): SelectQueryBuilder<ObjectLiteral> {
  const qb = session.rows(Attendance, 'at').innerJoin(Activity, 'a', 'a.id = at.activityId');
  applyActivityFilter(session.reachedIn(qb, Activity, 'a'), filter)
    .innerJoin(Participant, 'p', 'p.id = at.participantId')
    .innerJoin(Commune, 'c', 'c.id = p.communeId');
  return selectAs(qb, {
    id: 'at.id',
    activityId: 'at.activityId',
    title: 'a.title',
    fullName: 'p.fullName',
    birthYear: 'p.birthYear',
    idNumber: 'p.idNumber',
    communeCode: 'c.code',
    communeName: 'c.name',
    attended: 'at.attended',
    completed: 'at.completed',
  });
}

/** The GraphQL activities list's filters, with the same meanings. */
function applyActivityFilter<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, filter: ActivityExportFilter): SelectQueryBuilder<T> {
  if (filter.districtId !== null) qb.andWhere('a.districtId = :fDistrictId', { fDistrictId: filter.districtId });
  if (filter.kind) qb.andWhere('a.kind = :fKind', { fKind: filter.kind });
  if (filter.fiscalYear !== null) qb.andWhere('a.fiscalYear = :fYear', { fYear: filter.fiscalYear });
  if (filter.status) qb.andWhere('a.status = :fStatus', { fStatus: filter.status });
  if (filter.provinceLevel === true) qb.andWhere('a.districtId IS NULL');
  if (filter.provinceLevel === false) qb.andWhere('a.districtId IS NOT NULL');
  if (filter.search) qb.andWhere("a.searchTitle LIKE :fSearch ESCAPE '!'", { fSearch: containsPattern(filter.search) });
  return qb;
}

function activityCells(a: RawActivity): ExportValue[] {
  return [
    Number(a.id),
    KIND[a.kind],
    SCOPE[a.scope],
    a.title,
    a.topic,
    vietnameseDate(a.startDate),
    vietnameseDate(a.endDate),
    a.location,
    a.providerName,
    Number(a.fiscalYear),
    Number(a.plannedCost),
    a.actualCost === null ? null : Number(a.actualCost),
    STATUS[a.status],
    a.districtName ?? 'Tỉnh',
  ];
}

function attendanceCells(at: RawAttendance, personal: (value: string | null) => string | null): ExportValue[] {
  return [
    at.fullName,
    Number(at.birthYear),
    personal(at.idNumber),
    at.communeCode,
    at.communeName,
    Number(at.attended) ? 'Có' : 'Không',
    Number(at.completed) ? 'Có' : 'Không',
  ];
}

/** dd/mm/yyyy, as Vietnamese spreadsheets write dates. */
function vietnameseDate(ymd: string | Date): string {
  const text = typeof ymd === 'string' ? ymd.slice(0, 10) : ymd.toISOString().slice(0, 10);
  const [y, m, d] = text.split('-');
  return `${d}/${m}/${y}`;
}
