import { EthnicGroupResolver } from './ethnic-group.resolver';

/** The resolvers of this feature, registered in server/src/schema.ts. */
export const referenceResolvers = [EthnicGroupResolver];
