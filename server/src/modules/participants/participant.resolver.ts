import { Arg, Args, Authorized, Ctx, Extensions, FieldResolver, Info, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { RequestContext } from '../../graphql/context';
import { ConnectionOf, PageArgs, type Page } from '../../graphql/connection';
import { selectedNames, selects } from '../../graphql/selection';
import { PREFETCHED } from '../../graphql/prefetched';
import { WRITER_ROLES } from '../../domain/accounts/caller';
import { Commune } from '../../domain/geography/commune.entity';
import { District } from '../../domain/geography/district.entity';
import { Village } from '../../domain/geography/village.entity';
import { EthnicGroup, KINH_CODE } from '../../domain/reference/ethnic-group.entity';
import { Attendance } from '../../domain/activities/attendance.entity';
import { Participant } from '../../domain/participants/participant.entity';
import { ParticipantInput } from './participant.inputs';
import { ParticipantFilter } from './participant-filter';
import { createParticipant, deleteParticipant, findParticipants, updateParticipant } from './participant.service';

@ObjectType()
export class ParticipantConnection extends ConnectionOf(Participant) {}

/** Participants: reads within the caller's scope, writes by managers; nested links go through the per-request loaders. */
@Resolver(() => Participant)
export class ParticipantResolver {
  @Authorized()
  @Query(() => Participant, { nullable: true, description: 'One participant, or null when it is missing or outside the caller’s scope.' })
  participant(@Arg('id', () => Int) id: number, @Ctx() { session }: RequestContext): Promise<Participant | null> {
    return session.loaders.participant.load(id);
  }

  @Authorized()
  @Query(() => ParticipantConnection, { description: 'The participants the caller reaches, oldest first.' })
  participants(
    @Arg('filter', () => ParticipantFilter, { nullable: true }) filter: ParticipantFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() { session }: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Page<Participant>> {
    return findParticipants(session, filter ?? {}, page, {
      node: selectedNames(info, ['edges', 'node']),
      commune: selectedNames(info, ['edges', 'node', 'commune']),
      village: selectedNames(info, ['edges', 'node', 'village']),
      totalCount: selects(info, ['totalCount']) || selects(info, ['totalCountIsExact']),
    });
  }

  @Authorized(...WRITER_ROLES)
  @Mutation(() => Participant, { description: 'Registers a participant in the district of the given commune.' })
  createParticipant(@Arg('input', () => ParticipantInput) input: ParticipantInput, @Ctx() { session }: RequestContext): Promise<Participant> {
    return createParticipant(session, input);
  }

  @Authorized(...WRITER_ROLES)
  @Mutation(() => Participant, { description: 'Replaces every field of a participant; `version` must be the one last read.' })
  updateParticipant(
    @Arg('id', () => Int) id: number,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => ParticipantInput) input: ParticipantInput,
    @Ctx() { session }: RequestContext,
  ): Promise<Participant> {
    return updateParticipant(session, id, version, input);
  }

  @Authorized(...WRITER_ROLES)
  @Mutation(() => Boolean, { description: 'Deletes a participant without attendance or board seats (else IN_USE).' })
  deleteParticipant(@Arg('id', () => Int) id: number, @Arg('version', () => Int) version: number, @Ctx() { session }: RequestContext): Promise<boolean> {
    return deleteParticipant(session, id, version);
  }

  // The list joins commune and village when they are selected (participant.service.ts); the schema
  // then answers with those (graphql/prefetched.ts) and these load them for everything else.
  @Extensions(PREFETCHED)
  @FieldResolver(() => Commune)
  commune(@Root() participant: Participant, @Ctx() { session }: RequestContext): Promise<Commune | null> {
    return session.loaders.commune.load(participant.communeId);
  }

  @Extensions(PREFETCHED)
  @FieldResolver(() => Village, { nullable: true })
  async village(@Root() participant: Participant, @Ctx() { session }: RequestContext): Promise<Village | null> {
    return participant.villageId === null ? null : session.loaders.village.load(participant.villageId);
  }

  @FieldResolver(() => District)
  district(@Root() participant: Participant, @Ctx() { session }: RequestContext): Promise<District | null> {
    return session.loaders.district.load(participant.districtId);
  }

  @FieldResolver(() => EthnicGroup)
  ethnicGroup(@Root() participant: Participant, @Ctx() { session }: RequestContext): EthnicGroup | null | Promise<EthnicGroup | null> {
    return session.loaders.ethnicGroup(participant.ethnicGroupCode);
  }

  @FieldResolver(() => Boolean, { description: 'Every ethnic group but Kinh (01) is a minority.' })
  isEthnicMinority(@Root() participant: Participant): boolean {
    return participant.ethnicGroupCode !== KINH_CODE;
  }

  @FieldResolver(() => [Attendance], { description: 'The participant’s attendance records, oldest first.' })
  attendances(@Root() participant: Participant, @Ctx() { session }: RequestContext): Promise<Attendance[]> {
    return session.loaders.attendancesByParticipant.load(participant.id);
  }
}
