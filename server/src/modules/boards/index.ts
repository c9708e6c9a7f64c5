import { BoardResolver } from './board.resolver';
import { BoardMemberResolver } from './board-member.resolver';
import { CommuneBoardResolver } from './commune-board.resolver';

/** The resolvers of this feature, registered in server/src/schema.ts. */
export const boardsResolvers = [BoardResolver, BoardMemberResolver, CommuneBoardResolver];
