import { Field, Int, ObjectType } from 'type-graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { Role } from '../../domain/accounts/user.entity';
import { District } from '../../domain/geography/district.entity';
import { Province } from '../../domain/geography/province.entity';

@ObjectType({ description: 'Who is calling and what it may reach.' })
export class Me {
  @Field({ description: 'USER or API_KEY.' })
  kind: string;

  @Field(() => Int)
  id: number;

  @Field({ description: 'Username or key name.' })
  name: string;

  @Field(() => String, { nullable: true, description: "The account's own display name, for greeting it; null for an API key or when none is set." })
  displayName: string | null;

  @Field(() => Role)
  role: Role;

  @Field(() => Province)
  province: Province;

  @Field(() => District, { nullable: true, description: 'Set for district roles and district keys.' })
  district: District | null;

  @Field({ description: 'Whether this caller may write.' })
  canWrite: boolean;
}

@ObjectType()
export class Session {
  @Field({ description: 'Send as `Authorization: Bearer <token>`. The web keeps it in an httpOnly cookie instead.' })
  token: string;

  @Field(() => DateTimeResolver)
  expiresAt: Date;

  @Field(() => Me)
  me: Me;
}
