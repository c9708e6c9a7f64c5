import { Column, Entity, ForeignKey, Index, Unique } from 'typeorm';
import { Field, Int, ObjectType } from 'type-graphql';
import { TrackedRow } from '../tracked-row';
import { Activity } from './activity.entity';
import { Participant } from '../participants/participant.entity';
import { Reach } from '../reach';

/**
 * One participant on one activity. districtId is the participant's district (equal to the activity's
 * for a district activity), so a district sees the attendance of its own people and nobody else's.
 */
@ObjectType()
@Reach('district')
@Entity('attendance')
@Unique('uq_attendance_activity_participant', ['activityId', 'participantId'])
@ForeignKey(() => Participant, ['participantId', 'districtId'], ['id', 'districtId'])
@Index('ix_attendance_district_participant', ['districtId', 'participantId'])
export class Attendance extends TrackedRow {
  @Field(() => Int)
  @ForeignKey(() => Activity, { onDelete: 'CASCADE' })
  @Column({ type: 'integer' })
  activityId: number;

  @Field(() => Int)
  @Index()
  @Column({ type: 'integer' })
  participantId: number;

  @Field(() => Int)
  @Column({ type: 'integer' })
  districtId: number;

  @Field()
  @Column({ type: 'boolean', default: true })
  attended: boolean;

  @Field()
  @Column({ type: 'boolean', default: false })
  completed: boolean;
}
