import { Field, Int, ObjectType } from 'type-graphql';
import { JSONResolver } from 'graphql-scalars';

@ObjectType({ description: 'One field a write changed: its value before and after (null when absent), personal data masked as everywhere.' })
export class AuditChange {
  @Field({ description: 'The field’s name in the API (e.g. "fullName"); the web shows its label.' })
  field: string;

  @Field(() => JSONResolver, { nullable: true })
  before: unknown;

  @Field(() => JSONResolver, { nullable: true })
  after: unknown;
}

@ObjectType({ description: 'What an import brought in: one audit entry for the file; its row changes carry its id as importId.' })
export class AuditImport {
  @Field({ description: 'participants, villages or attendance.' })
  kind: string;

  @Field()
  fileName: string;

  @Field(() => Int)
  rows: number;

  @Field(() => Int)
  created: number;

  @Field(() => Int)
  updated: number;

  @Field(() => Int)
  skipped: number;

  @Field(() => Int, { nullable: true, description: 'The activity an attendance import filled.' })
  activityId: number | null;
}
