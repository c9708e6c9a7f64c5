import { Field, InputType, Int } from 'type-graphql';
import { IsOptional, MaxLength } from 'class-validator';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { Gender, ParticipantCategory } from './participant.entity';
import { KINH_CODE } from '../reference/ethnic-group.entity';
import { containsPattern, escapeLike } from '../../shared/text';
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
      'Free text: matches the name ignoring diacritics ("hoang thi lam" finds "Hoàng Thị Lâm"), or the start of an ID number or phone ' +
      '(callers who see those masked get FORBIDDEN for a number).',
  })
  @IsOptional()
  @MaxLength(100)
  search?: string | null;
}

/**
 * `seesPersonalData`: the caller reads ID numbers and phones unmasked (Scope.seesPersonalData). Without
 * it a number search is refused: matching numbers the caller cannot read would tell, digit by digit,
 * what the mask hides.
 */
export function applyParticipantFilter<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  alias: string,
  filter: ParticipantFilter,
  seesPersonalData: boolean,
): SelectQueryBuilder<T> {
  const { districtId, communeId, villageId, category, gender, ethnicGroupCode } = filter;
  const equal = { districtId, communeId, villageId, category, gender, ethnicGroupCode };
  for (const [column, value] of Object.entries(equal)) {
    if (value !== null && value !== undefined) qb.andWhere(`${alias}.${column} = :filter_${column}`, { [`filter_${column}`]: value });
  }
  if (filter.ethnicMinority === true) qb.andWhere(`${alias}.ethnicGroupCode <> :kinh`, { kinh: KINH_CODE });
  if (filter.ethnicMinority === false) qb.andWhere(`${alias}.ethnicGroupCode = :kinh`, { kinh: KINH_CODE });
  if (filter.search?.trim()) applySearch(qb, alias, filter.search, seesPersonalData);
  return qb;
}

/** Names hold no digits, so only a search with digits is refused; exports call this before their first byte. */
export function assertSearchAllowed(search: string | null | undefined, seesPersonalData: boolean): void {
  if (!seesPersonalData && search && /\d/.test(search)) throw forbidden('errors.searchNeedsGrant');
}

function applySearch<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, alias: string, search: string, seesPersonalData: boolean): void {
  assertSearchAllowed(search, seesPersonalData);
  const name = containsPattern(search);
  const digits = search.replace(/[\s.]/g, '');
  // Numbers are matched by their start only, which the idNumber index can serve.
  if (/^\+?\d{3,}$/.test(digits)) {
    const prefix = `${escapeLike(digits)}%`;
    qb.andWhere(
      `(${alias}.searchName LIKE :name ESCAPE '!' OR ${alias}.idNumber LIKE :prefix ESCAPE '!' OR ${alias}.phone LIKE :prefix ESCAPE '!')`,
      { name, prefix },
    );
  } else {
    qb.andWhere(`${alias}.searchName LIKE :name ESCAPE '!'`, { name });
  }
}
