import type { EntityTarget, ObjectLiteral } from 'typeorm';
import type { Writer } from '../../../session/writer';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import type { Caller } from '../../../domain/accounts/caller';
import { AuditEntry } from '../../../domain/audit/audit-entry.entity';
import { auditRow } from '../../../domain/audit/audit-trail';
import { INSERT_BATCH, insertInBatches } from './insert-batches';

/** Where an import's row changes are recorded: under its own audit entry, known once a commit has begun (null in a dry run). */
export interface ImportTrail {
  caller: Caller;
  importId: number | null;
}

type DistrictRow = ObjectLiteral & { id: number; districtId: number };

/**
 * Applies an import's updates of rows already registered in the target district (`w` is narrowed to it:
 * a row is updated only once read through it), and records each as an
 * audit entry under the import's entry (before → after), so that what a file changed in existing
 * records stays traceable from the import's one line in the log. Rows the import creates are told
 * by its counts only: a multi-row INSERT does not return their ids on every engine.
 */
export async function updateTraced<T extends DistrictRow>(
  w: Writer,
  entity: (new () => T) & EntityTarget<T>,
  trail: ImportTrail,
  updates: { id: number; values: Partial<T> }[],
): Promise<void> {
  if (updates.length === 0) return;
  const repo = w.tx.getRepository(entity);
  const before = new Map<number, T>();
  for (let start = 0; start < updates.length; start += INSERT_BATCH) {
    const ids = updates.slice(start, start + INSERT_BATCH).map((u) => u.id);
    const rows = await w.rows(entity, 'r').andWhere('r.id IN (:...ids)', { ids }).getMany();
    for (const row of rows) before.set(row.id, row);
  }
  for (const { id, values } of updates) {
    if (!before.has(id)) continue; // out of the target district's reach: never changed
    const changes = values as QueryDeepPartialEntity<T>;
    await w.tx.createQueryBuilder().update(entity).set(changes).where('id = :id', { id }).execute();
  }
  const importId = trail.importId;
  if (importId === null) return;
  const entries = updates.flatMap(({ id, values }) => {
    const row = before.get(id);
    if (!row) return [];
    const after = { ...row, ...values };
    return [auditRow(trail.caller, { entity: repo.metadata.name, entityId: id, districtId: row.districtId, action: 'UPDATE', before: row, after, importId })];
  });
  await insertInBatches(w.tx, AuditEntry, entries);
}
