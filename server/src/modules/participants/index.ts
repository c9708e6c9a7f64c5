import { ParticipantResolver } from './participant.resolver';

/** The resolvers of this feature, registered in server/src/schema.ts. */
export const participantsResolvers = [ParticipantResolver];
