import { AuditResolver } from './audit.resolver';
import { AuditEntryResolver } from './audit-entry.resolver';

/** The resolvers of this feature, registered in graphql/schema.ts. */
export const auditResolvers = [AuditResolver, AuditEntryResolver];
