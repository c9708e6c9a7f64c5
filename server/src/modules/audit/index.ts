import { AuditResolver } from './audit.resolver';

/** The resolvers of this feature, registered in graphql/schema.ts. */
export const auditResolvers = [AuditResolver];
