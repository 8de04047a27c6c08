export { startEmbeddedPostgres, type EmbeddedPostgres, type EmbeddedPostgresOptions } from './embedded';
export { openStore, type Store, type StoreOptions } from './store';
export { StoreInUseError, type StoreHolder } from './data-dir-lock';
export { DATA_VERSION_TABLE, readDataVersion } from './data-version';
