export { parseAkomaNtoso, isAkomaNtoso } from './parse';
export { AknError, type AknLocation } from './errors';
export type { AknDocument, AknParseOptions, AknRepair, AknRepairKind } from './types';
