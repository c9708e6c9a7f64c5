import { BeforeInsert, BeforeUpdate, Column, Entity, ForeignKey, Index } from 'typeorm';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { TrackedRow } from '../tracked-row';
import { DateColumn, EnumColumn, MoneyColumn } from '../columns';
import { MoneyScalar } from '../../shared/money';
import { foldForSearch } from '../../shared/text';
import { District } from '../geography/district.entity';
import { Province } from '../geography/province.entity';
import { Provider } from './provider.entity';
import { Reach } from '../reach';

export enum ActivityKind {
  TRAINING = 'TRAINING', // tập huấn, bồi dưỡng
  EXCHANGE = 'EXCHANGE', // trao đổi kinh nghiệm, tham quan học tập
}
registerEnumType(ActivityKind, { name: 'ActivityKind' });

export enum ActivityScope {
  IN_PROVINCE = 'IN_PROVINCE',
  OUT_OF_PROVINCE = 'OUT_OF_PROVINCE',
}
registerEnumType(ActivityScope, { name: 'ActivityScope' });

export enum ActivityStatus {
  PLANNED = 'PLANNED',
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(ActivityStatus, { name: 'ActivityStatus' });

/**
 * A training course or a study tour. districtId is null for a province-level activity, which
 * participants of every district of the province may attend.
 */
@ObjectType()
@Reach('activity')
@Entity('activity')
@ForeignKey(() => District, ['districtId', 'provinceId'], ['id', 'provinceId'])
@Index('ix_activity_province_year_kind', ['provinceId', 'fiscalYear', 'kind'])
@Index('ix_activity_district_year', ['districtId', 'fiscalYear'])
export class Activity extends TrackedRow {
  @Field(() => ActivityKind)
  @EnumColumn()
  kind: ActivityKind;

  @Field(() => ActivityScope)
  @EnumColumn()
  scope: ActivityScope;

  @Field()
  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Index()
  @Column({ type: 'varchar', length: 200 })
  searchTitle: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 200, nullable: true })
  topic: string | null;

  @Field({ description: 'YYYY-MM-DD' })
  @DateColumn()
  startDate: string;

  @Field({ description: 'YYYY-MM-DD' })
  @DateColumn()
  endDate: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 200, nullable: true })
  location: string | null;

  @Field(() => Int, { nullable: true })
  @Index()
  @ForeignKey(() => Provider)
  @Column({ type: 'integer', nullable: true })
  providerId: number | null;

  @Field(() => Int)
  @Column({ type: 'integer' })
  fiscalYear: number;

  @Field(() => MoneyScalar)
  @MoneyColumn({ default: 0 })
  plannedCost: number;

  @Field(() => MoneyScalar, { nullable: true })
  @MoneyColumn({ nullable: true })
  actualCost: number | null;

  @Field(() => ActivityStatus)
  @EnumColumn({ default: ActivityStatus.PLANNED })
  status: ActivityStatus;

  @Field(() => Int, { nullable: true, description: 'Null for a province-level activity.' })
  @Column({ type: 'integer', nullable: true })
  districtId: number | null;

  @Field(() => Int)
  @ForeignKey(() => Province)
  @Column({ type: 'integer' })
  provinceId: number;

  @Field({ description: 'True for generated demonstration data.' })
  @Column({ type: 'boolean', default: false })
  demo: boolean;

  @BeforeInsert()
  @BeforeUpdate()
  foldTitle(): void {
    if (this.title !== undefined) this.searchTitle = foldForSearch(this.title);
  }
}
