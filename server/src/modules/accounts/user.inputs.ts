import { Field, InputType, Int } from 'type-graphql';
import { IsInt, IsOptional } from 'class-validator';
import { PASSWORD_LENGTH, checkDisplayName, checkPassword, checkUsername } from '../../../../shared/rules/account';
import { Rule } from '../../graphql/rule-validator';
import { Role, type User } from '../../domain/accounts/user.entity';

/** Sign-in names; the command line's create-admin applies the same rule. */
/** A stored (normalised: shared/username.ts) username. */
export const USERNAME_PATTERN = /^[a-z0-9._-]{3,64}$/;

@InputType()
export class CreateUserInput implements Partial<User> {
  @Field({ description: 'Sign-in name: 3–64 characters of a–z, 0–9, dot, dash or underscore; stored trimmed and in lower case.' })
  @Rule(checkUsername)
  username: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Rule(checkDisplayName)
  displayName?: string | null;

  @Field(() => Role)
  role: Role;

  @Field(() => Int, { nullable: true, description: 'Required for district roles; empty for province roles.' })
  @IsOptional()
  @IsInt()
  districtId?: number | null;

  @Field({ description: `At least ${PASSWORD_LENGTH.min} characters.` })
  @Rule(checkPassword)
  password: string;
}

@InputType()
export class UpdateUserInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Rule(checkDisplayName)
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
