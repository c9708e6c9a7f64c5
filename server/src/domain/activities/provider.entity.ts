import { Column, Entity, ForeignKey, Index } from 'typeorm';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { TrackedRow } from '../tracked-row';
import { EnumColumn } from '../columns';
import { Province } from '../geography/province.entity';
import { Reach } from '../reach';

export enum ProviderKind {
  DEPARTMENT = 'DEPARTMENT', // sở, ban, ngành
  TRAINING_CENTRE = 'TRAINING_CENTRE', // trung tâm đào tạo
  OTHER = 'OTHER',
}
registerEnumType(ProviderKind, { name: 'ProviderKind' });

/** Who delivers an activity: a provincial department or a contracted training centre. Kept by the province. */
@ObjectType()
@Reach('province', 'province')
@Entity('provider')
export class Provider extends TrackedRow {
  @Field()
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Field(() => ProviderKind)
  @EnumColumn()
  kind: ProviderKind;

  @Field(() => Int)
  @Index()
  @ForeignKey(() => Province)
  @Column({ type: 'integer' })
  provinceId: number;

  @Field({ description: 'True for generated demonstration data.' })
  @Column({ type: 'boolean', default: false })
  demo: boolean;
}
