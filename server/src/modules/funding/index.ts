import { FundingResolver } from './funding.resolver';

/** The resolvers of this feature, registered in graphql/schema.ts. */
export const fundingResolvers = [FundingResolver];
