import { buildFederatedSchema, type FederatedSchema } from '@mandate-graph/server-kit';
import type { ConsultationsContext } from './context';
import { ConsultationResolver, MeetingConsultationsResolver, ResolutionConsultationsResolver } from './consultation.resolver';

export function buildConsultationsSchema(): Promise<FederatedSchema> {
  return buildFederatedSchema<ConsultationsContext>(
    { resolvers: [ConsultationResolver, MeetingConsultationsResolver, ResolutionConsultationsResolver] },
    {
      Consultation: ({ id }, { loaders }) => loaders.consultation.load(id),
      Meeting: ({ id }) => ({ id }),
      Resolution: ({ id }) => ({ id }),
    },
  );
}
