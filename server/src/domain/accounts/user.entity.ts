import { Column, Entity, ForeignKey, Index } from 'typeorm';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { TrackedRow } from '../tracked-row';
import { EnumColumn } from '../columns';
import { District } from '../geography/district.entity';
import { Province } from '../geography/province.entity';
import { Reach } from '../reach';

export enum Role {
  PROVINCE_ADMIN = 'PROVINCE_ADMIN',
  PROVINCE_VIEWER = 'PROVINCE_VIEWER',
  DISTRICT_MANAGER = 'DISTRICT_MANAGER',
  DISTRICT_VIEWER = 'DISTRICT_VIEWER',
}
registerEnumType(Role, { name: 'Role' });

/** A person who signs in. District roles carry their districtId; province roles leave it null. */
@ObjectType()
@Reach('province', 'province')
@Entity('app_user')
@ForeignKey(() => District, ['districtId', 'provinceId'], ['id', 'provinceId'])
export class User extends TrackedRow {
  @Field()
  @Column({ type: 'varchar', length: 64, unique: true })
  username: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 120, nullable: true })
  displayName: string | null;

  /** argon2id; never leaves the server. */
  @Column({ type: 'varchar', length: 255 })
  passwordHash: string;

  @Field(() => Role)
  @EnumColumn()
  role: Role;

  @Field(() => Int)
  @Index()
  @ForeignKey(() => Province)
  @Column({ type: 'integer' })
  provinceId: number;

  @Field(() => Int, { nullable: true })
  @Index()
  @Column({ type: 'integer', nullable: true })
  districtId: number | null;

  @Field(() => DateTimeResolver, { nullable: true })
  @Column({ type: 'datetime', nullable: true })
  disabledAt: Date | null;

  /**
   * Every session token carries the generation it was issued under; bumping it ends all of the
   * account's sessions at once (password reset, disable, role or district change). Never leaves the server.
   */
  @Column({ type: 'integer', default: 0 })
  sessionGeneration: number;

  @Field({ description: 'A viewer the province admin granted unmasked ID numbers and phones (setUserPersonalData); writers read them regardless.' })
  @Column({ type: 'boolean', default: false })
  personalData: boolean;

  @Field({ description: 'A demo account; refused when NODE_ENV=production.' })
  @Column({ type: 'boolean', default: false })
  demo: boolean;
}
