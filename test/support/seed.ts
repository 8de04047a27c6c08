import type { EntityManager } from '@mikro-orm/postgresql';
import { storeMeetingFacts } from '@mandate-graph/meetings';
import { storeResolutionFacts } from '@mandate-graph/resolutions';
import { storeConsultationFacts } from '@mandate-graph/consultations';
import type { RunningSubgraph } from '@mandate-graph/server-kit';
import type { ActionFact, MeetingFact } from '@mandate-graph/extraction';

/** A fact's source span over the whole of `quote`, for facts written by hand in tests. */
export const span = (quote: string, paragraph: string | null = null) => ({ paragraph, start: 0, end: quote.length, quote });

async function inTransaction(subgraph: RunningSubgraph, work: (em: EntityManager) => Promise<void>) {
  const em = subgraph.store.em.fork() as EntityManager;
  await em.transactional((tx) => work(tx as EntityManager));
}

/**
 * A small graph written through each subgraph's own ingestion code (the words are the project's own):
 * one group established by C-RES-1336, two meetings, a consultation launched at the first and reviewed at
 * the second, and `actionsPerMeeting` actions on each meeting that refer to resolutions.
 */
export async function seedSmallGraph(subgraphs: Record<string, RunningSubgraph>, actionsPerMeeting = 3): Promise<void> {
  const meetings: MeetingFact[] = [1, 2].map((number) => ({
    id: `WG-SAMPLE-${number}`, groupId: 'WG-SAMPLE', number, kind: 'GROUP_MEETING', startDate: `2024-0${number}-10`, endDate: null,
    format: 'VIRTUAL', contributionsReceived: number, registered: null, participants: null, source: span(`meeting ${number}`),
  }));
  const actions: ActionFact[] = meetings.flatMap((meeting) =>
    Array.from({ length: actionsPerMeeting }, (_, index) => ({
      id: `${meeting.id}/3.${index + 1}`, meetingId: meeting.id, paragraph: `3.${index + 1}`,
      text: `Sample task ${index + 1} of ${meeting.id}.`, assignees: index % 2 ? ['BDT' as const] : ['SECRETARIAT' as const],
      references: index % 3 === 0 ? ['C-RES-1336'] : ['C-RES-1336', `PP-RES-${100 + (index % 7)}`],
      consultation: null, source: span(`3.${index + 1} Sample task`, `3.${index + 1}`),
    })),
  );
  await inTransaction(subgraphs.meetings, (em) =>
    storeMeetingFacts(em, 'samples/report', { groups: [{ id: 'WG-SAMPLE', name: 'Sample working group', source: span('Sample working group') }], meetings, actions }),
  );
  await inTransaction(subgraphs.resolutions, (em) =>
    storeResolutionFacts(em, 'samples/report', {
      instruments: [],
      citations: [],
      mandates: [],
      statusFacts: [{ resolution: 'C-RES-1336', kind: 'ESTABLISHES', target: 'WG-SAMPLE', source: span('Resolution 1336 set up the group') }],
    }),
  );
  await inTransaction(subgraphs.consultations, (em) =>
    storeConsultationFacts(em, 'samples/report', [{
      id: 'WG-SAMPLE-CONS-2024-01', groupId: 'WG-SAMPLE', topic: 'Sample topic', questions: ['First question?', 'Second question?'],
      opens: '2024-01-15', closes: '2024-02-01', launchedAt: 'WG-SAMPLE-1', reviewedAt: 'WG-SAMPLE-2', consultationMeeting: null,
      responses: { total: 5, byCategory: [{ category: 'GOVERNMENT', count: 2 }, { category: 'CIVIL_SOCIETY', count: 3 }] },
      resolutions: ['C-RES-1336'], source: span('consultation opened on 15 January 2024'),
    }]),
  );
}
