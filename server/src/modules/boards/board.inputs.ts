import { ArgsType, Field, InputType, Int } from 'type-graphql';
import { IsOptional } from 'class-validator';
import { checkFoundingDate, checkMemberCount } from '../../../../shared/rules/board';
import { checkDecisionRef } from '../../../../shared/rules/funding';
import { Rule } from '../../graphql/rule-validator';
import { BoardRole } from '../../domain/boards/board-member.entity';

@InputType()
export class MonitoringBoardFilter {
  @Field(() => Int, { nullable: true })
  districtId?: number | null;

  @Field(() => Int, { nullable: true })
  communeId?: number | null;
}

@InputType()
export class CreateMonitoringBoardInput {
  @Field(() => Int)
  communeId: number;

  @Field({ description: 'Date of the founding decision, YYYY-MM-DD, not in the future.' })
  @Rule(checkFoundingDate)
  establishedOn: string;

  @Field(() => String, { nullable: true, description: 'Số quyết định thành lập.' })
  @IsOptional()
  @Rule(checkDecisionRef)
  decisionRef?: string | null;
}

/**
 * Only the fields sent are changed; the commune of a board is fixed (delete and recreate to move it).
 * type-graphql skips validators on null values, so the service refuses a null establishedOn itself.
 */
@InputType()
export class UpdateMonitoringBoardInput {
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, not in the future; cannot be cleared.' })
  @Rule(checkFoundingDate)
  establishedOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Send null to clear it.' })
  @IsOptional()
  @Rule(checkDecisionRef)
  decisionRef?: string | null;
}

@InputType()
export class BoardMemberInput {
  @Field(() => Int)
  participantId: number;

  @Field(() => BoardRole)
  role: BoardRole;
}

@ArgsType()
export class SetBoardMembersArgs {
  @Field(() => Int)
  boardId: number;

  @Field(() => Int, { description: 'The board’s current version; the call bumps it.' })
  version: number;

  @Field(() => [BoardMemberInput], { description: 'The whole new member list (replaces the old one).' })
  @Rule(checkMemberCount)
  members: BoardMemberInput[];
}
