import { buildFederatedSchema, type FederatedSchema } from '@mandate-graph/server-kit';
import type { ResolutionsContext } from './context';
import { OperativeClauseResolver, ResolutionResolver } from './resolution.resolver';
import { ConsultationMandatesResolver, GroupMandatesResolver, MandateResolver, MeetingMandatesResolver } from './mandate.resolver';

export function buildResolutionsSchema(): Promise<FederatedSchema> {
  return buildFederatedSchema<ResolutionsContext>(
    { resolvers: [ResolutionResolver, OperativeClauseResolver, MandateResolver, GroupMandatesResolver, MeetingMandatesResolver, ConsultationMandatesResolver] },
    {
      Resolution: ({ id }, { loaders }) => loaders.resolutionOrCited.load(id),
      Group: ({ id }) => ({ id }),
      Meeting: ({ id }) => ({ id }),
      Consultation: ({ id }) => ({ id }),
    },
  );
}
