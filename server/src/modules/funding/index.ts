import { FundingResolver } from './funding.resolver';

/** The resolvers of this feature, registered in server/src/schema.ts. */
export const fundingResolvers = [FundingResolver];
