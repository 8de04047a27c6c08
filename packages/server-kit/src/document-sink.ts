import type { EntityManager } from '@mikro-orm/postgresql';
import type {
  ActionFact, Citation, ConsultationFact, GroupFact, InstrumentFact, LanguageCode, MandateFact, MeetingFact, Paragraph, ResolutionFact, SourceSpan,
} from '@mandate-graph/extraction';

// What a subgraph accepts from documents. Ingestion reads and extracts; each subgraph stores its share of a
// document through its sink, inside the one transaction ingestion opens for the document. Ingestion knows
// the sinks only through the subgraph registry, never a service's entities.

/** A citation as found in a document, with the paragraph it stands in. */
export type FoundCitation = Citation & { paragraph: string | null };

/** Everything one document contributes to the graph: what extraction found in it, or what its curator states. */
export interface DocumentContribution {
  /** The language the document is written in: the names it gives are names in that language. */
  language: LanguageCode;
  /** `repository/name`. */
  document: string;
  /** An overlay's facts: each typed in by hand, and stored with `curated: true`. */
  curated: boolean;
  /** No version of the document was stored before: there is nothing of it to replace. */
  isNew: boolean;
  /** The instrument the document is the text of, if it is one. */
  instrument: InstrumentFact | null;
  citations: FoundCitation[];
  mandates: MandateFact[];
  statusFacts: ResolutionFact[];
  groups: GroupFact[];
  meetings: MeetingFact[];
  actions: ActionFact[];
  consultations: ConsultationFact[];
  /** Symbols a curator gives documents (`CWG-INTERNET-17/5`). */
  symbols: { document: string; symbol: string; source: SourceSpan }[];
}

/** What one curated fact speaks of, and what it would set there in place of what another repository said. */
export interface CuratedClaim {
  /** `fact 2 (line 9)`. */
  where: string;
  about: { kind: 'resolution' | 'group' | 'document'; id: string };
  sets?: { abrogated?: true; mergedInto?: string; name?: string };
}

export interface CurationProblem { claim: CuratedClaim; reason: string }

/** What a repository may curate: its own documents' facts, and what its manifest declares. */
export interface CurationScope {
  repository: string;
  /** Ids declared under the manifest's `curates`; a trailing `*` declares every id it begins. */
  declared: { resolutions: string[]; groups: string[] };
  /** The manifest's file name, for the message that says where to declare an id. */
  manifest: string;
}

/** Whether a stored document id (`REPOSITORY/NAME`) is one of the curating repository's own. */
export function ownedByScope(scope: CurationScope, document: string | null | undefined): boolean {
  return document?.startsWith(`${scope.repository}/`) ?? false;
}

function declaredInScope(scope: CurationScope, list: keyof CurationScope['declared'], id: string): boolean {
  return scope.declared[list].some((pattern) => (pattern.endsWith('*') ? id.startsWith(pattern.slice(0, -1)) : pattern === id));
}

const CLAIM_KIND = { resolutions: 'resolution', groups: 'group' } as const;

/**
 * A subgraph's judgment of the claims on its facts of one kind. A claim on a row that neither the repository's
 * own documents hold nor its manifest declares is refused; `conflict` says why an allowed claim may still not
 * be stored (null: it may). `load` fetches the stored rows the claims speak of, once for all of them.
 */
export async function judgeClaims<Row extends { id: string; origin: { document: string | null } | null }>(
  claims: CuratedClaim[], scope: CurationScope, list: keyof CurationScope['declared'],
  load: (ids: string[]) => Promise<Row[]>, conflict: (claim: CuratedClaim, row: Row | undefined) => string | null,
): Promise<CurationProblem[]> {
  const about = claims.filter((claim) => claim.about.kind === CLAIM_KIND[list]);
  if (!about.length) return [];
  const rows = new Map((await load([...new Set(about.map((claim) => claim.about.id))])).map((row) => [row.id, row]));
  const problems: CurationProblem[] = [];
  for (const claim of about) {
    const { id } = claim.about;
    const row = rows.get(id);
    const reason = !ownedByScope(scope, row?.origin?.document) && !declaredInScope(scope, list, id)
      ? `${id} is not this repository's to curate: its own documents do not hold it; declare it in ${scope.manifest} under "curates": { "${list}": [...] }`
      : conflict(claim, row);
    if (reason) problems.push({ claim, reason });
  }
  return problems;
}

/** A subgraph's share of every document, written and taken back inside the caller's transaction. */
export interface DocumentSink {
  /** Stores what the contribution holds for this subgraph, replacing what an earlier version of the document said. */
  write(em: EntityManager, contribution: DocumentContribution): Promise<void>;
  /**
   * Stores what documents never stored before contribute (none of them curated), leaving what `write` of each
   * in turn would, in a few statements for all of them. Without it, each is written in turn.
   */
  writeNew?(em: EntityManager, contributions: DocumentContribution[]): Promise<void>;
  /** Takes back everything the document said here. */
  retract(em: EntityManager, document: string): Promise<void>;
  /** Why a curator's claims on this subgraph's facts may not be stored, claim by claim (none: they may). */
  curationProblems?(em: EntityManager, claims: CuratedClaim[], scope: CurationScope): Promise<CurationProblem[]>;
}

/** A document's own record: its text, paragraphs and the citations found in it. */
export interface DocumentRecord {
  repository: string;
  name: string;
  path: string;
  format: string;
  language: LanguageCode;
  title: string | null;
  /** The work this document is one language version of (its other versions share it); null when none is known. */
  work?: string | null;
  text: string;
  contentHash: string;
  paragraphs: Paragraph[];
  citations: FoundCitation[];
}

export type StoreOutcome = 'created' | 'replaced' | 'unchanged';

/** A stored document, as the catalogue lists it. */
export interface CataloguedDocument { id: string; name: string; path: string; format: string; contentHash: string }

/**
 * The catalogue of repositories and documents (the documents subgraph's): which documents are stored, and
 * whether a version is new. The other sinks hear of a document only after the catalogue has taken it.
 */
export interface DocumentCatalogue {
  /**
   * Binds a repository id to the folder ingesting it; the reason it is refused when another folder holds
   * the id (nothing is changed then), else null.
   */
  claimRepository(em: EntityManager, repository: { id: string; title: string | null; folder: string }, options: { moved?: boolean }): Promise<string | null>;
  /** Writes the document's record; `unchanged` when the same content is stored. With `rowsLater`, only the record. */
  storeDocument(em: EntityManager, record: DocumentRecord, options?: { rowsLater?: boolean }): Promise<StoreOutcome>;
  /**
   * Writes the records of documents never stored before, with their paragraphs and citations, in a few
   * statements for all of them; fails when one of them is stored already.
   */
  storeNewDocuments(em: EntityManager, records: DocumentRecord[]): Promise<void>;
  /** Adds paragraphs and citations to a document stored `rowsLater`, numbered on from `from`. */
  appendRows(
    em: EntityManager, document: string, language: LanguageCode, paragraphs: Paragraph[], citations: FoundCitation[], from: { paragraph: number; citation: number },
  ): Promise<void>;
  /** Marks a document written in steps as stored: unchanged next time. */
  finishDocument(em: EntityManager, document: string, contentHash: string): Promise<void>;
  /** The stored documents of a repository; of some of its files when `paths` are given. */
  documents(em: EntityManager, repository: string, paths?: readonly string[]): Promise<CataloguedDocument[]>;
  /** Takes a document's record, paragraphs and citations out (after every sink has retracted it). */
  removeDocument(em: EntityManager, document: string): Promise<void>;
  repositories(em: EntityManager): Promise<string[]>;
  /** Takes out a repository's own row; false when none is stored. */
  removeRepository(em: EntityManager, id: string): Promise<boolean>;
}
