import { ParticipantResolver } from './participant.resolver';

/** The resolvers of this feature, registered in graphql/schema.ts. */
export const participantsResolvers = [ParticipantResolver];
