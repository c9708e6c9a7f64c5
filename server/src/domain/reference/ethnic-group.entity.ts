import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Field, ObjectType } from 'type-graphql';
import { Reach } from '../reach';

/** The 54 ethnic groups, numbered per Decision 121-TCTK/PPCĐ (1979). Code 01 is Kinh; every other is a minority. */
@ObjectType()
@Reach('everyone')
@Entity('ethnic_group')
export class EthnicGroup {
  @Field({ description: 'Two-digit code, 01–54 (01 = Kinh).' })
  @PrimaryColumn({ type: 'varchar', length: 2 })
  code: string;

  @Field()
  @Column({ type: 'varchar', length: 64 })
  name: string;

  @Field(() => String, { nullable: true, description: 'Another common spelling of the name.' })
  @Column({ type: 'varchar', length: 64, nullable: true })
  nameAlt: string | null;
}

export const KINH_CODE = '01';
