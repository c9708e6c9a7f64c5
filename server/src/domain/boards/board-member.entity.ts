import { Column, Entity, ForeignKey, Index, Unique } from 'typeorm';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { TrackedRow } from '../tracked-row';
import { EnumColumn } from '../columns';
import { MonitoringBoard } from './monitoring-board.entity';
import { Participant } from '../participants/participant.entity';
import { Reach } from '../reach';

export enum BoardRole {
  HEAD = 'HEAD', // trưởng ban
  DEPUTY = 'DEPUTY', // phó ban
  MEMBER = 'MEMBER', // thành viên
}
registerEnumType(BoardRole, { name: 'BoardRole' });

/** A participant sitting on a board; both must belong to the same district. */
@ObjectType()
@Reach('district')
@Entity('board_member')
@Unique('uq_board_member', ['boardId', 'participantId'])
@ForeignKey(() => MonitoringBoard, ['boardId', 'districtId'], ['id', 'districtId'], { onDelete: 'CASCADE' })
@ForeignKey(() => Participant, ['participantId', 'districtId'], ['id', 'districtId'])
export class BoardMember extends TrackedRow {
  @Field(() => Int)
  @Column({ type: 'integer' })
  boardId: number;

  @Field(() => Int)
  @Index()
  @Column({ type: 'integer' })
  participantId: number;

  @Field(() => Int)
  @Index()
  @Column({ type: 'integer' })
  districtId: number;

  @Field(() => BoardRole)
  @EnumColumn()
  role: BoardRole;
}
