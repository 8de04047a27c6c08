import type { Assignee } from '../types';
import { ASSIGNEE_WORDS, RECIPIENT_BEFORE, alternation } from './lexicon';
import { quotedSegments } from './quotes';

const key = (word: string): string => word.replace(/\s+/g, ' ').toLowerCase();

const INDEX = new Map<string, Assignee>();
for (const [assignee, words] of Object.entries(ASSIGNEE_WORDS) as [Assignee, readonly string[]][]) {
  for (const word of words) if (!INDEX.has(key(word))) INDEX.set(key(word), assignee);
}
const ANY = new RegExp(alternation([...INDEX.keys()]), 'gi');

/**
 * Who an action asks to act, read from its first sentence: every addressee named there except
 * - names inside quotation marks (titles such as “the role of Member State administrations…”),
 * - recipients ("submitted to the Council", "提交给2022年理事会", "转交联合国秘书长"),
 * - other bodies' officials (联合国秘书长, 副秘书长 / the UN Secretary-General, Deputy Secretary-General).
 * Latin words must stand alone, and the bureau acronyms (TSB, BR, BDT) count only in upper case.
 * An action naming nobody is the group's own ("the summary will be submitted to Council as part of
 * the Chair's report"): GROUP.
 */
export function assigneesOf(text: string, from: number, to: number): Assignee[] {
  const quoted = quotedSegments(text, from, to);
  const found: Assignee[] = [];
  ANY.lastIndex = from;
  for (let match = ANY.exec(text); match && match.index + match[0].length <= to; match = ANY.exec(text)) {
    const at = match.index;
    const word = match[0];
    if (quoted.some((quote) => at >= quote.start && at < quote.end)) continue;
    if (/^[A-Za-z]/.test(word) && /[A-Za-z]/.test(text.charAt(at - 1) + text.charAt(at + word.length))) continue;
    if (/^(?:tsb|br|bdt)$/i.test(word) && word !== word.toUpperCase()) continue;
    const before = text.slice(Math.max(from, at - 20), at);
    if (RECIPIENT_BEFORE.test(before)) continue;
    if (/(?:联合国|副)$/.test(before) || /\b(?:UN|United Nations|Deputy)\s*$/i.test(before)) continue;
    const assignee = INDEX.get(key(word));
    if (assignee && !found.includes(assignee)) found.push(assignee);
  }
  return found.length ? found : ['GROUP'];
}
