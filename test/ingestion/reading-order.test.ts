import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { provisionTestDatabase, type TestDatabase } from '@mandate-graph/testing';
import { SUBGRAPH_DEFINITIONS } from '@mandate-graph/cli';
import { defaultExtractors, ingestRepositories, openIngestionStore, type IngestOptions } from '@mandate-graph/ingestion';
import { dumpStores } from '../support/dump';
import { writeRepository } from '../support/fixtures';

const NS = 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0';

/**
 * Council Resolution 1390 in Akoma Ntoso: each repository holds its own text of it. (Titles and clauses that name no group:
 * a group two instruments only name keeps the name the first one written gives it.)
 */
const statement = (title: string, preamble: string) => `<?xml version="1.0" encoding="UTF-8"?>
<akomaNtoso xmlns="${NS}">
  <statement name="resolution">
    <meta><identification source="#x"><FRBRWork><FRBRauthor href="#itu-council"/><FRBRnumber value="res-1390"/></FRBRWork>
    <FRBRExpression><FRBRlanguage language="eng"/></FRBRExpression></identification></meta>
    <preface>
      <p><docType>RESOLUTION</docType> <docNumber>1390</docNumber></p>
      <container name="title"><p>${title}</p></container>
    </preface>
    ${preamble}
    <mainBody>
      <hcontainer name="resolves" eId="hcont_resolves">
        <heading><i>resolves</i></heading>
        <paragraph eId="para_1"><num>1</num><content><p>that the Secretary-General shall publish its texts in the six languages;</p></content></paragraph>
      </hcontainer>
    </mainBody>
  </statement>
</akomaNtoso>`;

const PREAMBLE = `<preamble>
      <formula name="enactingFormula"><p>The Council,</p></formula>
      <container name="considering"><p><i>considering</i></p></container>
      <blockList eId="preamble__list_1">
        <item eId="preamble__list_1__item_a"><num>a)</num><p>Resolution 154 (Rev. Dubai, 2018) of the Plenipotentiary Conference;</p></item>
      </blockList>
    </preamble>`;

/** A chair's report on the group's open consultation: each repository's report reads it its own way. */
const report = (topic: string, period: string, responses: string) => `Report by the Chair of the Council Working Group on Sample Policy Issues (CWG-Sample)

1\tIntroduction
1.1\tCouncil Resolution 1400 (Rev. 2023) established the CWG-Sample, open to Member States only, with open consultation with all stakeholders.
2\tActivities
2.1\tThe 3rd meeting of CWG-Sample was held virtually on 14-15 March 2024 and the 4th meeting took place in person on 9-10 October 2024.
2.2\tThe 4th meeting received six contributions. The meeting also discussed the results of the open consultation on "${topic}", launched by the 3rd meeting and held from ${period}. ${responses}
`;

const REPOSITORIES = {
  earlier: writeRepository('order-a', {
    'res-1390.xml': statement('Use of the official languages of the Union', PREAMBLE),
    'report.txt': report('Affordable access in small island states', 'April to July 2024',
      'A total of 9 responses were received (3 from governments, 2 from private sector entities, 1 from academia and 3 from civil society).'),
  }),
  later: writeRepository('order-b', {
    'res-1390.xml': statement('Use of the six official languages of the Union on an equal footing', ''),
    'report.txt': report('Affordable access in small islands', 'April to August 2024', 'A total of 11 responses were received (5 from governments and 6 from civil society).'),
  }),
};

describe('two repositories that hold the same instrument and describe the same consultation', () => {
  const names = ['forward', 'backward', 'forwardOneByOne', 'backwardOneByOne'] as const;
  const databases: Partial<Record<(typeof names)[number], TestDatabase>> = {};

  async function ingestInto(database: TestDatabase, repositories: string[], options: IngestOptions) {
    const store = await openIngestionStore(database.url, SUBGRAPH_DEFINITIONS);
    try {
      // One run: in batches, the four documents are new documents of one batch.
      const result = await ingestRepositories(store, repositories, defaultExtractors, undefined, options);
      expect(result.failures).toEqual([]);
      expect(result.documents.created).toBe(4);
    } finally {
      await store.close();
    }
  }

  beforeAll(async () => {
    for (const name of names) databases[name] = await provisionTestDatabase();
  });
  afterAll(async () => {
    for (const database of Object.values(databases)) await database?.close();
  });

  it('leave the same store whichever repository is ingested first, in batches or one document at a time', { timeout: 120_000 }, async () => {
    const { earlier, later } = REPOSITORIES;
    await ingestInto(databases.forward!, [earlier, later], {});
    await ingestInto(databases.backward!, [later, earlier], {});
    await ingestInto(databases.forwardOneByOne!, [earlier, later], { documentsPerBatch: 1 });
    await ingestInto(databases.backwardOneByOne!, [later, earlier], { documentsPerBatch: 1 });
    const dumps = await Promise.all(names.map((name) => dumpStores(databases[name]!.url)));

    // The later document id's reading, the earlier one filling in what it leaves unsaid.
    const [consultation] = dumps[0]['consultations.consultation'];
    expect(dumps[0]['consultations.consultation']).toHaveLength(1);
    expect(consultation).toContain('Affordable access in small islands');
    expect(consultation).toContain('2024-08-31');
    expect(consultation).toContain('order-b/report');
    expect(dumps[0]['consultations.response_count']).toHaveLength(2);
    const instrument = dumps[0]['resolutions.resolution'].find((row) => row.startsWith('(C-RES-1390,'))!;
    expect(instrument).toContain('on an equal footing');
    expect(instrument).toContain('Resolution 154 (Rev. Dubai, 2018)');
    expect(instrument).toContain('order-b/res-1390');

    for (const dump of dumps.slice(1)) expect(dump).toEqual(dumps[0]);
  });
});
