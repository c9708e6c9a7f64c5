import { AuditResolver } from './audit.resolver';
import { AuditEntryResolver } from './audit-entry.resolver';

/** The resolvers of this feature, registered in server/src/schema.ts. */
export const auditResolvers = [AuditResolver, AuditEntryResolver];
