import { Column, Entity, ForeignKey, Index, Unique } from 'typeorm';
import { Field, Int, ObjectType } from 'type-graphql';
import { TrackedRow } from '../tracked-row';
import { DateColumn } from '../columns';
import { Commune } from '../geography/commune.entity';
import { Reach } from '../reach';

/** Ban giám sát cộng đồng xã: at most one per commune. */
@ObjectType()
@Reach('district')
@Entity('monitoring_board')
@Unique('uq_board_id_district', ['id', 'districtId'])
@ForeignKey(() => Commune, ['communeId', 'districtId'], ['id', 'districtId'])
export class MonitoringBoard extends TrackedRow {
  @Field(() => Int)
  @Column({ type: 'integer', unique: true })
  communeId: number;

  @Field(() => Int)
  @Index()
  @Column({ type: 'integer' })
  districtId: number;

  @Field({ description: 'Date of the founding decision, YYYY-MM-DD.' })
  @DateColumn()
  establishedOn: string;

  @Field(() => String, { nullable: true, description: 'Số quyết định thành lập.' })
  @Column({ type: 'varchar', length: 60, nullable: true })
  decisionRef: string | null;

  @Field({ description: 'True for generated demonstration data.' })
  @Column({ type: 'boolean', default: false })
  demo: boolean;
}
