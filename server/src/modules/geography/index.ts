import { GeographyResolver } from './geography.resolver';
import { CommuneResolver } from './commune.resolver';
import { VillageResolver } from './village.resolver';

/** The resolvers of this feature, registered in server/src/schema.ts. */
export const geographyResolvers = [GeographyResolver, CommuneResolver, VillageResolver];
