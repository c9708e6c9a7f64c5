import { DataSource, type EntityManager, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import { District } from '../domain/geography/district.entity';
import { Role } from '../domain/accounts/user.entity';
import type { ReachRule, RowReach } from '../domain/reach';
import { forbidden, notFound, unauthenticated } from '../shared/errors';
import { PROVINCE_ROLES, WRITER_ROLES, seesPersonalData, type Caller } from '../domain/accounts/caller';
import { ShortCache } from '../shared/short-cache';

/**
 * A province's district list, read by every province-wide request: kept 5 s per process and data source
 * (no API adds or moves districts; one added in the database reaches province scopes within 5 s).
 * District roles never read it: their scope is their own district, from the account itself.
 */
export const DISTRICT_LIST_TTL_MS = 5_000;
const provinceDistricts = new ShortCache<DataSource, number, readonly number[]>(DISTRICT_LIST_TTL_MS);

/**
 * The one place that decides what a caller may read and write (docs/SECURITY.md, "Roles and tenancy").
 * Province roles reach every district of their province; district roles their own district only.
 * The request session (session/request-session.ts) applies it to every read and change, by each entity's
 * declared reach (domain/reach.ts); features never build district filters themselves.
 * A row outside the scope answers exactly like a missing row: NOT_FOUND.
 */
export class Scope {
  private constructor(
    readonly caller: Caller | null,
    private readonly districts: readonly number[],
  ) {}

  static anonymous(): Scope {
    return new Scope(null, []);
  }

  static async forCaller(db: DataSource | EntityManager, caller: Caller): Promise<Scope> {
    if (caller.districtId !== null && !PROVINCE_ROLES.includes(caller.role)) return new Scope(caller, [caller.districtId]);
    const read = async () => (await db.getRepository(District).find({ select: { id: true }, where: { provinceId: caller.provinceId } })).map((d) => d.id);
    // Inside a transaction (an EntityManager) the list is read afresh.
    const ids = db instanceof DataSource ? await provinceDistricts.get(db, caller.provinceId, read) : await read();
    return new Scope(caller, ids);
  }

  /** The caller, or UNAUTHENTICATED. */
  requireCaller(): Caller {
    if (!this.caller) throw unauthenticated();
    return this.caller;
  }

  get provinceId(): number {
    return this.requireCaller().provinceId;
  }

  get districtIds(): readonly number[] {
    this.requireCaller();
    return this.districts;
  }

  get isProvinceWide(): boolean {
    return PROVINCE_ROLES.includes(this.requireCaller().role);
  }

  get canWrite(): boolean {
    return WRITER_ROLES.includes(this.requireCaller().role);
  }

  /** ID numbers and phones unmasked (docs/SECURITY.md, "Personal data"); anonymous callers see nothing anyway. */
  get seesPersonalData(): boolean {
    return this.caller !== null && seesPersonalData(this.caller);
  }

  includesDistrict(districtId: number | null | undefined): boolean {
    return districtId !== null && districtId !== undefined && this.districtIds.includes(districtId);
  }

  // ---- reads -------------------------------------------------------------------------------

  /** Restricts a query on a district-owned table (one with a non-null districtId). */
  private inDistricts<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, alias: string, column = 'districtId'): SelectQueryBuilder<T> {
    const { condition, parameters } = this.districtCondition(alias, column);
    return qb.andWhere(condition, parameters);
  }

  /**
   * Left-joins a district-owned table into another query (a list's nested rows, selected by the
   * caller): the ON clause restricts it like `inDistricts` restricts a query's own rows.
   */
  leftJoinInDistricts<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, entity: new () => ObjectLiteral, alias: string, on: string): SelectQueryBuilder<T> {
    const { condition, parameters } = this.districtCondition(alias, 'districtId');
    return qb.leftJoin(entity, alias, `${on} AND ${condition}`, parameters);
  }

  /** `inDistricts` as a predicate and its parameters, for a subquery written out as text (the name search). */
  districtPredicate(alias: string): { condition: string; parameters: { scopeDistrictIds: number[] } } {
    return this.districtCondition(alias, 'districtId');
  }

  /** `alias.column IN (the caller's districts)`; an empty scope matches nothing. */
  private districtCondition(alias: string, column: string): { condition: string; parameters: { scopeDistrictIds: number[] } } {
    const ids = this.districtIds.length > 0 ? [...this.districtIds] : [-1];
    return { condition: `${alias}.${column} IN (:...scopeDistrictIds)`, parameters: { scopeDistrictIds: ids } };
  }

  /** Restricts a query on a province-owned table (providers, funding, users, keys). */
  private inProvince<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, alias: string): SelectQueryBuilder<T> {
    return qb.andWhere(`${alias}.provinceId = :scopeProvinceId`, { scopeProvinceId: this.provinceId });
  }

  /**
   * Activities: a district's own, plus the province-level ones of its province (district staff see
   * those, and attendance of their own people on them).
   */
  private activitiesVisible<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, alias: string): SelectQueryBuilder<T> {
    const { condition, parameters } = this.districtCondition(alias, 'districtId');
    return qb.andWhere(`(${condition} OR (${alias}.districtId IS NULL AND ${alias}.provinceId = :scopeProvinceId))`, {
      ...parameters,
      scopeProvinceId: this.provinceId,
    });
  }

  /**
   * Tables whose rows belong to a district or to the province itself (districtId null: audit entries,
   * activities): the province reaches all rows of its province, a district only its own district's.
   */
  private inReach<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, alias: string): SelectQueryBuilder<T> {
    return this.isProvinceWide ? this.inProvince(qb, alias) : this.inDistricts(qb, alias);
  }

  /** Restricts a query on an entity's table to the rows the caller reaches, as the entity declares (domain/reach.ts). */
  restrict<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, alias: string, rows: RowReach): SelectQueryBuilder<T> {
    switch (rows) {
      case 'district':
        return this.inDistricts(qb, alias);
      case 'districtItself':
        return this.inDistricts(qb, alias, 'id');
      case 'province':
        return this.inProvince(qb, alias);
      case 'provinceItself':
        return qb.andWhere(`${alias}.id = :scopeProvinceId`, { scopeProvinceId: this.provinceId });
      case 'provinceOrOwnDistrict':
        return this.inReach(qb, alias);
      case 'activity':
        return this.activitiesVisible(qb, alias);
      case 'everyone':
        this.requireCaller();
        return qb;
      case 'nobody':
        throw new Error(`${qb.alias}: the server's own bookkeeping is not read through a caller's scope`);
    }
  }

  /** The same caller over one district it reaches (else NOT_FOUND): e.g. a district's figures frozen at approval. */
  narrowedTo(districtId: number): Scope {
    if (!this.includesDistrict(districtId)) throw notFound('District', districtId);
    return new Scope(this.caller, [districtId]);
  }

  // ---- writes ------------------------------------------------------------------------------

  /** Writers only (viewers and API keys never write). */
  assertCanWrite(): void {
    if (!this.canWrite) throw forbidden('errors.viewersReadOnly');
  }

  /**
   * A change of `row` (an update, a delete, or a new row's values) by this caller: the row must be reached
   * (else NOT_FOUND, as if missing) and the caller one of the entity's writers (else FORBIDDEN).
   */
  assertMayChange(rule: ReachRule, row: { id?: number; districtId?: number | null; provinceId?: number }, entity: string): void {
    const districtId = rule.rows === 'districtItself' ? row.id : (row.districtId ?? null);
    if (districtId != null) {
      if (!this.includesDistrict(districtId)) throw notFound(entity, row.id ?? districtId);
    } else if (row.provinceId !== undefined && row.provinceId !== this.provinceId) {
      throw notFound(entity, row.id ?? row.provinceId);
    }
    if (rule.writers === 'nobody') throw forbidden();
    if (rule.writers === 'province' || districtId == null) this.assertProvinceAdmin();
    else this.assertCanWrite();
  }

  /** Province-level work (communes, providers, funding, accounts, province activities). */
  assertProvinceAdmin(): void {
    if (this.requireCaller().role !== Role.PROVINCE_ADMIN) throw forbidden('errors.provinceAdminOnly');
  }
}
