import { parseTree, findNodeAtLocation, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import type { GroupFact, MandateFact, MandateRelation, Paragraph, ResolutionFact, SourceSpan } from '@mandate-graph/extraction';
import type { CuratedClaim } from '@mandate-graph/server-kit';
import { activityTypeOf, formatDocumentId, isGroupId, parseResolutionId, MANDATE_RELATIONS } from '@mandate-graph/vocabulary';

/**
 * A curated overlay (`curated.json` at a repository's root, or the files the manifest's `curated` names)
 * adds facts that the documents do not print, each with the curator's evidence:
 *
 * { "facts": [
 *   { "fact": "documentSymbol", "document": "report-17", "symbol": "CWG-INTERNET-17/5", "evidence": "…" },
 *   { "fact": "resolutionStatus", "resolution": "C-RES-1344", "status": "ABROGATED", "mergedInto": "C-RES-1336", "evidence": "…" },
 *   { "fact": "establishes", "resolution": "C-RES-1336", "group": "CWG-INTERNET", "evidence": "…" },
 *   { "fact": "mandate", "resolution": "PP-RES-102", "relation": "INSTRUCTS", "activity": "CWG-INTERNET-CONS", "evidence": "…" },
 *   { "fact": "group", "id": "CWG-INTERNET", "name": "…", "evidence": "…" }
 * ] }
 *
 * The overlay is itself a document of the repository: each fact is one of its paragraphs (numbered from 1),
 * and a fact's provenance is its evidence string, character for character, with `curated: true`.
 */
export interface CuratedFacts {
  symbols: { document: string; symbol: string; source: SourceSpan }[];
  statusFacts: ResolutionFact[];
  mandates: MandateFact[];
  groups: GroupFact[];
  /** Fact by fact, what it speaks of: checked against what the repository may curate. */
  claims: CuratedClaim[];
}


export const CURATED_FILE = 'curated.json';

const FACT_KINDS = ['documentSymbol', 'resolutionStatus', 'establishes', 'mandate', 'group'] as const;

/** A mistake in an overlay, with where it is: the fact's number and the line it starts on. */
export class CuratedError extends Error {}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) line++;
  return line;
}

/**
 * Reads an overlay's facts and the paragraphs that give them provenance. `repository` turns a bare
 * document name into a document id.
 */
export function parseCuratedOverlay(text: string, repository: string): { facts: CuratedFacts; paragraphs: Paragraph[] } {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
  if (errors.length || !root) {
    const [first] = errors;
    throw new CuratedError(first ? `not valid JSON at line ${lineOf(text, first.offset)}: ${printParseErrorCode(first.error)}` : 'empty');
  }
  const list = findNodeAtLocation(root, ['facts']);
  if (!list || list.type !== 'array') throw new CuratedError('expected an object with a "facts" array');

  const facts: CuratedFacts = { symbols: [], statusFacts: [], mandates: [], groups: [], claims: [] };
  const paragraphs: Paragraph[] = [];
  (list.children ?? []).forEach((node, index) => {
    const number = String(index + 1);
    const where = `fact ${number} (line ${lineOf(text, node.offset)})`;
    if (node.type !== 'object') throw new CuratedError(`${where}: expected an object`);
    const field = (name: string, required = true): string | null => {
      const value = findNodeAtLocation(node, [name]);
      if (!value) {
        if (required) throw new CuratedError(`${where}: "${name}" is missing`);
        return null;
      }
      if (value.type !== 'string' || !String(value.value).trim()) throw new CuratedError(`${where}: "${name}" must be a non-empty string`);
      return String(value.value).trim();
    };
    const resolutionField = (name: string): string => {
      const id = field(name)!;
      if (!parseResolutionId(id)) throw new CuratedError(`${where}: "${name}" must be an instrument id such as PP-RES-102, not "${id}"`);
      return id;
    };
    const groupField = (name: string): string => {
      const id = field(name)!;
      if (!isGroupId(id)) throw new CuratedError(`${where}: "${name}" must be a group id such as CWG-INTERNET, not "${id}"`);
      return id;
    };

    const evidenceNode = findNodeAtLocation(node, ['evidence']) as Node | undefined;
    field('evidence');
    // Inside the quotes: the characters the curator wrote.
    const source: SourceSpan = {
      paragraph: number,
      start: evidenceNode!.offset + 1,
      end: evidenceNode!.offset + evidenceNode!.length - 1,
      quote: String(evidenceNode!.value),
    };
    paragraphs.push({ number, text: text.slice(node.offset, node.offset + node.length), start: node.offset, end: node.offset + node.length });

    const kind = field('fact')!;
    switch (kind as (typeof FACT_KINDS)[number]) {
      case 'documentSymbol': {
        const name = field('document')!;
        const document = name.includes('/') ? name : formatDocumentId({ repository, name });
        facts.symbols.push({ document, symbol: field('symbol')!, source });
        facts.claims.push({ where, about: { kind: 'document', id: document } });
        break;
      }
      case 'resolutionStatus': {
        const resolution = resolutionField('resolution');
        const status = field('status', false);
        const mergedInto = findNodeAtLocation(node, ['mergedInto']) ? resolutionField('mergedInto') : null;
        if (status !== null && status !== 'ABROGATED') throw new CuratedError(`${where}: "status" can only be ABROGATED (in force is the default), not "${status}"`);
        if (!status && !mergedInto) throw new CuratedError(`${where}: give "status": "ABROGATED", "mergedInto", or both`);
        if (status) facts.statusFacts.push({ resolution, kind: 'ABROGATED', target: null, source });
        if (mergedInto) facts.statusFacts.push({ resolution, kind: 'MERGED_INTO', target: mergedInto, source });
        facts.claims.push({ where, about: { kind: 'resolution', id: resolution }, sets: { ...(status ? { abrogated: true } : {}), ...(mergedInto ? { mergedInto } : {}) } });
        break;
      }
      case 'establishes': {
        const resolution = resolutionField('resolution');
        facts.statusFacts.push({ resolution, kind: 'ESTABLISHES', target: groupField('group'), source });
        facts.claims.push({ where, about: { kind: 'resolution', id: resolution } });
        break;
      }
      case 'mandate': {
        const resolution = resolutionField('resolution');
        const relation = field('relation')! as MandateRelation;
        if (!MANDATE_RELATIONS.includes(relation)) throw new CuratedError(`${where}: "relation" must be one of ${MANDATE_RELATIONS.join(', ')}, not "${relation}"`);
        const activity = field('activity')!;
        const activityType = activityTypeOf(activity);
        if (!activityType) throw new CuratedError(`${where}: "activity" must be a group, meeting, consultation, action or series id, not "${activity}"`);
        facts.mandates.push({ resolution, relation, activity, activityType, source });
        facts.claims.push({ where, about: { kind: 'resolution', id: resolution } });
        break;
      }
      case 'group': {
        const id = groupField('id');
        const name = field('name')!;
        facts.groups.push({ id, name, source });
        facts.claims.push({ where, about: { kind: 'group', id }, sets: { name } });
        break;
      }
      default:
        throw new CuratedError(`${where}: "fact" must be one of ${FACT_KINDS.join(', ')}, not "${kind}"`);
    }
  });
  return { facts, paragraphs };
}
