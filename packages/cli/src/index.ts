export { composeSupergraph, readSupergraph, schemaFiles, writeSchemaFiles, type Composition } from './compose';
export { SUBGRAPHS, SUBGRAPH_DEFINITIONS, subgraphNamed, type SubgraphEntry } from './subgraphs';
export { PROJECT_ROOT, SCHEMA_DIR, CLI_BIN, SAMPLE_REPOSITORY } from './paths';
export { main } from './main';
export { generateRepository, random, type GenerateOptions, type GeneratedRepository } from './generate/synthetic-repository';
