import { SessionResolver } from './session.resolver';

/** The resolvers of this feature, registered in graphql/schema.ts. */
export const accountsResolvers = [SessionResolver];
