import { Column, Entity, ForeignKey, Index, Unique } from 'typeorm';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { TrackedRow } from '../tracked-row';
import { EnumColumn } from '../columns';
import { Province } from './province.entity';
import { Reach } from '../reach';

export enum DistrictType {
  RURAL_DISTRICT = 'RURAL_DISTRICT', // huyện
  CITY = 'CITY', // thành phố
  TOWN = 'TOWN', // thị xã
}
registerEnumType(DistrictType, { name: 'DistrictType', description: 'huyện / thành phố / thị xã' });

/** The tenant: every district keeps its own communes, villages, people and activities. */
@ObjectType()
@Reach('districtItself', 'nobody')
@Entity('district')
@Unique('uq_district_id_province', ['id', 'provinceId']) // target of composite keys that pin a row to one province
export class District extends TrackedRow {
  @Field({ description: 'GSO code, e.g. "071" for Lâm Bình.' })
  @Column({ type: 'varchar', length: 8, unique: true })
  code: string;

  @Field()
  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Field(() => DistrictType)
  @EnumColumn()
  type: DistrictType;

  @Field(() => Int)
  @Index()
  @ForeignKey(() => Province)
  @Column({ type: 'integer' })
  provinceId: number;
}
