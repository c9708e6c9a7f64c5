import { BeforeInsert, BeforeUpdate, Column, Entity, ForeignKey, Index, Unique } from 'typeorm';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { TrackedRow } from '../tracked-row';
import { EnumColumn } from '../columns';
import { foldForSearch } from '../../shared/text';
import { District } from './district.entity';
import { Reach } from '../reach';

export enum CommuneType {
  COMMUNE = 'COMMUNE', // xã
  WARD = 'WARD', // phường
  TOWNSHIP = 'TOWNSHIP', // thị trấn
}
registerEnumType(CommuneType, { name: 'CommuneType', description: 'xã / phường / thị trấn' });

export enum P135Status {
  ESPECIALLY_DIFFICULT = 'ESPECIALLY_DIFFICULT', // xã đặc biệt khó khăn (khu vực III)
  SAFE_ZONE = 'SAFE_ZONE', // xã an toàn khu
  NONE = 'NONE',
}
registerEnumType(P135Status, { name: 'P135Status' });

@ObjectType()
@Reach('district')
@Entity('commune')
@Unique('uq_commune_id_district', ['id', 'districtId']) // lets child rows pin their district with a composite key
export class Commune extends TrackedRow {
  @Field({ description: 'GSO code, e.g. "02233".' })
  @Column({ type: 'varchar', length: 8, unique: true })
  code: string;

  @Field()
  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Index()
  @Column({ type: 'varchar', length: 100 })
  searchName: string;

  @Field(() => CommuneType)
  @EnumColumn()
  type: CommuneType;

  @Field(() => Int)
  @Index()
  @ForeignKey(() => District)
  @Column({ type: 'integer' })
  districtId: number;

  @Field(() => P135Status)
  @EnumColumn({ default: P135Status.NONE })
  p135Status: P135Status;

  @Field({ description: 'True when the Program 135 status is a generated demo value, not an official list.' })
  @Column({ type: 'boolean', default: false })
  demo: boolean;

  @Field(() => DateTimeResolver, { nullable: true, description: 'Set when the commune was merged away or dissolved.' })
  @Column({ type: 'datetime', nullable: true })
  retiredAt: Date | null;

  @BeforeInsert()
  @BeforeUpdate()
  foldName(): void {
    if (this.name !== undefined) this.searchName = foldForSearch(this.name);
  }
}
