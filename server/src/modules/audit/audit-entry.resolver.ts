import { Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { JSONResolver } from 'graphql-scalars';
import type { RequestContext } from '../../graphql/context';
import { personalFieldsOf, readablePersonalValue } from '../../graphql/personal-data';
import type { RequestSession } from '../../session/request-session';
import { AuditEntry } from '../../domain/audit/audit-entry.entity';
import { AuditChange, AuditImport } from './audit-readable';
import { changedFields } from '../../domain/audit/audit-changes';
import { SUMMARY_ENTITIES } from '../../domain/audit/audit-trail';

type Snapshot = Record<string, unknown> | null;

/**
 * An entry as its reader may see it: the snapshots and changes of a row with its personal fields masked
 * for callers without the grant (the fields the row's own type marks), an import's summary typed.
 */
@Resolver(() => AuditEntry)
export class AuditEntryResolver {
  @FieldResolver(() => JSONResolver, { nullable: true })
  before(@Root() entry: AuditEntry, @Ctx() { session }: RequestContext, @Info() info: GraphQLResolveInfo): Snapshot {
    return readableSnapshot(entry.before, entry.entity, session, info);
  }

  @FieldResolver(() => JSONResolver, { nullable: true })
  after(@Root() entry: AuditEntry, @Ctx() { session }: RequestContext, @Info() info: GraphQLResolveInfo): Snapshot {
    return readableSnapshot(entry.after, entry.entity, session, info);
  }

  @FieldResolver(() => [AuditChange], { description: 'The fields the write changed, before → after; empty for an import or a refusal.' })
  changes(@Root() entry: AuditEntry, @Ctx() { session }: RequestContext, @Info() info: GraphQLResolveInfo): AuditChange[] {
    if (SUMMARY_ENTITIES.has(entry.entity)) return [];
    const before = readableSnapshot(entry.before, entry.entity, session, info);
    const after = readableSnapshot(entry.after, entry.entity, session, info);
    // Entries written before changedFields was kept are compared on the spot.
    const fields = entry.changedFields ?? changedFields(entry.before, entry.after);
    return fields.map((field) => ({ field, before: before?.[field] ?? null, after: after?.[field] ?? null }));
  }

  @FieldResolver(() => AuditImport, { nullable: true, description: 'For an import (entity "Import"): its file and counts.' })
  importSummary(@Root() entry: AuditEntry): AuditImport | null {
    if (entry.entity !== 'Import' || !entry.after) return null;
    const a = entry.after;
    const count = (key: string) => (typeof a[key] === 'number' ? a[key] : 0);
    return {
      kind: String(a.kind ?? ''),
      fileName: String(a.fileName ?? ''),
      rows: count('rows'),
      created: count('created'),
      updated: count('updated'),
      skipped: count('skipped'),
      activityId: typeof a.activityId === 'number' ? a.activityId : null,
    };
  }
}

function readableSnapshot(snapshot: Snapshot, entity: string, session: RequestSession, info: GraphQLResolveInfo): Snapshot {
  if (!snapshot || session.scope.seesPersonalData) return snapshot;
  const personal = personalFieldsOf(info.schema, entity);
  if (personal.size === 0) return snapshot;
  return Object.fromEntries(Object.entries(snapshot).map(([k, v]) => [k, personal.has(k) ? readablePersonalValue(v, false) : v]));
}
