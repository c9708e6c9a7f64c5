import { isCalendarDate } from './activity';
import { checkListSize, violation, type Violation } from './violation';

/** Largest member list accepted in one call; real boards have 5 to 15 people. */
export const MAX_BOARD_MEMBERS = 60;

/**
 * Today's calendar date in Vietnam (UTC+7, no daylight saving): a founding decision signed this
 * morning in Tuyên Quang must be accepted even while it is still yesterday in UTC.
 */
export function todayInVietnam(now: number = Date.now()): string {
  return new Date(now + 7 * 3_600_000).toISOString().slice(0, 10);
}

/** A board is founded by a decision already signed: a real YYYY-MM-DD day, not after today. */
export function checkFoundingDate(value: string | null | undefined): Violation | null {
  if (!value) return violation('establishedOn', 'required');
  if (!isCalendarDate(value)) return violation('establishedOn', 'dateFormat');
  return value <= todayInVietnam() ? null : violation('establishedOn', 'notInFuture');
}

export function checkMemberCount(members: readonly unknown[] | null | undefined): Violation | null {
  return checkListSize('members', members, MAX_BOARD_MEMBERS);
}
