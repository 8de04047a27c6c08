import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'One revision of an instrument: "Rev. Dubai, 2018" is a different text from "Rev. Busan, 2014".' })
export class Revision {
  @Field(() => String) label!: string;
  @Field(() => String, { nullable: true }) place!: string | null;
  @Field(() => Int, { nullable: true }) year!: number | null;
}

@ObjectType({ description: 'A preambular paragraph (considering, recalling, noting, ...).' })
export class Recital {
  @Field(() => String) text!: string;
}
