import { ActivityResolver } from './activity.resolver';
import { AttendanceResolver } from './attendance.resolver';
import { ProviderResolver } from './provider.resolver';

/** The resolvers of this feature, registered in server/src/schema.ts. */
export const activitiesResolvers = [ProviderResolver, ActivityResolver, AttendanceResolver];
