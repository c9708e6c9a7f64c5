import { EthnicGroupResolver } from './ethnic-group.resolver';

/** The resolvers of this feature, registered in graphql/schema.ts. */
export const referenceResolvers = [EthnicGroupResolver];
