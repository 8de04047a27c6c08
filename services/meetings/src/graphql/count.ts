import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A number as reported: "more than 150" is { value: 150, atLeast: true }.' })
export class Count {
  @Field(() => Int) value!: number;
  @Field(() => Boolean) atLeast!: boolean;
}
