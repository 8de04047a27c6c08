import type { SubgraphContext } from '@mandate-graph/server-kit';
import type { DocumentsLoaders } from './loaders';

export type DocumentsContext = SubgraphContext<DocumentsLoaders>;
