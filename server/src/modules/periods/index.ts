import { PeriodResolver } from './period.resolver';

/** The resolvers of this feature, registered in server/src/schema.ts. */
export const periodsResolvers = [PeriodResolver];
