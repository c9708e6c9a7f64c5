import { BeforeInsert, BeforeUpdate, Column, Entity, ForeignKey, Index, Unique } from 'typeorm';
import { Extensions, Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { TrackedRow } from '../tracked-row';
import { EnumColumn } from '../columns';
import { foldForSearch } from '../../shared/text';
import { PERSONAL_DATA } from '../../shared/personal-data';
import { Commune } from '../geography/commune.entity';
import { Village } from '../geography/village.entity';
import { EthnicGroup } from '../reference/ethnic-group.entity';
import { Reach } from '../reach';

export enum Gender {
  FEMALE = 'FEMALE',
  MALE = 'MALE',
}
registerEnumType(Gender, { name: 'Gender' });

export enum ParticipantCategory {
  COMMUNE_OFFICIAL = 'COMMUNE_OFFICIAL', // cán bộ xã
  VILLAGE_OFFICIAL = 'VILLAGE_OFFICIAL', // cán bộ thôn, bản
  MONITORING_BOARD_MEMBER = 'MONITORING_BOARD_MEMBER', // thành viên ban giám sát cộng đồng
  PRESTIGIOUS_PERSON = 'PRESTIGIOUS_PERSON', // người có uy tín
  RESIDENT = 'RESIDENT', // người dân
}
registerEnumType(ParticipantCategory, { name: 'ParticipantCategory' });

/**
 * A person who can attend training. The composite keys pin the row to its commune's district and,
 * when a village is given, the village to that commune.
 */
@ObjectType()
@Reach('district')
@Entity('participant')
@Unique('uq_participant_id_district', ['id', 'districtId'])
@ForeignKey(() => Commune, ['communeId', 'districtId'], ['id', 'districtId'])
@ForeignKey(() => Village, ['villageId', 'communeId'], ['id', 'communeId'])
@Index('ix_participant_district_commune', ['districtId', 'communeId'])
@Index('ix_participant_district_village', ['districtId', 'villageId'])
@Index('ix_participant_district_category', ['districtId', 'category'])
@Index('ix_participant_district_gender', ['districtId', 'gender'])
@Index('ix_participant_district_ethnic', ['districtId', 'ethnicGroupCode'])
@Index('ix_participant_phone', ['phone'])
export class Participant extends TrackedRow {
  @Field()
  @Column({ type: 'varchar', length: 120 })
  fullName: string;

  @Index()
  @Column({ type: 'varchar', length: 120 })
  searchName: string;

  @Field(() => Gender)
  @EnumColumn()
  gender: Gender;

  @Field(() => Int)
  @Column({ type: 'integer' })
  birthYear: number;

  @Field()
  @ForeignKey(() => EthnicGroup)
  @Column({ type: 'varchar', length: 2 })
  ethnicGroupCode: string;

  @Field(() => ParticipantCategory)
  @EnumColumn()
  category: ParticipantCategory;

  @Field(() => String, { nullable: true, description: 'Chức vụ, e.g. "Trưởng thôn".' })
  @Column({ type: 'varchar', length: 120, nullable: true })
  position: string | null;

  @Field(() => Int)
  @Column({ type: 'integer' })
  communeId: number;

  @Field(() => Int, { nullable: true })
  @Column({ type: 'integer', nullable: true })
  villageId: number | null;

  @Field(() => Int)
  @Column({ type: 'integer' })
  districtId: number;

  @Field(() => String, { nullable: true, description: 'Masked (e.g. "0xx…678") for API keys and viewers without the personalData grant.' })
  @Extensions(PERSONAL_DATA)
  @Column({ type: 'varchar', length: 20, nullable: true })
  phone: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Số CCCD/CMND; unique across the country. Masked (e.g. "0xx…234") for API keys and viewers without the personalData grant.',
  })
  @Extensions(PERSONAL_DATA)
  @Column({ type: 'varchar', length: 20, nullable: true, unique: true })
  idNumber: string | null;

  @Field({ description: 'True for generated demonstration data.' })
  @Column({ type: 'boolean', default: false })
  demo: boolean;

  /** Set when a page query joined them (participant.service.ts); the field resolvers load them otherwise. Not columns. */
  commune?: Commune | null;
  village?: Village | null;

  @BeforeInsert()
  @BeforeUpdate()
  foldName(): void {
    if (this.fullName !== undefined) this.searchName = foldForSearch(this.fullName);
  }
}
