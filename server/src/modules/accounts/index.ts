import { SessionResolver } from './session.resolver';
import { ApiKeyResolver } from './api-key.resolver';
import { UserResolver } from './user.resolver';
import { PersonalDataGrantResolver } from './personal-data-grant.resolver';

/** The resolvers of this feature, registered in server/src/schema.ts. */
export const accountsResolvers = [SessionResolver, ApiKeyResolver, UserResolver, PersonalDataGrantResolver];
