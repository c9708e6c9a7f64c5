import { Field, InputType, Int } from 'type-graphql';
import { IsEnum, IsInt, IsOptional, Length, Matches, MaxLength, ValidateBy } from 'class-validator';
import { Gender, ParticipantCategory, type Participant } from './participant.entity';

export const EARLIEST_BIRTH_YEAR = 1920;
/** Training is for adults: nobody younger than this many years is registered. */
export const MINIMUM_AGE = 15;

/** Vietnamese numbers are written "0912 345 678" or "0912.345.678"; we keep them without separators. */
export function normalizePhone(phone: string): string {
  return phone.replace(/[\s.]/g, '');
}

const VIETNAMESE_PHONE = /^(0|\+84)\d{9,10}$/;

/** A class-validator rule for phones, checked after the separators are removed. */
function IsVietnamesePhone(): PropertyDecorator {
  return ValidateBy({
    name: 'isVietnamesePhone',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && VIETNAMESE_PHONE.test(normalizePhone(value)),
      defaultMessage: () => 'phone must be a Vietnamese number: 0 or +84 followed by 9 or 10 digits',
    },
  });
}

/** The upper bound moves with the calendar, so it is computed at validation time, not at start-up. */
function IsPlausibleBirthYear(): PropertyDecorator {
  return ValidateBy({
    name: 'isPlausibleBirthYear',
    validator: {
      validate: (value: unknown) =>
        typeof value === 'number' && Number.isInteger(value) && value >= EARLIEST_BIRTH_YEAR && value <= new Date().getFullYear() - MINIMUM_AGE,
      defaultMessage: () => `birthYear must be between ${EARLIEST_BIRTH_YEAR} and ${new Date().getFullYear() - MINIMUM_AGE}`,
    },
  });
}

/**
 * A participant as the district registers it. Used whole for create and update (an update replaces
 * every field, so leaving out villageId clears it). The district is never sent: it is the commune's.
 */
@InputType()
export class ParticipantInput implements Partial<Participant> {
  @Field()
  @Length(2, 120)
  fullName: string;

  @Field(() => Gender)
  @IsEnum(Gender)
  gender: Gender;

  @Field(() => Int)
  @IsInt()
  @IsPlausibleBirthYear()
  birthYear: number;

  @Field({ description: 'Two-digit code of the ethnic group, 01–54 (01 = Kinh).' })
  @Matches(/^\d{2}$/, { message: 'ethnicGroupCode must be two digits, e.g. "02"' })
  ethnicGroupCode: string;

  @Field(() => ParticipantCategory)
  @IsEnum(ParticipantCategory)
  category: ParticipantCategory;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(120)
  position?: string | null;

  @Field(() => Int)
  @IsInt()
  communeId: number;

  @Field(() => Int, { nullable: true, description: 'A village (thôn / bản) of the commune.' })
  @IsOptional()
  @IsInt()
  villageId?: number | null;

  @Field(() => String, { nullable: true, description: 'Spaces and dots are allowed and removed.' })
  @IsOptional()
  @IsVietnamesePhone()
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'Số CCCD (12 digits) or CMND (9 digits).' })
  @IsOptional()
  @Matches(/^(\d{9}|\d{12})$/, { message: 'idNumber must have 9 or 12 digits' })
  idNumber?: string | null;
}
