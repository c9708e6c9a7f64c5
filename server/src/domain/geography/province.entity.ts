import { Column, Entity } from 'typeorm';
import { Field, ObjectType } from 'type-graphql';
import { TrackedRow } from '../tracked-row';
import { Reach } from '../reach';

@ObjectType()
@Reach('provinceItself', 'nobody')
@Entity('province')
export class Province extends TrackedRow {
  @Field({ description: 'GSO code, e.g. "08" for Tuyên Quang.' })
  @Column({ type: 'varchar', length: 8, unique: true })
  code: string;

  @Field()
  @Column({ type: 'varchar', length: 100 })
  name: string;
}
