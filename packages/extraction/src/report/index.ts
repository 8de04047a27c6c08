import type { ActionFact, ConsultationFact, GroupFact, LanguageCode, MeetingFact, Paragraph, ResolutionFact } from '../types';
import { detectLanguage } from '../text/language';
import { extractActions } from './actions';
import { analyze } from './analysis';
import { citedResolutions } from './citations';
import { extractConsultations } from './consultations';
import { extractMeetings } from './meetings';
import { consultationResolutions, extractResolutionFacts } from './resolutions';

export { parseChineseNumeral } from './numerals';

export interface ReportFacts {
  groups: GroupFact[];
  meetings: MeetingFact[];
  consultations: ConsultationFact[];
  actions: ActionFact[];
  resolutionFacts: ResolutionFact[];
}

export interface ReportOptions {
  /** The report's language; detected from the text when absent. */
  language?: LanguageCode;
}

/**
 * Facts from a chair's or meeting report of an ITU group (Chinese and, at a basic level, English
 * wording): the groups, their meetings, open consultations, the actions agreed, and what the report
 * says resolutions did. `text` is the normalized document text and `paragraphs` come from
 * splitParagraphs over it; every fact's source quotes `text`.
 */
export function extractReportFacts(text: string, paragraphs: Paragraph[], options: ReportOptions = {}): ReportFacts {
  const language = options.language ?? detectLanguage(text) ?? 'en';
  const a = analyze(text, paragraphs);
  // A Council working group's report is a Council document: bare resolution numbers are Council's.
  const issuer = a.groups.mainGroup?.startsWith('CWG-') ? 'C' : undefined;
  const cited = citedResolutions(text, language, issuer);
  const resolutionFacts = extractResolutionFacts(a, cited);
  const meetings = extractMeetings(a);
  const consultations = extractConsultations(a, consultationResolutions(a, cited, resolutionFacts));
  const actions = extractActions(a, cited, consultations);
  return { groups: a.groups.groups, meetings, consultations, actions, resolutionFacts };
}
