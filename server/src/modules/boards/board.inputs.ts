import { ArgsType, Field, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, IsOptional, MaxLength, ValidateBy } from 'class-validator';
import { BoardRole } from './board-member.entity';

/** Largest member list accepted in one call; real boards have 5 to 15 people. */
export const MAX_BOARD_MEMBERS = 60;

/**
 * Today's calendar date in Vietnam (UTC+7, no daylight saving): a founding decision signed this
 * morning in Tuyên Quang must be accepted even while it is still yesterday in UTC.
 */
function todayInVietnam(): string {
  return new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
}

/** A real calendar day ('2024-02-30' is refused), written YYYY-MM-DD. */
function isCalendarDate(value: unknown): boolean {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}

/** A board is founded by a decision already signed: a YYYY-MM-DD day, not after today. */
function IsFoundingDate(): PropertyDecorator {
  return ValidateBy({
    name: 'isFoundingDate',
    validator: {
      validate: (value: unknown) => isCalendarDate(value) && (value as string) <= todayInVietnam(),
      defaultMessage: (args) => (isCalendarDate(args?.value) ? 'must not be in the future' : 'must be a real date written YYYY-MM-DD'),
    },
  });
}

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
  @IsFoundingDate()
  establishedOn: string;

  @Field(() => String, { nullable: true, description: 'Số quyết định thành lập.' })
  @IsOptional()
  @MaxLength(60)
  decisionRef?: string | null;
}

/**
 * Only the fields sent are changed; the commune of a board is fixed (delete and recreate to move it).
 * type-graphql skips validators on null values, so the service refuses a null establishedOn itself.
 */
@InputType()
export class UpdateMonitoringBoardInput {
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, not in the future; cannot be cleared.' })
  @IsFoundingDate()
  establishedOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Send null to clear it.' })
  @IsOptional()
  @MaxLength(60)
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
  @ArrayMaxSize(MAX_BOARD_MEMBERS)
  members: BoardMemberInput[];
}
