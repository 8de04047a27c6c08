/**
 * Operative headings of ITU instruments: `resolves`, `instructs the Secretary-General`,
 * `invites Member States and Sector Members`, `resolves to instruct the Directors of the three
 * Bureaux`, ... The conference is the grammatical subject, so a heading is always a verb in the
 * third person followed by an optional addressee, and its clauses start with `to`/`that` or a
 * number. That grammar is what lets us recognize a heading that the PDF conversion glued onto the
 * end of the previous paragraph (`..., instructs the Directors of the Bureaux`).
 */

export interface OperativeHeading {
  /** The heading as printed, qualifiers included: `instructs the Secretary-General, in close cooperation with ...`. */
  text: string;
  /** `instructs`, `further invites`, `resolves to instruct`. */
  verb: string;
  /** In words, qualifiers removed: `the Secretary-General`; null for `resolves`, `decides`, ... */
  addressee: string | null;
  /** Block name in the style of the AKN `hcontainer/@name`: `instructs_the_secretary_general`. */
  block: string;
}

/** Compound verbs first: regex alternation takes the first alternative that matches. */
const VERB_SOURCE = String.raw`(?:(?:further|also) )?(?:resolves(?: further)? to (?:instruct|invite|request|encourage|urge)|resolves|decides|instructs|invites|urges|encourages|requests|recommends|authorizes|calls upon|calls on|appeals to|expresses|confirms|reaffirms|endorses|approves|entrusts|charges)(?: further| also)?`;

/** Verbs whose object is the clause itself (`resolves that ...`), never an addressee. */
const CLAUSE_VERB = /^(?:(?:further|also) )?(?:resolves|decides|recommends|expresses|confirms|reaffirms|endorses|approves)(?: further| also)?$/;
/** Of those, the ones whose clause is a noun phrase (`expresses its warmest thanks`, `confirms the decision`). */
const OBJECT_VERB = /(?:expresses|confirms|reaffirms)$/;

const HEADING_AT_START = new RegExp(`^${VERB_SOURCE}(?=$|[\\s,;.:])`);

/**
 * A glued heading only ever follows the end of a clause or sentence. Requiring the punctuation
 * keeps out ordinary prose such as `Resolution 8 (Rev. Buenos Aires, 2017) instructs the Director`
 * or `which resolves to incorporate`.
 */
const GLUED_VERB = new RegExp(`(?<=[,;.:] )${VERB_SOURCE}(?=$|[\\s,;.:])`, 'g');

/** Where the clause after an addressee starts: `... Bureaux 1 to continue` or `..., to implement`. */
const NUMBERED_CLAUSE_START = /,? (?=1 [a-z(])/;
const CLAUSE_START = /,? (?=to (?!(?:the|a|an|this|that|these|those|its|their|his|her|all|each|any|every|such|which|whom|whose|other|both|date)\b)[a-z])/;
const THAT_START = /^,? (?=(?:to|that) [a-z(])/;

/** An addressee never starts with these words; seeing one means the verb was prose, not a heading. */
const NOT_AN_ADDRESSEE_START = /^(?:of|in|on|by|for|with|and|or|as|at|from|that|which|who|is|are|was|were|be|been|has|have|had|not|upon|under|within|its|their|his|her|to)\b/;

export interface GluedHeading {
  /** Index of the verb. */
  start: number;
  /** End of the heading text (exclusive). */
  end: number;
  /** Where the text that follows the heading starts (text.length when nothing follows). */
  next: number;
  /** What follows: nothing, one unnumbered clause (`to ...`), or numbered clauses (`1 to ... 2 to ...`). */
  follows: 'nothing' | 'clause' | 'numbered';
  heading: OperativeHeading;
}

/** Describes a heading printed on its own (an `hcontainer/heading`). */
export function describeHeading(text: string): OperativeHeading {
  const m = HEADING_AT_START.exec(text);
  if (!m) return { text, verb: text, addressee: null, block: slug(text) };
  const verb = m[0];
  const addressee = trimAddressee(text.slice(verb.length)) || null;
  return makeHeading(text, verb, addressee);
}

/**
 * Finds operative headings glued inside a text. Candidates are checked right to left so that an
 * addressee can be bounded by the next real heading (`..., instructs X, invites Y` must not give
 * X the addressee `X, invites Y`).
 */
export function findGluedHeadings(text: string): GluedHeading[] {
  const candidates = [...text.matchAll(GLUED_VERB)];
  const accepted: GluedHeading[] = [];
  for (let i = candidates.length - 1; i >= 0; i--) {
    const m = candidates[i]!;
    const bound = accepted.length ? headingBound(text, accepted[0]!.start) : text.length;
    const found = readHeading(text, m.index, m[0], bound);
    if (found) accepted.unshift(found);
  }
  return accepted;
}

/** The previous segment ends before the punctuation and space that precede a heading. */
function headingBound(text: string, start: number): number {
  let end = start;
  while (end > 0 && /[\s,;.:]/.test(text.charAt(end - 1))) end--;
  return end;
}

function readHeading(text: string, start: number, verb: string, bound: number): GluedHeading | null {
  const verbEnd = start + verb.length;
  const rest = text.slice(verbEnd, bound);
  // `resolves 2 above`, `instructs the Secretary-General 5 below`: cross-references, not headings.
  if (/^ \d+ (?:above|below)\b/.test(rest)) return null;

  if (CLAUSE_VERB.test(verb)) {
    if (/^[\s,;.:]*$/.test(rest)) return glued(text, start, verbEnd, bound, 'nothing', verb, null);
    const numbered = /^,? (?=1 [a-z(])/.exec(rest);
    if (numbered) return glued(text, start, verbEnd, verbEnd + numbered[0].length, 'numbered', verb, null);
    const clause = THAT_START.exec(rest) ?? (OBJECT_VERB.test(verb) ? /^ (?=(?:its|their|the) [a-z])/.exec(rest) : null);
    if (clause) return glued(text, start, verbEnd, verbEnd + clause[0].length, 'clause', verb, null);
    return null;
  }

  const numbered = NUMBERED_CLAUSE_START.exec(rest);
  const clause = CLAUSE_START.exec(rest);
  const first = [numbered, clause].filter((x): x is RegExpExecArray => !!x).sort((a, b) => a.index - b.index)[0];
  const addresseeRaw = first ? rest.slice(0, first.index) : rest;
  const addressee = trimAddressee(addresseeRaw);
  if (addressee && !plausibleAddressee(addressee)) return null;
  const end = verbEnd + (addressee ? addresseeRaw.indexOf(addressee) + addressee.length : 0);
  if (!first) return glued(text, start, end, bound, 'nothing', verb, addressee || null);
  const next = verbEnd + first.index + first[0].length;
  return glued(text, start, end, next, first === numbered ? 'numbered' : 'clause', verb, addressee || null);
}

function glued(
  text: string, start: number, end: number, next: number,
  follows: GluedHeading['follows'], verb: string, addressee: string | null,
): GluedHeading {
  const headingText = text.slice(start, end);
  return { start, end, next: follows === 'nothing' ? Math.max(next, end) : next, follows, heading: makeHeading(headingText, verb, addressee) };
}

function plausibleAddressee(addressee: string): boolean {
  // Qualifiers (`, in close consultation with ...`) can be long; the addressee itself is not.
  if (addressee.length > 300 || addresseeCore(addressee).length > 160) return false;
  if (NOT_AN_ADDRESSEE_START.test(addressee)) return false;
  // A sentence break or a `thereof` means we are inside prose that quotes another instrument.
  if (/[;:]|\.\s|\bthereof\b|\bwhich\b|\bthat\b/.test(addressee)) return false;
  return true;
}

function trimAddressee(raw: string): string {
  return raw.replace(/^[\s,;:]+/, '').replace(/[\s,;:.]+$/, '');
}

function makeHeading(text: string, verb: string, addressee: string | null): OperativeHeading {
  const core = addressee ? addresseeCore(addressee) : null;
  return { text: text.replace(/[\s,;:]+$/, ''), verb, addressee: core, block: slug(core ? `${verb} ${core}` : verb) };
}

/**
 * The addressee without its qualifier: `the Secretary-General, in close cooperation with the
 * Directors of the three Bureaux` is addressed to the Secretary-General. Lists of addressees
 * (`Member States, Sector Members and Associates`) keep their commas.
 */
function addresseeCore(addressee: string): string {
  const qualifier = /,? (?:in (?:close )?(?:cooperation|collaboration|consultation|coordination|line)|with the (?:assistance|support)|within their|among other|taking into|bearing in|on the basis)\b|, (?:each|in|with|within|among|through|under|pursuant|taking|bearing|based|as|after|upon|where|when|if)\b/;
  const cut = addressee.search(qualifier);
  return cut > 0 ? addressee.slice(0, cut) : addressee;
}

export function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '');
}
