import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context';
import { Commune } from '../../domain/geography/commune.entity';
import { MonitoringBoard } from '../../domain/boards/monitoring-board.entity';

/** Commune.board lives here, beside the board, so the geography module need not know about boards. */
@Resolver(() => Commune)
export class CommuneBoardResolver {
  @FieldResolver(() => MonitoringBoard, { nullable: true, description: 'The commune’s monitoring board, if it has one.' })
  board(@Root() commune: Commune, @Ctx() { session }: RequestContext): Promise<MonitoringBoard | null> {
    return session.loaders.boardByCommune.load(commune.id);
  }
}
