import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context';
import { Participant } from '../../domain/participants/participant.entity';
import { MonitoringBoard } from '../../domain/boards/monitoring-board.entity';
import { BoardMember } from '../../domain/boards/board-member.entity';

/** The links from a seat on a board, batched and scoped by the request's loaders. */
@Resolver(() => BoardMember)
export class BoardMemberResolver {
  @FieldResolver(() => Participant)
  participant(@Root() member: BoardMember, @Ctx() { session }: RequestContext): Promise<Participant | null> {
    return session.loaders.participant.load(member.participantId);
  }

  @FieldResolver(() => MonitoringBoard)
  board(@Root() member: BoardMember, @Ctx() { session }: RequestContext): Promise<MonitoringBoard | null> {
    return session.loaders.board.load(member.boardId);
  }
}
