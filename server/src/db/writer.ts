import type { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { Scope } from '../tenancy/scope';
import { conflict } from '../shared/errors';
import { recordAudit } from '../modules/audit/audit-trail';
import { assertPeriodsOpen } from '../modules/periods/period-guard';
import { inTransaction, type TransactionOptions } from './transactions';
import { idempotencyClaim } from '../idempotency/request-key';

type Row = ObjectLiteral & { id: number; version?: number; districtId?: number | null };

/**
 * The one way the portal writes: every create, update and delete of a mutation goes through a Writer
 * inside one transaction and leaves one audit entry, so a failed mutation leaves nothing behind and
 * every change is attributed.
 */
export class Writer {
  constructor(
    readonly tx: EntityManager,
    private readonly scope: Scope,
  ) {}

  async create<T extends Row>(entity: EntityTarget<T>, values: Partial<T>): Promise<T> {
    const repo = this.tx.getRepository(entity);
    const saved = await repo.save(repo.create(values as T));
    await this.audit(repo.metadata.name, saved, 'CREATE', null, saved);
    return saved;
  }

  /** Applies `changes` if the caller saw the current `version`; otherwise CONFLICT. */
  async update<T extends Row>(entity: EntityTarget<T>, row: T, expectedVersion: number, changes: Partial<T>): Promise<T> {
    const repo = this.tx.getRepository(entity);
    if (row.version !== expectedVersion) throw conflict(repo.metadata.name);
    const before = { ...row };
    const saved = await repo.save(repo.merge(row, changes as T));
    await this.audit(repo.metadata.name, saved, 'UPDATE', before, saved);
    return saved;
  }

  async delete<T extends Row>(entity: EntityTarget<T>, row: T): Promise<void> {
    const repo = this.tx.getRepository(entity);
    await repo.delete(row.id);
    await this.audit(repo.metadata.name, row, 'DELETE', row, null);
  }

  private async audit(entity: string, row: Row, action: 'CREATE' | 'UPDATE' | 'DELETE', before: object | null, after: object | null): Promise<void> {
    await assertPeriodsOpen(this.tx, entity, before, after); // PERIOD_LOCKED rolls the whole write back (docs/DOMAIN.md)
    await recordAudit(this.tx, this.scope.requireCaller(), { entity, entityId: row.id, districtId: row.districtId ?? null, action, before, after });
  }
}

/**
 * Runs a mutation's work in one transaction with a Writer bound to the caller. The work is run again from
 * the start when it loses to a concurrent transaction (db/transactions.ts), so it must have no effect
 * outside the transaction; `options.rerunnable: false` for work that cannot run twice.
 */
export function write<T>(db: DataSource, scope: Scope, work: (writer: Writer) => Promise<T>, options?: TransactionOptions): Promise<T> {
  scope.assertCanWrite();
  const claim = idempotencyClaim(); // the request's Idempotency-Key commits with this change or not at all
  return inTransaction(db, async (tx) => {
    await claim(tx);
    return work(new Writer(tx, scope));
  }, options);
}
