import { GeographyResolver } from './geography.resolver';

/** The resolvers of this feature, registered in graphql/schema.ts. */
export const geographyResolvers = [GeographyResolver];
