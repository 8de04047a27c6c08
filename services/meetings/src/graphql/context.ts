import type { SubgraphContext } from '@mandate-graph/server-kit';
import type { MeetingsLoaders } from './loaders';

export type MeetingsContext = SubgraphContext<MeetingsLoaders>;
