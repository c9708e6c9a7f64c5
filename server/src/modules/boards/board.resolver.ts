import { Arg, Args, Authorized, Ctx, FieldResolver, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context';
import { ConnectionOf, PageArgs, type Page } from '../../graphql/connection';
import { WRITER_ROLES } from '../../domain/accounts/caller';
import { Commune } from '../../domain/geography/commune.entity';
import { District } from '../../domain/geography/district.entity';
import { MonitoringBoard } from '../../domain/boards/monitoring-board.entity';
import { BoardMember } from '../../domain/boards/board-member.entity';
import { CreateMonitoringBoardInput, MonitoringBoardFilter, SetBoardMembersArgs, UpdateMonitoringBoardInput } from './board.inputs';
import * as boards from './board.service';

@ObjectType()
export class MonitoringBoardConnection extends ConnectionOf(MonitoringBoard) {}

/** Ban giám sát cộng đồng xã: reads, writes and the links from a board, all within the caller's scope. */
@Resolver(() => MonitoringBoard)
export class BoardResolver {
  @Authorized()
  @Query(() => MonitoringBoard, { nullable: true, description: 'One board, or null when it is missing or outside the caller’s scope.' })
  monitoringBoard(@Arg('id', () => Int) id: number, @Ctx() { session }: RequestContext): Promise<MonitoringBoard | null> {
    return session.loaders.board.load(id);
  }

  @Authorized()
  @Query(() => MonitoringBoardConnection, { description: 'The boards the caller reaches, oldest first.' })
  monitoringBoards(
    @Arg('filter', () => MonitoringBoardFilter, { nullable: true }) filter: MonitoringBoardFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() { session }: RequestContext,
  ): Promise<Page<MonitoringBoard>> {
    return boards.listBoards(session, filter, page);
  }

  @Authorized(...WRITER_ROLES)
  @Mutation(() => MonitoringBoard, { description: 'Founds the board of a commune; a commune has one board at most.' })
  createMonitoringBoard(
    @Arg('input', () => CreateMonitoringBoardInput) input: CreateMonitoringBoardInput,
    @Ctx() { session }: RequestContext,
  ): Promise<MonitoringBoard> {
    return boards.createBoard(session, input);
  }

  @Authorized(...WRITER_ROLES)
  @Mutation(() => MonitoringBoard)
  updateMonitoringBoard(
    @Arg('id', () => Int) id: number,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => UpdateMonitoringBoardInput) input: UpdateMonitoringBoardInput,
    @Ctx() { session }: RequestContext,
  ): Promise<MonitoringBoard> {
    return boards.updateBoard(session, id, version, input);
  }

  @Authorized(...WRITER_ROLES)
  @Mutation(() => Boolean, { description: 'Deletes the board together with its member list.' })
  deleteMonitoringBoard(@Arg('id', () => Int) id: number, @Arg('version', () => Int) version: number, @Ctx() { session }: RequestContext): Promise<boolean> {
    return boards.deleteBoard(session, id, version);
  }

  @Authorized(...WRITER_ROLES)
  @Mutation(() => MonitoringBoard, { description: 'Replaces the whole member list of a board; returns the board with its new version.' })
  setBoardMembers(@Args(() => SetBoardMembersArgs) args: SetBoardMembersArgs, @Ctx() { session }: RequestContext): Promise<MonitoringBoard> {
    return boards.setMembers(session, args.boardId, args.version, args.members);
  }

  @FieldResolver(() => Commune)
  commune(@Root() board: MonitoringBoard, @Ctx() { session }: RequestContext): Promise<Commune | null> {
    return session.loaders.commune.load(board.communeId);
  }

  @FieldResolver(() => District)
  district(@Root() board: MonitoringBoard, @Ctx() { session }: RequestContext): Promise<District | null> {
    return session.loaders.district.load(board.districtId);
  }

  @FieldResolver(() => [BoardMember], { description: 'Members in the order they were seated.' })
  members(@Root() board: MonitoringBoard, @Ctx() { session }: RequestContext): Promise<BoardMember[]> {
    return session.loaders.membersByBoard.load(board.id);
  }
}
