import { Column, Entity, ForeignKey, Unique } from 'typeorm';
import { Field, Int, ObjectType } from 'type-graphql';
import { TrackedRow } from '../tracked-row';
import { MoneyColumn } from '../columns';
import { MoneyScalar } from '../../shared/money';
import { Province } from '../geography/province.entity';
import { Reach } from '../reach';

/** The year's central allocation for the capacity-building sub-project of one province. */
@ObjectType()
@Reach('province', 'province')
@Entity('funding')
@Unique('uq_funding_province_year', ['provinceId', 'fiscalYear'])
@Unique('uq_funding_id_province_year', ['id', 'provinceId', 'fiscalYear'])
export class Funding extends TrackedRow {
  @Field(() => Int)
  @ForeignKey(() => Province)
  @Column({ type: 'integer' })
  provinceId: number;

  @Field(() => Int)
  @Column({ type: 'integer' })
  fiscalYear: number;

  @Field(() => MoneyScalar)
  @MoneyColumn()
  centralAmount: number;

  @Field(() => Int, { description: 'Study tours may commit at most this share (%) of centralAmount.' })
  @Column({ type: 'integer', default: 10 })
  exchangeCapPercent: number;

  @Field(() => String, { nullable: true, description: 'Số quyết định giao vốn.' })
  @Column({ type: 'varchar', length: 60, nullable: true })
  decisionRef: string | null;

  /**
   * Counts the writes that checked or changed this year's money. Each such write bumps it in its own
   * transaction (budget.service.ts claimFunding), so that on a Galera cluster any two of them write a
   * common row and the later one fails certification instead of both passing the same check.
   */
  @Column({ type: 'integer', default: 0 })
  budgetSequence: number;

  @Field({ description: 'True for generated demonstration data.' })
  @Column({ type: 'boolean', default: false })
  demo: boolean;
}
