export { defaultExtractors } from '@mandate-graph/extraction';
