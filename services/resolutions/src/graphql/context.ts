import type { SubgraphContext } from '@mandate-graph/server-kit';
import type { ResolutionsLoaders } from './loaders';

export type ResolutionsContext = SubgraphContext<ResolutionsLoaders>;
