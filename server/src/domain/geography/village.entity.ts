import { BeforeInsert, BeforeUpdate, Column, Entity, ForeignKey, Index, Unique } from 'typeorm';
import { Field, Int, ObjectType } from 'type-graphql';
import { TrackedRow } from '../tracked-row';
import { foldForSearch } from '../../shared/text';
import { Commune } from './commune.entity';
import { District } from './district.entity';
import { Reach } from '../reach';

/** Thôn / bản. Its districtId must equal its commune's: the composite key makes the database refuse anything else. */
@ObjectType()
@Reach('district')
@Entity('village')
@Unique('uq_village_commune_name', ['communeId', 'name'])
@Unique('uq_village_id_commune', ['id', 'communeId'])
@ForeignKey(() => Commune, ['communeId', 'districtId'], ['id', 'districtId'])
@Index('ix_village_district_commune', ['districtId', 'communeId'])
export class Village extends TrackedRow {
  @Field()
  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Index()
  @Column({ type: 'varchar', length: 100 })
  searchName: string;

  @Field(() => Int)
  @Column({ type: 'integer' })
  communeId: number;

  @Field(() => Int)
  @ForeignKey(() => District)
  @Column({ type: 'integer' })
  districtId: number;

  @Field({ description: 'Thôn/bản đặc biệt khó khăn.' })
  @Column({ type: 'boolean', default: false })
  especiallyDifficult: boolean;

  @Field(() => Int)
  @Column({ type: 'integer', default: 0 })
  households: number;

  @Field(() => Int)
  @Column({ type: 'integer', default: 0 })
  poorHouseholds: number;

  @Field({ description: 'True for generated demonstration data.' })
  @Column({ type: 'boolean', default: false })
  demo: boolean;

  @BeforeInsert()
  @BeforeUpdate()
  foldName(): void {
    if (this.name !== undefined) this.searchName = foldForSearch(this.name);
  }
}
