import { Field, InputType, Int } from 'type-graphql';
import { IsOptional, MaxLength } from 'class-validator';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { Gender, ParticipantCategory } from '../../domain/participants/participant.entity';
import { KINH_CODE } from '../../domain/reference/ethnic-group.entity';
import type { RequestSession } from '../../session/request-session';
import { normalizePhone } from '../../../../shared/rules/participant';
import { joinNameMatches, searchWords } from './name-search';
import { forbidden } from '../../shared/errors';

/**
 * Narrows a participants list. The caller's scope is applied before these, so an id of another
 * district simply matches nothing, exactly like an unknown id.
 */
@InputType()
export class ParticipantFilter {
  @Field(() => Int, { nullable: true })
  districtId?: number | null;

  @Field(() => Int, { nullable: true })
  communeId?: number | null;

  @Field(() => Int, { nullable: true })
  villageId?: number | null;

  @Field(() => ParticipantCategory, { nullable: true })
  category?: ParticipantCategory | null;

  @Field(() => Gender, { nullable: true })
  gender?: Gender | null;

  @Field(() => Boolean, { nullable: true, description: 'true: every group but Kinh (01); false: Kinh only.' })
  ethnicMinority?: boolean | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2)
  ethnicGroupCode?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Free text: every word starts a word of the name, in any order, diacritics ignored ("lam hoang" and "hoa th" find ' +
      '"Hoàng Thị Lâm"); or a whole ID number or phone, matched exactly (callers who see those masked get FORBIDDEN for a number).',
  })
  @IsOptional()
  @MaxLength(100)
  search?: string | null;
}

/**
 * A number search needs `session.scope.seesPersonalData` (ID numbers and phones unmasked): matching numbers the
 * caller cannot read would tell what the mask hides. The name search stays inside the scope's districts.
 */
export function applyParticipantFilter<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  alias: string,
  filter: ParticipantFilter,
  session: RequestSession,
): SelectQueryBuilder<T> {
  const { districtId, communeId, villageId, category, gender, ethnicGroupCode } = filter;
  const equal = { districtId, communeId, villageId, category, gender, ethnicGroupCode };
  for (const [column, value] of Object.entries(equal)) {
    if (value !== null && value !== undefined) qb.andWhere(`${alias}.${column} = :filter_${column}`, { [`filter_${column}`]: value });
  }
  if (filter.ethnicMinority === true) qb.andWhere(`${alias}.ethnicGroupCode <> :kinh`, { kinh: KINH_CODE });
  if (filter.ethnicMinority === false) qb.andWhere(`${alias}.ethnicGroupCode = :kinh`, { kinh: KINH_CODE });
  if (filter.search?.trim()) applySearch(qb, alias, filter.search, session);
  return qb;
}

/** Names hold no digits, so only a search with digits is refused; exports call this before their first byte. */
export function assertSearchAllowed(search: string | null | undefined, seesPersonalData: boolean): void {
  if (!seesPersonalData && search && /\d/.test(search)) throw forbidden('errors.searchNeedsGrant');
}

const isNumberSearch = (search: string) => /^\+?\d+$/.test(normalizePhone(search.trim()));

/** The filter searches by name: its page is ordered by NAME_HITS_ID and its count capped (participant.service.ts). */
export function searchesByName(filter: ParticipantFilter): boolean {
  const search = filter.search ?? '';
  return search.trim() !== '' && !isNumberSearch(search) && searchWords(search).length > 0;
}

function applySearch<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, alias: string, search: string, session: RequestSession): void {
  assertSearchAllowed(search, session.scope.seesPersonalData);
  const number = normalizePhone(search.trim());
  // Whole numbers only, each through its own index (unique idNumber, ix_participant_phone).
  if (isNumberSearch(search)) {
    qb.andWhere(`(${alias}.idNumber = :searchNumber OR ${alias}.phone = :searchNumber)`, { searchNumber: number });
  } else if (searchWords(search).length > 0) {
    joinNameMatches(qb, alias, session, searchWords(search));
  }
}
