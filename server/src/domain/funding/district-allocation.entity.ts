import { Column, Entity, ForeignKey, Unique } from 'typeorm';
import { Field, Int, ObjectType } from 'type-graphql';
import { TrackedRow } from '../tracked-row';
import { MoneyColumn } from '../columns';
import { MoneyScalar } from '../../shared/money';
import { District } from '../geography/district.entity';
import { Funding } from './funding.entity';
import { Reach } from '../reach';

/** A district's envelope within the year's funding; the keys pin it to the funding's province and year. */
@ObjectType()
@Reach('district', 'province')
@Entity('district_allocation')
@Unique('uq_allocation_district_year', ['districtId', 'fiscalYear'])
@ForeignKey(() => Funding, ['fundingId', 'provinceId', 'fiscalYear'], ['id', 'provinceId', 'fiscalYear'], { onDelete: 'CASCADE' })
@ForeignKey(() => District, ['districtId', 'provinceId'], ['id', 'provinceId'])
export class DistrictAllocation extends TrackedRow {
  @Field(() => Int)
  @Column({ type: 'integer' })
  fundingId: number;

  @Field(() => Int)
  @Column({ type: 'integer' })
  provinceId: number;

  @Field(() => Int)
  @Column({ type: 'integer' })
  districtId: number;

  @Field(() => Int)
  @Column({ type: 'integer' })
  fiscalYear: number;

  @Field(() => MoneyScalar)
  @MoneyColumn()
  amount: number;
}
