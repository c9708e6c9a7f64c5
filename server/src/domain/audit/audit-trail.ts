import type { EntityManager } from 'typeorm';
import type { Caller } from '../accounts/caller';
import { AuditEntry } from './audit-entry.entity';
import { changedFields } from './audit-changes';

/** REFUSE: a request refused in a way the trail must keep (an ID number registered elsewhere, participants/id-number-check.ts). */
export type AuditAction = 'CREATE' | 'UPDATE' | 'DELETE' | 'REFUSE';

/** Entries whose `after` is a summary of a request (an import, a refusal) rather than a row: they change no fields. */
export const SUMMARY_ENTITIES: ReadonlySet<string> = new Set(['Import', 'IdNumberCheck']);

/** Columns that hold credentials: the trail records that they changed, never their values. */
const SECRET_COLUMNS = new Set(['passwordHash', 'hash']);

/** A row as the audit trail keeps it: its columns as plain JSON (dates as ISO strings), secrets masked. */
export function snapshot(row: object | null): Record<string, unknown> | null {
  if (row === null) return null;
  const json = JSON.parse(JSON.stringify(row)) as Record<string, unknown>;
  for (const column of SECRET_COLUMNS) if (column in json) json[column] = '[secret]';
  return json;
}

export interface AuditFacts {
  entity: string;
  entityId: number;
  districtId: number | null;
  action: AuditAction;
  before: object | null;
  after: object | null;
  /** The entry of the import this row change is part of. */
  importId?: number;
}

/** The row of the audit table for one write by `caller` (also inserted in bulk by imports, transfer/import/traced-updates.ts). */
export function auditRow(caller: Caller, entry: AuditFacts): Omit<AuditEntry, 'id'> {
  const before = snapshot(entry.before);
  const after = snapshot(entry.after);
  return {
    at: new Date(),
    actorUserId: caller.kind === 'user' ? caller.id : null,
    actorApiKeyId: caller.kind === 'apiKey' ? caller.id : null,
    actorLabel: caller.label,
    provinceId: caller.provinceId,
    districtId: entry.districtId,
    entity: entry.entity,
    entityId: entry.entityId,
    action: entry.action,
    before,
    after,
    changedFields: SUMMARY_ENTITIES.has(entry.entity) ? [] : changedFields(before, after),
    importId: entry.importId ?? null,
  };
}

/** Writes one audit entry inside the caller's transaction, so the trail and the data commit together. */
export function recordAudit(tx: EntityManager, caller: Caller, entry: AuditFacts): Promise<AuditEntry> {
  return tx.getRepository(AuditEntry).save(tx.create(AuditEntry, auditRow(caller, entry)));
}
