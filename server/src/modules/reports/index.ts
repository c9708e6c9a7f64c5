import { ReportResolver, RollupRowResolver } from './report.resolver';
import { YearApprovalResolver } from './year-approval.resolver';

/** The resolvers of this feature, registered in server/src/schema.ts. */
export const reportsResolvers = [ReportResolver, RollupRowResolver, YearApprovalResolver];
