import { Field, InputType, Int } from 'type-graphql';
import { IsInt, IsOptional, Length, Matches } from 'class-validator';
import { violation } from '../../../../shared/rules/violation';
import { Rule } from '../../graphql/rule-validator';
import { Role, type User } from './user.entity';

/** Sign-in names; the command line's create-admin applies the same rule. */
/** A stored (normalised: shared/username.ts) username. */
export const USERNAME_PATTERN = /^[a-z0-9._-]{3,64}$/;
/** A username as typed: case and surrounding spaces are normalised away before it is stored. */
const TYPED_USERNAME_PATTERN = /^\s*[a-zA-Z0-9._-]{3,64}\s*$/;

/** Passwords: at least 10 characters (a passphrase is easier to remember than symbols). */
const PASSWORD = { min: 10, max: 200 };
/** Counted as typed (not trimmed): spaces are part of a passphrase. */
const checkPassword = (value: string) =>
  value.length >= PASSWORD.min && value.length <= PASSWORD.max ? null : violation('password', 'length', { min: PASSWORD.min, max: PASSWORD.max });

@InputType()
export class CreateUserInput implements Partial<User> {
  @Field({ description: 'Sign-in name: 3–64 characters of a–z, 0–9, dot, dash or underscore; stored trimmed and in lower case.' })
  @Matches(TYPED_USERNAME_PATTERN, { message: 'username: 3–64 characters of a–z, 0–9, ".", "-" or "_"' })
  username: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 120)
  displayName?: string | null;

  @Field(() => Role)
  role: Role;

  @Field(() => Int, { nullable: true, description: 'Required for district roles; empty for province roles.' })
  @IsOptional()
  @IsInt()
  districtId?: number | null;

  @Field({ description: `At least ${PASSWORD.min} characters.` })
  @Rule(checkPassword)
  password: string;
}

@InputType()
export class UpdateUserInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 120)
  displayName?: string | null;

  @Field(() => Role, { nullable: true })
  role?: Role | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  districtId?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'true disables the account (it can no longer sign in); false enables it again.' })
  disabled?: boolean | null;
}

@InputType()
export class ResetPasswordInput {
  @Field()
  @Rule(checkPassword)
  password: string;
}
