import { In, type DataSource, type EntityManager } from 'typeorm';
import type { Scope } from '../../tenancy/scope';
import { lockForUpdate } from '../../tenancy/scope';
import { write } from '../../session/writer';
import { badInput, conflict, forbidden } from '../../shared/errors';
import { District } from '../../domain/geography/district.entity';
import { Province } from '../../domain/geography/province.entity';
import { DistrictYear, LOCKED_STATUSES, YearStatusValue } from '../../domain/periods/district-year.entity';
import { ProvinceYear } from '../../domain/periods/province-year.entity';
import type { ProvinceYearStatus, YearStatus } from './period.types';
import { render } from '../../shared/messages';

/** Computes a district's row of the year as it stands, to freeze it at approval (the reports module supplies it). */
export type FiguresOf = (scope: Scope, fiscalYear: number) => Promise<object>;

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

/** The records of a year for some districts, by district id (years nobody touched are absent: OPEN). */
export async function districtYears(manager: EntityManager, districtIds: readonly number[], fiscalYear: number): Promise<Map<number, DistrictYear>> {
  if (districtIds.length === 0) return new Map();
  const rows = await manager.getRepository(DistrictYear).find({ where: { districtId: In([...districtIds]), fiscalYear } });
  return new Map(rows.map((r) => [r.districtId, r]));
}

export async function yearStatus(db: DataSource, scope: Scope, districtId: number | null | undefined, fiscalYear: number): Promise<YearStatus> {
  const id = districtOf(scope, districtId);
  return yearStatusOf((await districtYears(db.manager, [id], fiscalYear)).get(id) ?? null, id, fiscalYear);
}

export async function provinceYearStatus(db: DataSource, scope: Scope, fiscalYear: number): Promise<ProvinceYearStatus> {
  const row = await db.getRepository(ProvinceYear).findOneBy({ provinceId: scope.provinceId, fiscalYear });
  return { fiscalYear, closed: row !== null, closedBy: row?.closedBy ?? null, closedAt: row?.closedAt ?? null };
}

/** The district a year mutation is about: the given one if the caller reaches it (else NOT_FOUND), or a district caller's own. */
function districtOf(scope: Scope, districtId: number | null | undefined): number {
  if (districtId === null || districtId === undefined) {
    const own = scope.requireCaller().districtId;
    if (own === null) throw badInput('districtId', 'errors.nameTheDistrict');
    return own;
  }
  scope.narrowedTo(districtId);
  return districtId;
}

/**
 * One transition: locks the district row exclusively (the PERIOD_LOCKED check holds it shared while a
 * write reads the status, so writes in flight finish first and later ones see the new status), checks
 * the current status and writes the record through the Writer, which audits it.
 */
function transition(
  db: DataSource,
  scope: Scope,
  districtId: number,
  fiscalYear: number,
  change: (current: DistrictYear | null, tx: EntityManager) => Promise<Partial<DistrictYear>>,
): Promise<YearStatus> {
  return write(db, scope, async (w) => {
    await lockForUpdate(w.tx, w.tx.getRepository(District).createQueryBuilder('d').where('d.id = :districtId', { districtId })).getOne();
    const current = await w.tx.getRepository(DistrictYear).findOneBy({ districtId, fiscalYear });
    const values = await change(current, w.tx);
    const saved = current
      ? await w.update(DistrictYear, current, current.version, values)
      : await w.create(DistrictYear, { districtId, fiscalYear, provinceId: scope.provinceId, ...values });
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

/** A district manager submits its own year (OPEN, RETURNED or REOPENED → SUBMITTED). */
export function submitYear(db: DataSource, scope: Scope, districtId: number | null | undefined, fiscalYear: number, note: string | null | undefined): Promise<YearStatus> {
  const id = districtOf(scope, districtId);
  scope.assertCanWriteDistrict(id);
  if (scope.isProvinceWide) throw forbidden('errors.districtSubmitsOwn');
  if ((note?.length ?? 0) > 1000) throw badInput('note', 'errors.atMostChars', { max: 1000 });
  const who = scope.requireCaller().label;
  return transition(db, scope, id, fiscalYear, async (current) => {
    if (LOCKED_STATUSES.includes(statusOf(current))) throw wrongStatus(current, YearStatusValue.OPEN);
    return { status: YearStatusValue.SUBMITTED, submittedBy: who, submittedAt: new Date(), note: note?.trim() || null };
  });
}

/** The province admin approves a submitted year, freezing the district's figures as they stand. */
export function approveYear(db: DataSource, scope: Scope, districtId: number, fiscalYear: number, figuresOf: FiguresOf): Promise<YearStatus> {
  scope.assertProvinceAdmin();
  const district = scope.narrowedTo(districtId);
  const who = scope.requireCaller().label;
  return transition(db, scope, districtId, fiscalYear, async (current) => {
    if (statusOf(current) !== YearStatusValue.SUBMITTED) throw wrongStatus(current, YearStatusValue.SUBMITTED);
    const now = new Date();
    const approvedFigures = JSON.stringify(await figuresOf(district, fiscalYear));
    return { status: YearStatusValue.APPROVED, approvedBy: who, approvedAt: now, decidedBy: who, decidedAt: now, reason: null, approvedFigures };
  });
}

/** The province admin returns a submitted year with a reason: the district can edit it again. */
export function returnYear(db: DataSource, scope: Scope, districtId: number, fiscalYear: number, reason: string): Promise<YearStatus> {
  scope.assertProvinceAdmin();
  scope.narrowedTo(districtId);
  const text = requireReason(reason);
  const who = scope.requireCaller().label;
  return transition(db, scope, districtId, fiscalYear, async (current) => {
    if (statusOf(current) !== YearStatusValue.SUBMITTED) throw wrongStatus(current, YearStatusValue.SUBMITTED);
    return { status: YearStatusValue.RETURNED, decidedBy: who, decidedAt: new Date(), reason: text };
  });
}

/** The province admin reopens an approved year with a reason: the report goes back to live figures. */
export function reopenYear(db: DataSource, scope: Scope, districtId: number, fiscalYear: number, reason: string): Promise<YearStatus> {
  scope.assertProvinceAdmin();
  scope.narrowedTo(districtId);
  const text = requireReason(reason);
  const who = scope.requireCaller().label;
  return transition(db, scope, districtId, fiscalYear, async (current) => {
    if (statusOf(current) !== YearStatusValue.APPROVED) throw wrongStatus(current, YearStatusValue.APPROVED);
    return { status: YearStatusValue.REOPENED, decidedBy: who, decidedAt: new Date(), reason: text, approvedFigures: null, approvedBy: null, approvedAt: null };
  });
}

/** The province admin closes a year: its province-level activities are locked from then on. */
export function closeProvinceYear(db: DataSource, scope: Scope, fiscalYear: number): Promise<ProvinceYearStatus> {
  scope.assertProvinceAdmin();
  const who = scope.requireCaller().label;
  return write(db, scope, async (w) => {
    await lockForUpdate(w.tx, w.tx.getRepository(Province).createQueryBuilder('p').where('p.id = :id', { id: scope.provinceId })).getOne();
    if (await w.tx.getRepository(ProvinceYear).existsBy({ provinceId: scope.provinceId, fiscalYear })) throw conflict('ProvinceYear', 'errors.yearAlreadyClosed', { year: fiscalYear });
    const row = await w.create(ProvinceYear, { provinceId: scope.provinceId, fiscalYear, closedBy: who, closedAt: new Date() });
    return { fiscalYear, closed: true, closedBy: row.closedBy, closedAt: row.closedAt };
  });
}
