import type { SubgraphContext } from '@mandate-graph/server-kit';
import type { ConsultationsLoaders } from './loaders';

export type ConsultationsContext = SubgraphContext<ConsultationsLoaders>;
