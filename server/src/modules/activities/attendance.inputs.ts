import { Field, InputType, Int } from 'type-graphql';
import { IsBoolean, IsInt } from 'class-validator';

/** One participant on the attendance list of an activity. */
@InputType()
export class AttendanceEntryInput {
  @Field(() => Int)
  @IsInt()
  participantId: number;

  @Field({ defaultValue: true })
  @IsBoolean()
  attended: boolean;

  @Field({ defaultValue: false, description: 'Finished the course; implies attended.' })
  @IsBoolean()
  completed: boolean;
}
