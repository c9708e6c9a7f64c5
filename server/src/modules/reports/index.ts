import { ReportResolver, RollupRowResolver } from './report.resolver';

/** The resolvers of this feature, registered in graphql/schema.ts. */
export const reportsResolvers = [ReportResolver, RollupRowResolver];
