import type { ResolutionFact } from '../types';
import type { Analysis, SentenceInfo } from './analysis';
import type { CitedResolution } from './citations';
import type { GroupMention } from './groups';
import { CONSULTATION_WORD } from './lexicon';
import { spanOf } from './span';
import { inTextOrder, within } from './within';

const ESTABLISH = /成立|设立|建立|创建|\bestablish(?:ed|es|ing)?\b|\bset up\b|\bcreat(?:ed|es|ing)\b/i;
/** Words that make the next citation the basis of an act, not the act itself ("in accordance with Res. 102"). */
const BASIS = /(?:按照|根据|依照|依据|遵照|基于|\bpursuant to|\bin accordance with|\bin line with|\bunder|\bfollowing)\s*(?:the\s+)?[^，。；,;]{0,30}$/i;
const MERGE = /纳入|并入|合并|\bincorporat(?:e|es|ed|ing)\b|\bmerg(?:e|es|ed|ing)\b|\bfold(?:s|ed|ing)?\b|\bconsolidat(?:e|es|ed|ing)\b/i;
const ABROGATE = /废止|废除|撤销|\babrogat(?:e|es|ed|ing|ion)\b|\bsuppress(?:es|ed|ing)?\b|\brescind(?:s|ed|ing)?\b|\brepeal(?:s|ed|ing)?\b/gi;
/** Wording that puts a consultation under a resolution ("…确定了公开磋商的工作模式", "guides … consultations"). */
const GOVERNS = /确定|规定|指导|责成|模式|\bguid(?:e|es|ed|ance)\b|\bmodalit(?:y|ies)\b|\bpursuant\b|\bunder\b|\bin accordance\b|\bgovern(?:s|ed)?\b/i;

/**
 * What the report says resolutions did: establish a group, fold one resolution into another,
 * abrogate one. Each fact quotes the sentence that says it (which contains the resolution's number).
 */
export function extractResolutionFacts(analysis: Analysis, cited: CitedResolution[]): ResolutionFact[] {
  const out: ResolutionFact[] = [];
  const seen = new Set<string>();
  const add = (fact: ResolutionFact): void => {
    const key = `${fact.resolution}|${fact.kind}|${fact.target}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push(fact);
  };
  const ordered = inTextOrder(cited);
  const mentions = inTextOrder(analysis.groups.mentions);
  for (const paragraphInfo of analysis.paragraphs) {
    for (const sentence of paragraphInfo.sentences) {
      const cites = within(ordered, sentence.start, sentence.end);
      if (!cites.length) continue;
      const source = spanOf(analysis.text, paragraphInfo.paragraph, sentence.start, sentence.end);
      for (const bare of establishes(sentence, cites, within(mentions, sentence.start, sentence.end)[0], analysis.text)) add({ ...bare, source });
      for (const bare of merges(analysis, sentence, cites)) add({ ...bare, source });
      for (const bare of abrogations(analysis, sentence, cites)) add({ ...bare, source });
    }
  }
  return out;
}

type Bare = Omit<ResolutionFact, 'source'>;

function establishes(sentence: SentenceInfo, cites: CitedResolution[], group: GroupMention | undefined, text: string): Bare[] {
  const verb = ESTABLISH.exec(sentence.text);
  if (!verb || !group) return [];
  // Drop the citations that are the basis ("in accordance with Resolutions 102 and 140"): a list
  // inherits the status of its first member.
  const acting: CitedResolution[] = [];
  let previous: { cite: CitedResolution; basis: boolean } | null = null;
  for (const citation of cites) {
    const between: string = previous ? text.slice(previous.cite.end, citation.start) : '';
    const listed: boolean = previous !== null && /^[\s第号和及與与、,，]*(?:and|or)?[\s第号]*$/i.test(between.replace(/[（(][^）)]*[）)]/g, ''));
    const basis: boolean = listed ? previous!.basis : BASIS.test(text.slice(sentence.start, citation.start));
    previous = { cite: citation, basis };
    if (!basis) acting.push(citation);
  }
  const chosen = acting.find((citation) => citation.id.startsWith('C-')) ?? acting[0];
  return chosen ? [{ resolution: chosen.id, kind: 'ESTABLISHES', target: group.groupId }] : [];
}

function merges(analysis: Analysis, sentence: SentenceInfo, cites: CitedResolution[]): Bare[] {
  const verb = MERGE.exec(sentence.text);
  if (!verb) return [];
  const at = sentence.start + verb.index;
  const before = cites.filter((citation) => citation.end <= at);
  const after = cites.filter((citation) => citation.start >= at + verb[0].length);
  const lastBefore = before[before.length - 1];
  const firstAfter = after[0];
  let absorbed: CitedResolution | undefined;
  let into: CitedResolution | undefined;
  const english = /^[a-z]/i.test(verb[0]);
  if (!english) {
    // "将Y纳入X" vs "修改X，以纳入Y".
    const jiang = lastBefore && /(?:将|把)\s*(?:理事会)?\s*$/.test(analysis.text.slice(Math.max(sentence.start, lastBefore.start - 8), lastBefore.start));
    [absorbed, into] = jiang ? [lastBefore, firstAfter] : [firstAfter, lastBefore];
  } else if (firstAfter && after[1] && /\b(?:into|with)\b/i.test(analysis.text.slice(firstAfter.end, after[1].start))) {
    // "incorporate/merge Resolution Y into Resolution X".
    [absorbed, into] = [firstAfter, after[1]];
  } else if (/^incorporat|^consolidat/i.test(verb[0])) {
    // "Resolution Y was incorporated into X" / "revise Resolution X to incorporate Resolution Y".
    const passive = /\binto\b/i.test(analysis.text.slice(at, firstAfter?.start ?? at));
    [absorbed, into] = passive ? [lastBefore, firstAfter] : [firstAfter, lastBefore];
  } else {
    // "Resolution Y was merged into X".
    [absorbed, into] = [lastBefore, firstAfter];
  }
  if (!absorbed || !into || absorbed.id === into.id) return [];
  return [{ resolution: absorbed.id, kind: 'MERGED_INTO', target: into.id }];
}

function abrogations(analysis: Analysis, sentence: SentenceInfo, cites: CitedResolution[]): Bare[] {
  const out: Bare[] = [];
  ABROGATE.lastIndex = 0;
  for (let match = ABROGATE.exec(sentence.text); match; match = ABROGATE.exec(sentence.text)) {
    const at = sentence.start + match.index;
    const end = at + match[0].length;
    // Active: "废止第1344号决议" / "abrogate Resolution 1344"; passive: "Resolution 1344 … was abrogated".
    const after = cites.find((citation) => citation.start >= end && citation.start - end <= 30 && !/[，。；,;]/.test(analysis.text.slice(end, citation.start)));
    const before = [...cites].reverse().find((citation) => citation.end <= at && at - citation.end <= 40 && /\b(?:is|was|were|are|has been|have been|be|being)\s+$|\(\s*$/i.test(analysis.text.slice(citation.end, at)));
    const target = after ?? before;
    if (target) out.push({ resolution: target.id, kind: 'ABROGATED', target: null });
  }
  return out;
}

/**
 * Resolutions under which the report says the group holds its consultations (a sentence citing
 * them that speaks of consultations and of guiding or setting their modalities), minus those the
 * report says were abrogated.
 */
export function consultationResolutions(analysis: Analysis, cited: CitedResolution[], facts: ResolutionFact[]): (groupId: string) => string[] {
  const abrogated = new Set(facts.filter((fact) => fact.kind === 'ABROGATED').map((fact) => fact.resolution));
  const byGroup = new Map<string, string[]>();
  const ordered = inTextOrder(cited);
  const mentions = inTextOrder(analysis.groups.mentions);
  for (const paragraph of analysis.paragraphs) {
    for (const sentence of paragraph.sentences) {
      if (!CONSULTATION_WORD.test(sentence.text) || !GOVERNS.test(sentence.text)) continue;
      const group = within(mentions, sentence.start, sentence.end)[0]?.groupId ?? analysis.groups.mainGroup;
      if (!group) continue;
      const list = byGroup.get(group) ?? [];
      for (const citation of within(ordered, sentence.start, sentence.end)) {
        if (!abrogated.has(citation.id) && !list.includes(citation.id)) list.push(citation.id);
      }
      byGroup.set(group, list);
    }
  }
  return (groupId) => byGroup.get(groupId) ?? [];
}
