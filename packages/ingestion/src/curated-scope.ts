import type { EntityManager } from '@mikro-orm/postgresql';
import { ownedByScope, type CurationProblem, type CurationScope } from '@mandate-graph/server-kit';
import type { CuratedFacts } from './curated';
import { MANIFEST, type Repository } from './repository';
import type { IngestionStore } from './store';

/**
 * Why the overlay's facts may not be stored, fact by fact (none: they may). A repository's curated facts speak
 * only of its own documents, of the instruments and groups those documents hold, and of those its manifest
 * declares under `curates`; and they never overwrite what another repository's curator stated otherwise. Each
 * subgraph judges the claims on its own facts.
 */
export async function curationProblems(em: EntityManager, sinks: IngestionStore['sinks'], repository: Repository, facts: CuratedFacts): Promise<string[]> {
  const scope: CurationScope = { repository: repository.id, declared: repository.curates, manifest: MANIFEST };
  const problems: CurationProblem[] = facts.claims
    .filter((claim) => claim.about.kind === 'document' && !ownedByScope(scope, claim.about.id))
    .map((claim) => ({ claim, reason: `document ${claim.about.id} belongs to another repository; a repository sets only its own documents' symbols` }));
  for (const sink of sinks) problems.push(...((await sink.curationProblems?.(em, facts.claims, scope)) ?? []));
  // In the overlay's order, as its author reads it.
  const order = new Map(facts.claims.map((claim, index) => [claim, index]));
  return problems.sort((a, b) => order.get(a.claim)! - order.get(b.claim)!).map(({ claim, reason }) => `${claim.where}: ${reason}`);
}
