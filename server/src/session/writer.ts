import type { EntityManager, EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { Scope } from '../tenancy/scope';
import { lockForUpdate } from '../db/row-lock';
import { conflict, notFound } from '../shared/errors';
import { reachOf } from '../domain/reach';
import { recordAudit } from '../domain/audit/audit-trail';
import { assertPeriodsOpen } from '../domain/periods/period-guard';

type Row = ObjectLiteral & { id: number; version?: number; districtId?: number | null; provinceId?: number };
type EntityClass<T> = (new () => T) & EntityTarget<T>;

/**
 * The one way the portal writes, handed out by `RequestSession.write` inside one transaction: reads are
 * scoped like the session's, every row changed is reached and writable by the caller (the entity's `@Reach`),
 * and every create, update and delete leaves one audit entry, so a failed mutation leaves nothing behind
 * and every change is attributed.
 */
export class Writer {
  constructor(
    readonly tx: EntityManager,
    readonly scope: Scope,
  ) {}

  /** The rows of `entity` the caller reaches, read inside this transaction. */
  rows<T extends ObjectLiteral>(entity: EntityClass<T>, alias: string): SelectQueryBuilder<T> {
    return this.scope.restrict(this.tx.getRepository(entity).createQueryBuilder(alias), alias, reachOf(entity).rows);
  }

  /**
   * The row a mutation changes, locked until the transaction ends: NOT_FOUND when it is missing or out of
   * reach, FORBIDDEN when the caller is not one of its writers, CONFLICT when `version` is not the current one.
   */
  async change<T extends Row>(entity: EntityClass<T>, id: number, version: number): Promise<T> {
    const row = await this.locked(entity, id);
    this.scope.assertMayChange(reachOf(entity), row, this.tx.getRepository(entity).metadata.name);
    if (row.version !== version) throw conflict(this.tx.getRepository(entity).metadata.name);
    return row;
  }

  /** A row this mutation reads and relies on (not changes), locked so that it cannot change meanwhile; NOT_FOUND when out of reach. */
  async locked<T extends Row>(entity: EntityClass<T>, id: number, field?: string): Promise<T> {
    const qb = lockForUpdate(this.tx, this.rows(entity, 'row').andWhere('row.id = :id', { id }));
    const row = await qb.getOne();
    if (!row) throw notFound(this.tx.getRepository(entity).metadata.name, id, field);
    return row;
  }

  async create<T extends Row>(entity: EntityClass<T>, values: Partial<T>): Promise<T> {
    const repo = this.tx.getRepository(entity);
    this.scope.assertMayChange(reachOf(entity), values, repo.metadata.name);
    const saved = await repo.save(repo.create(values as T));
    await this.audit(repo.metadata.name, saved, 'CREATE', null, saved);
    return saved;
  }

  /**
   * Applies `changes` to a row obtained from `change()`, which checked reach, writers and version — or from
   * `locked()` where a service has its own rule (a district records attendance on a province activity,
   * bumping the activity's version without being one of its writers).
   */
  async update<T extends Row>(entity: EntityClass<T>, row: T, changes: Partial<T>): Promise<T> {
    const repo = this.tx.getRepository(entity);
    const before = { ...row };
    const saved = await repo.save(repo.merge(row, changes as T));
    await this.audit(repo.metadata.name, saved, 'UPDATE', before, saved);
    return saved;
  }

  async delete<T extends Row>(entity: EntityClass<T>, row: T): Promise<void> {
    const repo = this.tx.getRepository(entity);
    this.scope.assertMayChange(reachOf(entity), row, repo.metadata.name);
    await repo.delete(row.id);
    await this.audit(repo.metadata.name, row, 'DELETE', row, null);
  }

  private async audit(entity: string, row: Row, action: 'CREATE' | 'UPDATE' | 'DELETE', before: object | null, after: object | null): Promise<void> {
    await assertPeriodsOpen(this.tx, entity, before, after); // PERIOD_LOCKED rolls the whole write back (docs/DOMAIN.md)
    await recordAudit(this.tx, this.scope.requireCaller(), { entity, entityId: row.id, districtId: row.districtId ?? null, action, before, after });
  }

  // ---- rows a write refers to, and checks before it creates ---------------------------------------

  /** One row the caller reaches, read (not locked) in this transaction, or NOT_FOUND: a row the write refers to. */
  async one<T extends ObjectLiteral>(entity: EntityClass<T>, id: number, field?: string): Promise<T> {
    const row = await this.rows(entity, 'row').andWhere('row.id = :id', { id }).getOne();
    if (!row) throw notFound(this.tx.getRepository(entity).metadata.name, id, field);
    return row;
  }

  /**
   * create()'s check of a new row (reach and writers) on its own, for a mutation that reads other rows
   * before it creates (a budget, a provider): a refused caller then learns nothing from those reads.
   * `shownAs` names the row NOT_FOUND reports when the new row's district is out of reach (the district itself).
   */
  mayCreate<T extends Row>(entity: EntityClass<T>, values: Partial<T>, shownAs = this.tx.getRepository(entity).metadata.name): void {
    this.scope.assertMayChange(reachOf(entity), values, shownAs);
  }

  /** RequestSession.provinceWide inside this transaction: the province's money rules read all of its rows. */
  provinceWide<T extends ObjectLiteral>(entity: EntityClass<T>, alias: string): SelectQueryBuilder<T> {
    return this.scope.restrict(this.tx.getRepository(entity).createQueryBuilder(alias), alias, 'province');
  }
}
