import { buildFederatedSchema, type FederatedSchema } from '@mandate-graph/server-kit';
import type { ConsultationsContext } from './context';
import { ConsultationResolver, MeetingConsultationsResolver, ResolutionConsultationsResolver } from './consultation.resolver';
import { ConsultationSeriesResolver, ConsultationSeries, consultationSeries } from './series.resolver';

export function buildConsultationsSchema(): Promise<FederatedSchema> {
  return buildFederatedSchema<ConsultationsContext>(
    { resolvers: [ConsultationResolver, MeetingConsultationsResolver, ResolutionConsultationsResolver, ConsultationSeriesResolver], orphanedTypes: [ConsultationSeries] },
    {
      Consultation: ({ id }, { loaders }) => loaders.consultation.load(id),
      Meeting: ({ id }) => ({ id }),
      ConsultationSeries: ({ id }) => consultationSeries(id),
      Resolution: ({ id }) => ({ id }),
    },
  );
}
