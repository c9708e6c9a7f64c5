import { Field, Int, ObjectType } from 'type-graphql';

/** The people measures of docs/DOMAIN.md, as the province level and the roll-up rows answer them. */
@ObjectType() // not emitted on its own: type-graphql leaves out types no query reaches
export abstract class PeopleMeasures {
  @Field(() => Int, { description: 'Distinct people who attended at least one completed activity of the year.' })
  peopleTrained: number;

  @Field(() => Int, { description: 'Distinct people trained whose attendance is marked as having finished the course.' })
  peopleCompleted: number;

  @Field(() => Int, { description: 'Attendances at completed activities of the year (one person twice counts twice).' })
  personTimes: number;

  @Field(() => Int)
  womenTrained: number;

  @Field(() => Int, { description: 'Distinct people trained whose ethnic group is not Kinh (01).' })
  ethnicMinorityTrained: number;
}
