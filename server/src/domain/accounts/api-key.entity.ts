import { Column, Entity, ForeignKey, Index } from 'typeorm';
import { Field, Int, ObjectType } from 'type-graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { TrackedRow } from '../tracked-row';
import { District } from '../geography/district.entity';
import { Province } from '../geography/province.entity';
import { User } from './user.entity';
import { Reach } from '../reach';

/** A third party's key. Only the prefix and a hash are kept; the key itself is shown once. */
@ObjectType()
@Reach('provinceOrOwnDistrict')
@Entity('api_key')
@ForeignKey(() => District, ['districtId', 'provinceId'], ['id', 'provinceId'])
export class ApiKey extends TrackedRow {
  @Field()
  @Column({ type: 'varchar', length: 120 })
  name: string;

  @Field({ description: 'The first characters of the key, to recognise it in lists.' })
  @Column({ type: 'varchar', length: 16, unique: true })
  prefix: string;

  @Column({ type: 'varchar', length: 255 })
  hash: string;

  @Field(() => Int)
  @Index()
  @ForeignKey(() => Province)
  @Column({ type: 'integer' })
  provinceId: number;

  @Field(() => Int, { nullable: true, description: 'Null: the whole province.' })
  @Column({ type: 'integer', nullable: true })
  districtId: number | null;

  @Field()
  @Column({ type: 'boolean', default: true })
  readOnly: boolean;

  @Field({ description: 'The province admin granted this key unmasked ID numbers and phones (setApiKeyPersonalData).' })
  @Column({ type: 'boolean', default: false })
  personalData: boolean;

  @Field(() => Int)
  @ForeignKey(() => User)
  @Column({ type: 'integer' })
  createdById: number;

  @Field(() => DateTimeResolver, { nullable: true })
  @Column({ type: 'datetime', nullable: true })
  lastUsedAt: Date | null;

  @Field(() => DateTimeResolver, { nullable: true })
  @Column({ type: 'datetime', nullable: true })
  revokedAt: Date | null;
}
