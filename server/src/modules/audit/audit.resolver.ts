import { Arg, Args, Authorized, Ctx, ObjectType, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/context';
import { ConnectionOf, PageArgs, paginate, type Page } from '../../graphql/connection';
import { AuditEntry } from '../../domain/audit/audit-entry.entity';
import { AuditFilter } from './audit.inputs';

const ACCOUNT_ENTITIES = ['User', 'ApiKey'];

@ObjectType()
export class AuditEntryConnection extends ConnectionOf(AuditEntry) {}

@Resolver()
export class AuditResolver {
  @Authorized()
  @Query(() => AuditEntryConnection, {
    description:
      'Who changed what, newest first: the province sees its province, a district its own district (viewers and keys too, ' +
      'personal data masked without the grant).\nThe row changes of an import are listed under its entry (filter.importId), not among the others.',
  })
  auditLog(
    @Arg('filter', () => AuditFilter, { nullable: true }) filter: AuditFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() { session }: RequestContext,
  ): Promise<Page<AuditEntry>> {
    const qb = session.rows(AuditEntry, 'a');
    // Accounts and keys are the writers' business (who may sign in, which keys exist): viewers read the data's trail only.
    if (!session.scope.canWrite) qb.andWhere('a.entity NOT IN (:...accountEntities)', { accountEntities: ACCOUNT_ENTITIES });
    if (filter?.districtId) qb.andWhere('a.districtId = :districtId', { districtId: filter.districtId });
    if (filter?.entity) qb.andWhere('a.entity = :entity', { entity: filter.entity });
    if (filter?.importId) qb.andWhere('a.importId = :importId', { importId: filter.importId });
    else qb.andWhere('a.importId IS NULL');
    if (filter?.entityId) qb.andWhere('a.entityId = :entityId', { entityId: filter.entityId });
    if (filter?.action) qb.andWhere('a.action = :action', { action: filter.action });
    if (filter?.from) qb.andWhere('a.at >= :from', { from: filter.from });
    if (filter?.to) qb.andWhere('a.at < :to', { to: filter.to });
    return paginate(qb, 'a', page, { direction: 'DESC' });
  }
}
