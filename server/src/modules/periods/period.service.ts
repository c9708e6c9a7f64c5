import type { RequestSession } from '../../session/request-session';
import { badInput, conflict, forbidden } from '../../shared/errors';
import { District } from '../../domain/geography/district.entity';
import { Province } from '../../domain/geography/province.entity';
import { DistrictYear, LOCKED_STATUSES, YearStatusValue } from '../../domain/periods/district-year.entity';
import { ProvinceYear } from '../../domain/periods/province-year.entity';
import type { ProvinceYearStatus, YearStatus } from './period.types';
import { render } from '../../shared/messages';

/** Computes a district's row of the year as it stands, to freeze it at approval (the reports module supplies it). */
export type FiguresOf = (district: RequestSession, fiscalYear: number) => Promise<object>;

export function yearStatusOf(row: DistrictYear | null, districtId: number, fiscalYear: number): YearStatus {
  const status = row?.status ?? YearStatusValue.OPEN;
  return {
    id: `${districtId}:${fiscalYear}`,
    districtId,
    fiscalYear,
    status,
    locked: LOCKED_STATUSES.includes(status),
    submittedBy: row?.submittedBy ?? null,
    submittedAt: row?.submittedAt ?? null,
    note: row?.note ?? null,
    decidedBy: row?.decidedBy ?? null,
    decidedAt: row?.decidedAt ?? null,
    reason: row?.reason ?? null,
    approvedBy: row?.approvedBy ?? null,
    approvedAt: row?.approvedAt ?? null,
  };
}

/** The records of a year of the districts the caller reaches (or of one of them), by district id (years nobody touched are absent: OPEN). */
export async function districtYears(session: RequestSession, fiscalYear: number, districtId?: number): Promise<Map<number, DistrictYear>> {
  const qb = session.rows(DistrictYear, 'dy').andWhere('dy.fiscalYear = :fiscalYear', { fiscalYear });
  if (districtId !== undefined) qb.andWhere('dy.districtId = :districtId', { districtId });
  const rows = await qb.getMany();
  return new Map(rows.map((r) => [r.districtId, r]));
}

export async function yearStatus(session: RequestSession, districtId: number | null | undefined, fiscalYear: number): Promise<YearStatus> {
  const id = districtOf(session, districtId);
  return yearStatusOf((await districtYears(session, fiscalYear, id)).get(id) ?? null, id, fiscalYear);
}

export async function provinceYearStatus(session: RequestSession, fiscalYear: number): Promise<ProvinceYearStatus> {
  const row = await session.rows(ProvinceYear, 'py').andWhere('py.fiscalYear = :fiscalYear', { fiscalYear }).getOne();
  return { fiscalYear, closed: row !== null, closedBy: row?.closedBy ?? null, closedAt: row?.closedAt ?? null };
}

/** The district a year mutation is about: the given one if the caller reaches it (else NOT_FOUND), or a district caller's own. */
function districtOf(session: RequestSession, districtId: number | null | undefined): number {
  if (districtId === null || districtId === undefined) {
    const own = session.caller.districtId;
    if (own === null) throw badInput('districtId', 'errors.nameTheDistrict');
    return own;
  }
  session.scope.narrowedTo(districtId); // NOT_FOUND before any SQL when the caller does not reach it
  return districtId;
}

/**
 * One transition: locks the district row exclusively (the PERIOD_LOCKED check holds it shared while a
 * write reads the status, so writes in flight finish first and later ones see the new status), checks
 * the current status and writes the record through the Writer, which audits it.
 */
function transition(
  session: RequestSession,
  districtId: number,
  fiscalYear: number,
  change: (current: DistrictYear | null) => Promise<Partial<DistrictYear>>,
): Promise<YearStatus> {
  return session.write(async (w) => {
    await w.locked(District, districtId);
    const current = await w
      .rows(DistrictYear, 'dy')
      .andWhere('dy.districtId = :districtId AND dy.fiscalYear = :fiscalYear', { districtId, fiscalYear })
      .getOne();
    const values = await change(current);
    // The record is held through its district's row (locked above), so it is updated without change().
    const saved = current
      ? await w.update(DistrictYear, current, values)
      : await w.create(DistrictYear, { districtId, fiscalYear, provinceId: w.scope.provinceId, ...values });
    return yearStatusOf(saved, districtId, fiscalYear);
  });
}

const statusOf = (row: DistrictYear | null) => row?.status ?? YearStatusValue.OPEN;
const statusName = (status: string) => render(`errors.periodStatus.${status}`);
const wrongStatus = (row: DistrictYear | null, wanted: string) =>
  conflict('DistrictYear', 'errors.wrongYearStatus', { status: statusName(statusOf(row)), wanted: statusName(wanted) });
const requireReason = (reason: string | null | undefined): string => {
  const text = reason?.trim() ?? '';
  if (text === '') throw badInput('reason', 'errors.giveReason');
  if (text.length > 1000) throw badInput('reason', 'errors.atMostChars', { max: 1000 });
  return text;
};

/**
 * Deciding on a district's year is the province admin's, a rule finer than the record's writers (the
 * district's manager writes it too, by submitting).
 */
function assertDecidesYears(session: RequestSession): void {
  session.scope.assertProvinceAdmin();
}

/** A district manager submits its own year (OPEN, RETURNED or REOPENED → SUBMITTED). */
export function submitYear(
  session: RequestSession,
  districtId: number | null | undefined,
  fiscalYear: number,
  note: string | null | undefined,
): Promise<YearStatus> {
  const id = districtOf(session, districtId);
  // Finer than the record's writers (the district's and the province admin): only the district submits.
  if (session.scope.isProvinceWide) throw forbidden('errors.districtSubmitsOwn');
  if ((note?.length ?? 0) > 1000) throw badInput('note', 'errors.atMostChars', { max: 1000 });
  const who = session.caller.label;
  return transition(session, id, fiscalYear, async (current) => {
    if (LOCKED_STATUSES.includes(statusOf(current))) throw wrongStatus(current, YearStatusValue.OPEN);
    return { status: YearStatusValue.SUBMITTED, submittedBy: who, submittedAt: new Date(), note: note?.trim() || null };
  });
}

/** The province admin approves a submitted year, freezing the district's figures as they stand. */
export function approveYear(session: RequestSession, districtId: number, fiscalYear: number, figuresOf: FiguresOf): Promise<YearStatus> {
  assertDecidesYears(session);
  const district = session.narrowedTo(districtId);
  const who = session.caller.label;
  return transition(session, districtId, fiscalYear, async (current) => {
    if (statusOf(current) !== YearStatusValue.SUBMITTED) throw wrongStatus(current, YearStatusValue.SUBMITTED);
    const now = new Date();
    const approvedFigures = JSON.stringify(await figuresOf(district, fiscalYear));
    return { status: YearStatusValue.APPROVED, approvedBy: who, approvedAt: now, decidedBy: who, decidedAt: now, reason: null, approvedFigures };
  });
}

/** The province admin returns a submitted year with a reason: the district can edit it again. */
export function returnYear(session: RequestSession, districtId: number, fiscalYear: number, reason: string): Promise<YearStatus> {
  assertDecidesYears(session);
  session.scope.narrowedTo(districtId);
  const text = requireReason(reason);
  const who = session.caller.label;
  return transition(session, districtId, fiscalYear, async (current) => {
    if (statusOf(current) !== YearStatusValue.SUBMITTED) throw wrongStatus(current, YearStatusValue.SUBMITTED);
    return { status: YearStatusValue.RETURNED, decidedBy: who, decidedAt: new Date(), reason: text };
  });
}

/** The province admin reopens an approved year with a reason: the report goes back to live figures. */
export function reopenYear(session: RequestSession, districtId: number, fiscalYear: number, reason: string): Promise<YearStatus> {
  assertDecidesYears(session);
  session.scope.narrowedTo(districtId);
  const text = requireReason(reason);
  const who = session.caller.label;
  return transition(session, districtId, fiscalYear, async (current) => {
    if (statusOf(current) !== YearStatusValue.APPROVED) throw wrongStatus(current, YearStatusValue.APPROVED);
    return { status: YearStatusValue.REOPENED, decidedBy: who, decidedAt: new Date(), reason: text, approvedFigures: null, approvedBy: null, approvedAt: null };
  });
}

/** The province admin closes a year: its province-level activities are locked from then on. */
export function closeProvinceYear(session: RequestSession, fiscalYear: number): Promise<ProvinceYearStatus> {
  const who = session.caller.label;
  return session.write(async (w) => {
    w.mayCreate(ProvinceYear, { provinceId: w.scope.provinceId }); // the province admin's, checked before the province is locked
    await w.locked(Province, w.scope.provinceId);
    if (await w.rows(ProvinceYear, 'py').andWhere('py.fiscalYear = :fiscalYear', { fiscalYear }).getExists())
      throw conflict('ProvinceYear', 'errors.yearAlreadyClosed', { year: fiscalYear });
    const row = await w.create(ProvinceYear, { provinceId: w.scope.provinceId, fiscalYear, closedBy: who, closedAt: new Date() });
    return { fiscalYear, closed: true, closedBy: row.closedBy, closedAt: row.closedAt };
  });
}
