import { describe, expect, it } from 'vitest';
import { extractMandates, type InstrumentFact } from '../../src';

function instrument(block: string, ...clauses: string[]): InstrumentFact {
  return {
    id: 'PP-RES-900', issuer: 'PP', kind: 'RES', number: 900, revision: null, title: null, recitals: [], footnotes: [],
    operativeClauses: clauses.map((text, index) => ({
      block, addressee: null, number: String(index + 1), text, source: { paragraph: String(index + 1), start: 0, end: text.length, quote: text },
    })),
  };
}

const edges = (fact: InstrumentFact) => extractMandates(fact).map((mandate) => `${mandate.relation} ${mandate.activityType} ${mandate.activity}`);

describe('mandates from operative clauses', () => {
  it('gives the group and the series a clause speaks of, in each language', () => {
    expect(edges(instrument('instructs_the_council', 'to direct CWG-Harbour to hold open consultation meetings before each of its meetings'))).toEqual([
      'INSTRUCTS Group CWG-HARBOUR', 'INSTRUCTS MeetingSeries CWG-HARBOUR-OC',
    ]);
    expect(edges(instrument('invites_member_states', 'à contribuer aux consultations ouvertes du CWG-Harbour'))).toEqual([
      'GUIDES Group CWG-HARBOUR', 'GUIDES ConsultationSeries CWG-HARBOUR-CONS',
    ]);
    expect(edges(instrument('resolves', 'que el CWG-Harbour celebre consultas abiertas y reuniones de consulta'))).toEqual([
      'BASIS_FOR Group CWG-HARBOUR', 'BASIS_FOR MeetingSeries CWG-HARBOUR-OC', 'BASIS_FOR ConsultationSeries CWG-HARBOUR-CONS',
    ]);
    expect(edges(instrument('instructs_the_council', '责成CWG-Harbour举行公开磋商'))).toEqual(['INSTRUCTS Group CWG-HARBOUR', 'INSTRUCTS ConsultationSeries CWG-HARBOUR-CONS']);
  });

  it('knows a group by its full name and by an acronym split by the conversion', () => {
    expect(edges(instrument('instructs_the_secretary_general', 'to support the Council Working Group on International Internet-related Public Policy Issues'))).toEqual(['INSTRUCTS Group CWG-INTERNET']);
    expect(edges(instrument('instructs_the_secretary_general', 'to report to CWG- Internet'))).toEqual(['INSTRUCTS Group CWG-INTERNET']);
  });

  it('does not guess whose consultations a clause on several groups means, and gives nothing without a group', () => {
    expect(edges(instrument('instructs_the_council', 'to ask CWG-Harbour and CWG-Light to hold open consultations'))).toEqual([
      'INSTRUCTS Group CWG-HARBOUR', 'INSTRUCTS Group CWG-LIGHT',
    ]);
    expect(edges(instrument('instructs_the_council', 'to hold open consultations with all stakeholders'))).toEqual([]);
  });

  it('mandates the group a clause addresses, and only refers to the groups it is to work with, in each language', () => {
    expect(edges(instrument('invites_the_council', 'to encourage CWG-Harbour to liaise with the Council Working Group on International Internet-related Public Policy Issues (CWG-Internet), as appropriate'))).toEqual([
      'GUIDES Group CWG-HARBOUR', 'REFERENCES Group CWG-INTERNET',
    ]);
    expect(edges(instrument('instructs_the_director', 'to collaborate closely with CWG-Harbour and CWG-Light on the regional initiatives'))).toEqual([
      'REFERENCES Group CWG-HARBOUR', 'REFERENCES Group CWG-LIGHT',
    ]);
    expect(edges(instrument('instructs_the_council', 'de charger le CWG-Harbour de travailler en étroite collaboration avec le CWG-Light'))).toEqual([
      'INSTRUCTS Group CWG-HARBOUR', 'REFERENCES Group CWG-LIGHT',
    ]);
    expect(edges(instrument('instructs_the_council', 'que el CWG-Harbour trabaje en coordinación con el CWG-Light y CWG-Sea'))).toEqual([
      'INSTRUCTS Group CWG-HARBOUR', 'REFERENCES Group CWG-LIGHT', 'REFERENCES Group CWG-SEA',
    ]);
    expect(edges(instrument('instructs_the_council', 'поручить CWG-Harbour во взаимодействии с CWG-Light'))).toEqual(['INSTRUCTS Group CWG-HARBOUR', 'REFERENCES Group CWG-LIGHT']);
    expect(edges(instrument('instructs_the_council', 'أن يعمل CWG-Harbour بالتنسيق مع CWG-Light'))).toEqual(['INSTRUCTS Group CWG-HARBOUR', 'REFERENCES Group CWG-LIGHT']);
    expect(edges(instrument('instructs_the_council', '责成CWG-Harbour与CWG-Light保持联络'))).toEqual(['INSTRUCTS Group CWG-HARBOUR', 'REFERENCES Group CWG-LIGHT']);
    // Named as a partner and as the one addressed: addressed.
    expect(edges(instrument('instructs_the_council', 'to ask CWG-Harbour to cooperate with CWG-Light, and to ask CWG-Light to report to CWG-Harbour'))).toEqual(['INSTRUCTS Group CWG-HARBOUR', 'INSTRUCTS Group CWG-LIGHT']);
  });
});
