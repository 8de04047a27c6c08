import { Field, Int, ObjectType } from 'type-graphql';
import { Provenance } from '@mandate-graph/server-kit';

@ObjectType({ description: 'One revision of an instrument: "Rev. Dubai, 2018" is a different text from "Rev. Busan, 2014".' })
export class Revision {
  @Field(() => String) label!: string;
  @Field(() => String, { nullable: true }) place!: string | null;
  @Field(() => Int, { nullable: true }) year!: number | null;
  @Field(() => Provenance, { nullable: true, description: 'Where the revision was seen: the instrument\'s own heading, or the first citation that names it.' })
  source!: Provenance | null;
}

@ObjectType({ description: 'A preambular paragraph (considering, recalling, noting, ...).' })
export class Recital {
  @Field(() => String) text!: string;
}
