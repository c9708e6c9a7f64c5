import { PeriodResolver } from './period.resolver';

/** The resolvers of this feature, registered in graphql/schema.ts. */
export const periodsResolvers = [PeriodResolver];
