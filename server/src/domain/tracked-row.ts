import { CreateDateColumn, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { Field, Int, ObjectType } from 'type-graphql';
import { DateTimeResolver } from 'graphql-scalars';

/**
 * What every editable row has: a numeric id, a `version` that updates must quote back
 * (optimistic concurrency: a stale version is a CONFLICT), and when it was created and last changed.
 */
@ObjectType() // not emitted on its own: type-graphql leaves out types no query reaches
export abstract class TrackedRow {
  @Field(() => Int)
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Field(() => Int, { description: 'Send it back on update; a stale value is refused with CONFLICT.' })
  @VersionColumn({ type: 'integer' })
  version: number;

  @Field(() => DateTimeResolver)
  @CreateDateColumn({ type: 'datetime' })
  createdAt: Date;

  @Field(() => DateTimeResolver)
  @UpdateDateColumn({ type: 'datetime' })
  updatedAt: Date;
}
