import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Field, Int, ObjectType } from 'type-graphql';
import { DateTimeResolver, JSONResolver } from 'graphql-scalars';
import { Reach } from '../reach';

/**
 * One row for every write. Deliberately without foreign keys: the trail must outlive the rows it
 * describes, and it is append-only, so it has no version.
 */
@ObjectType()
@Reach('provinceOrOwnDistrict', 'nobody')
@Entity('audit_entry')
@Index('ix_audit_province_at', ['provinceId', 'at'])
@Index('ix_audit_district_at', ['districtId', 'at'])
@Index('ix_audit_import', ['importId'])
export class AuditEntry {
  @Field(() => Int)
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Field(() => DateTimeResolver)
  @Column({ type: 'datetime' })
  at: Date;

  @Field(() => Int, { nullable: true })
  @Column({ type: 'integer', nullable: true })
  actorUserId: number | null;

  @Field(() => Int, { nullable: true })
  @Column({ type: 'integer', nullable: true })
  actorApiKeyId: number | null;

  @Field({ description: 'Username or key name at the time of the write.' })
  @Column({ type: 'varchar', length: 120 })
  actorLabel: string;

  @Field(() => Int)
  @Column({ type: 'integer' })
  provinceId: number;

  @Field(() => Int, { nullable: true })
  @Column({ type: 'integer', nullable: true })
  districtId: number | null;

  @Field()
  @Column({ type: 'varchar', length: 40 })
  entity: string;

  @Field(() => Int)
  @Column({ type: 'integer' })
  entityId: number;

  @Field({ description: 'CREATE, UPDATE, DELETE, or REFUSE (an ID number registered outside the caller’s districts, entity IdNumberCheck).' })
  @Column({ type: 'varchar', length: 16 })
  action: string;

  @Field(() => JSONResolver, { nullable: true, description: 'The row before the write; ID numbers and phones masked as everywhere without personalData.' })
  @Column({ type: 'simple-json', nullable: true })
  before: Record<string, unknown> | null;

  @Field(() => JSONResolver, { nullable: true, description: 'The row after the write, masked like `before`.' })
  @Column({ type: 'simple-json', nullable: true })
  after: Record<string, unknown> | null;

  /** The columns the write changed (audit-changes.ts), kept so that the log lists them without comparing snapshots. Null on entries older than the column. */
  @Column({ type: 'simple-json', nullable: true })
  changedFields: string[] | null;

  @Field(() => Int, { nullable: true, description: 'The entry of the import this row change was part of.' })
  @Column({ type: 'integer', nullable: true })
  importId: number | null;
}
