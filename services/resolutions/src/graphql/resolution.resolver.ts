import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { FilterQuery } from '@mikro-orm/core';
import { ConnectionType, PageArgs, Provenance, paginate, toProvenance } from '@mandate-graph/server-kit';
import { MandateEntity, OperativeClauseEntity, ResolutionEntity, ResolutionStatus } from '../entities';
import type { ResolutionsContext } from './context';
import { found } from './loaders';
import { Recital, Revision } from './revision';

const ResolutionConnection = ConnectionType('Resolution', () => ResolutionEntity);

@ArgsType()
class ResolutionsArgs {
  @Field(() => String, { nullable: true }) issuer?: string | null;
  @Field(() => ResolutionStatus, { nullable: true }) status?: ResolutionStatus | null;
}

@Resolver(() => ResolutionEntity)
export class ResolutionResolver {
  @Query(() => ResolutionEntity, { nullable: true })
  resolution(@Arg('id', () => ID) id: string, @Ctx() { loaders }: ResolutionsContext) {
    return loaders.resolution.load(id);
  }

  @Query(() => ResolutionConnection, { description: 'Instruments some document describes or cites, by issuer, kind and number (one only cited has status UNKNOWN).' })
  resolutions(@Args(() => PageArgs) page: PageArgs, @Args(() => ResolutionsArgs) args: ResolutionsArgs, @Ctx() { em }: ResolutionsContext) {
    const where: FilterQuery<ResolutionEntity> = {};
    if (args.issuer) where.issuer = args.issuer;
    if (args.status) where.status = args.status;
    return paginate(em, ResolutionEntity, where, page);
  }

  @FieldResolver(() => [Revision], { description: 'Its own heading\'s revision, then every other revision documents cite it in (oldest first), each with where it was seen.' })
  async revisions(@Root() resolution: ResolutionEntity, @Ctx() { loaders }: ResolutionsContext): Promise<Revision[]> {
    const own = resolution.revisions.map((revision) => ({ ...revision, source: resolution.origin ? toProvenance(resolution.origin.source) : null }));
    const seen = new Set(own.map((revision) => revision.label));
    const cited: Revision[] = [];
    for (const sighting of await loaders.sightingsOf.load(resolution.id)) {
      if (seen.has(sighting.label)) continue;
      seen.add(sighting.label);
      cited.push({ label: sighting.label, place: sighting.place, year: sighting.year, source: toProvenance(sighting.origin.source) });
    }
    return [...own, ...cited];
  }

  @FieldResolver(() => [Recital])
  recitals(@Root() resolution: ResolutionEntity): Recital[] {
    return resolution.recitals.map(({ text }) => ({ text }));
  }

  @FieldResolver(() => ResolutionEntity, { nullable: true, description: 'The resolution this one was folded into.' })
  mergedInto(@Root() resolution: ResolutionEntity, @Ctx() { loaders }: ResolutionsContext) {
    return resolution.mergedInto ? loaders.resolutionOrCited.load(resolution.mergedInto) : null;
  }

  @FieldResolver(() => Provenance, { nullable: true, description: 'Where the status (and merge) was read.' })
  statusSource(@Root() resolution: ResolutionEntity): Provenance | null {
    return resolution.statusSource ? toProvenance(resolution.statusSource) : null;
  }

  @FieldResolver(() => Provenance, { nullable: true, description: 'Where the instrument itself was read.' })
  source(@Root() resolution: ResolutionEntity): Provenance | null {
    return resolution.origin ? toProvenance(resolution.origin.source) : null;
  }

  @FieldResolver(() => [OperativeClauseEntity])
  operativeClauses(@Root() resolution: ResolutionEntity, @Ctx() { loaders }: ResolutionsContext) {
    return loaders.clausesOf.load(resolution.id);
  }

  @FieldResolver(() => [MandateEntity])
  mandates(@Root() resolution: ResolutionEntity, @Ctx() { loaders }: ResolutionsContext) {
    return loaders.mandatesOf.load(resolution.id);
  }

  @FieldResolver(() => [ResolutionEntity], { description: 'Instruments this one cites, each once.' })
  async cites(@Root() resolution: ResolutionEntity, @Ctx() { loaders }: ResolutionsContext) {
    const cited = [...new Set((await loaders.citationsFrom.load(resolution.id)).map((citation) => citation.cited))];
    return found(await loaders.resolutionOrCited.loadMany(cited));
  }

  @FieldResolver(() => [ResolutionEntity], { description: 'Instruments that cite this one, each once.' })
  async citedBy(@Root() resolution: ResolutionEntity, @Ctx() { loaders }: ResolutionsContext) {
    const citing = [...new Set((await loaders.citationsTo.load(resolution.id)).map((citation) => citation.citing.id))];
    return found(await loaders.resolution.loadMany(citing));
  }
}

@Resolver(() => OperativeClauseEntity)
export class OperativeClauseResolver {
  @FieldResolver(() => Provenance)
  source(@Root() clause: OperativeClauseEntity): Provenance {
    return toProvenance(clause.origin.source);
  }
}
