import { CORPUS, hasCorpus } from './corpus';

/** Vitest global setup: one line when the real corpus is absent, or a failure when CI requires it. */
export default function checkCorpus(): void {
  if (hasCorpus) return;
  if (process.env.REQUIRE_CORPUS === '1') {
    throw new Error(`real corpus not found at ${CORPUS}, and REQUIRE_CORPUS=1 says the suite must read it`);
  }
  console.log(`real corpus not found at ${CORPUS}: the tests that read it are skipped (put it there, or set MANDATE_CORPUS to its folder)`);
}
