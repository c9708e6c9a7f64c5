import type { DataSource, EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { Scope } from '../tenancy/scope';
import type { Caller } from '../domain/accounts/caller';
import { reachOf } from '../domain/reach';
import { notFound } from '../shared/errors';
import { inTransaction, type TransactionOptions } from '../db/transactions';
import { createLoaders, type Loaders } from '../graphql/loaders';
import { Writer } from './writer';
import { idempotencyClaim } from '../idempotency/request-key';

type EntityClass<T> = (new () => T) & EntityTarget<T>;

/**
 * One request's only door to data. It knows the caller and its scope, hands out the rows of an entity the
 * caller reaches (as the entity declares with `@Reach`), the request's loaders, and the audited write
 * transaction. Services take a session and their input; they never build district filters themselves.
 *
 * A session starts anonymous and is identified once the operation has passed the query limits
 * (auth/build-context.ts), so a refused query costs no SQL; the loaders are built on first use after that.
 */
export class RequestSession {
  private currentScope: Scope;
  private builtLoaders: Loaders | null = null;

  constructor(
    readonly db: DataSource,
    scope: Scope = Scope.anonymous(),
  ) {
    this.currentScope = scope;
  }

  /** The caller's scope: what it reaches, whether it writes, whether it sees personal data. */
  get scope(): Scope {
    return this.currentScope;
  }

  /** The signed-in caller, or UNAUTHENTICATED. */
  get caller(): Caller {
    return this.currentScope.requireCaller();
  }

  /** Identification done (auth/build-context.ts): from now on the session reads as this caller. */
  identifiedAs(scope: Scope): void {
    this.currentScope = scope;
    this.builtLoaders = null;
  }

  /** Per request: nested fields of one request batch into one statement each, never shared between callers. */
  get loaders(): Loaders {
    this.builtLoaders ??= createLoaders(this.db, this.currentScope);
    return this.builtLoaders;
  }

  /** The rows of `entity` the caller reaches, as a query to refine (filters, order, paging). */
  rows<T extends ObjectLiteral>(entity: EntityClass<T>, alias: string): SelectQueryBuilder<T> {
    return this.currentScope.restrict(this.db.getRepository(entity).createQueryBuilder(alias), alias, reachOf(entity).rows);
  }

  /** One row the caller reaches, or NOT_FOUND (missing and out of reach answer alike). */
  async one<T extends ObjectLiteral>(entity: EntityClass<T>, id: number, field?: string): Promise<T> {
    const row = await this.rows(entity, 'row').andWhere('row.id = :id', { id }).getOne();
    if (!row) throw notFound(this.db.getRepository(entity).metadata.name, id, field);
    return row;
  }

  /**
   * Runs a mutation's work in one transaction with a Writer bound to this caller; viewers and API keys are
   * refused before any SQL. The work runs again from the start when it loses to a concurrent transaction
   * (db/transactions.ts), so it must have no effect outside the transaction; `rerunnable: false` otherwise.
   */
  write<T>(work: (writer: Writer) => Promise<T>, options?: TransactionOptions): Promise<T> {
    this.currentScope.assertCanWrite();
    const claim = idempotencyClaim(); // the request's Idempotency-Key commits with this change or not at all
    return inTransaction(
      this.db,
      async (tx) => {
        await claim(tx);
        return work(new Writer(tx, this.currentScope));
      },
      options,
    );
  }

  // ---- reach inside a larger query (a list's joined rows, a subquery written as text) -------------

  /**
   * Left-joins the rows of `entity` the caller reaches into another query (a list's nested rows joined into
   * its one statement): the ON clause restricts them as `rows()` would. District-owned entities only.
   */
  leftJoinRows<T extends ObjectLiteral, J extends ObjectLiteral>(
    qb: SelectQueryBuilder<T>,
    entity: EntityClass<J>,
    alias: string,
    on: string,
  ): SelectQueryBuilder<T> {
    if (reachOf(entity).rows !== 'district') throw new Error(`${entity.name}: only district-owned rows are joined by reach`);
    return this.currentScope.leftJoinInDistricts(qb, entity, alias, on);
  }

  /**
   * The condition `rows(entity, …)` applies, as SQL text on `alias` and its parameters, for a subquery written
   * out as text over a table that carries the entity's districtId (the name search's token table carries its
   * participant's). District-owned entities only.
   */
  reachPredicate(entity: EntityClass<ObjectLiteral>, alias: string): { condition: string; parameters: ObjectLiteral } {
    if (reachOf(entity).rows !== 'district') throw new Error(`${entity.name}: only district-owned rows have a reach predicate`);
    return this.currentScope.districtPredicate(alias);
  }

  // ---- the caller's figures (budget, reports): the province's own totals and a district's own rows ---

  /**
   * Every row of `entity` in the caller's province (`provinceId`), whatever its district: only for the
   * province's own totals that each of its roles is shown whole (the year's budget: a district sees how
   * much of the province's money is committed and allocated), never to list rows.
   */
  provinceWide<T extends ObjectLiteral>(entity: EntityClass<T>, alias: string): SelectQueryBuilder<T> {
    return this.inCallerProvince(this.db.getRepository(entity).createQueryBuilder(alias), alias);
  }

  /**
   * `alias.provinceId` is the caller's province, on a table joined into a query already restricted by its
   * own rows (reports: it lets MySQL start from the province's activities of the year, docs/SCALING.md).
   */
  inCallerProvince<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, alias: string): SelectQueryBuilder<T> {
    return this.currentScope.restrict(qb, alias, 'province');
  }

  /** The same caller over one district it reaches (else NOT_FOUND): a district's report, its figures frozen at approval. */
  narrowedTo(districtId: number): RequestSession {
    return new RequestSession(this.db, this.currentScope.narrowedTo(districtId));
  }

  /**
   * The rows a caller's figures count as its own: a province role every row of its province, a district
   * role its own district's only, without the province-level rows (districtId null) that an activity's
   * reach also shows it. The activities organised in a report or a rollup; never to list rows.
   */
  ownRows<T extends ObjectLiteral>(entity: EntityClass<T>, alias: string): SelectQueryBuilder<T> {
    return this.currentScope.restrict(this.db.getRepository(entity).createQueryBuilder(alias), alias, 'provinceOrOwnDistrict');
  }

  /** Rows of the caller's districts only (`districtId` in reach), never the province-level ones: a district report's own activities. */
  districtRows<T extends ObjectLiteral>(entity: EntityClass<T>, alias: string): SelectQueryBuilder<T> {
    return this.currentScope.restrict(this.db.getRepository(entity).createQueryBuilder(alias), alias, 'district');
  }

  /**
   * Restricts `entity`, joined into a query under `alias`, to the rows the caller reaches as it declares
   * (`@Reach`): a join restricted by reach, like rows() restricts a query's own table (an export's
   * attendance joined to the activities the caller sees).
   */
  reachedIn<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, entity: EntityClass<ObjectLiteral>, alias: string): SelectQueryBuilder<T> {
    return this.currentScope.restrict(qb, alias, reachOf(entity).rows);
  }
}
