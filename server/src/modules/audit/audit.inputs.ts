import { Field, InputType, Int } from 'type-graphql';
import { IsIn, IsOptional, MaxLength } from 'class-validator';
import { DateTimeResolver } from 'graphql-scalars';

@InputType()
export class AuditFilter {
  @Field(() => Int, { nullable: true })
  districtId?: number | null;

  @Field(() => String, { nullable: true, description: 'Entity name, e.g. "Participant".' })
  @IsOptional()
  @MaxLength(40)
  entity?: string | null;

  @Field(() => Int, { nullable: true })
  entityId?: number | null;

  @Field(() => Int, { nullable: true, description: 'The row changes of one import (the id of its entry).' })
  importId?: number | null;

  @Field(() => String, { nullable: true, description: 'CREATE, UPDATE, DELETE or REFUSE.' })
  @IsOptional()
  @IsIn(['CREATE', 'UPDATE', 'DELETE', 'REFUSE'])
  action?: string | null;

  @Field(() => DateTimeResolver, { nullable: true })
  from?: Date | null;

  @Field(() => DateTimeResolver, { nullable: true })
  to?: Date | null;
}
