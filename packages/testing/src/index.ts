// The test harness: a dev dependency of the packages whose tests use it, never imported by production code.
export { provisionTestDatabase, type TestDatabase } from './test-database';
export { contributionOf } from './contribution';
