import { RESOLVED_CONFIDENCE } from '@mandate-graph/extraction';
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, Float, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { boundedCount, ConnectionType, countedUpTo, countMatching, EXACT_COUNT_BOUND, decodeCursor, encodeCursor, PageArgs, pageSize, paginate, provenanceType, toConnection, findLean } from '@mandate-graph/server-kit';
import { userInputError } from '@mandate-graph/http-kit';
import { LANGUAGES, MAX_PAGE_SIZE } from '@mandate-graph/vocabulary';
import { CitationEntity, DocumentEntity, Language, ParagraphEntity, RepositoryEntity } from '../entities';
import type { DocumentsContext } from './context';
import { ResolutionReference } from './references';
import { HEADLINE_OPTIONS, highlight, markedSpans, stemSpans } from './highlight';
import { searchStems } from '../search/terms';

const DocumentConnection = ConnectionType('Document', () => DocumentEntity);
const Provenance = provenanceType(() => DocumentEntity);

@ObjectType({ description: 'A paragraph that matches a search, with the hits marked.' })
class ParagraphHit {
  @Field(() => DocumentEntity) document!: DocumentEntity;
  @Field(() => String, { nullable: true }) paragraph!: string | null;
  @Field(() => String) text!: string;
  @Field(() => String, { description: 'HTML: a window of the text with each hit in <mark>.' }) highlight!: string;
  @Field(() => Float) score!: number;
}
const ParagraphHitConnection = ConnectionType('ParagraphHit', () => ParagraphHit);
const CitationConnection = ConnectionType('Citation', () => CitationEntity);

@ArgsType()
class SearchArgs {
  @Field(() => String) text!: string;
  @Field(() => Language, { nullable: true }) language?: Language | null;
}

/**
 * Every word is a condition on the index, and all of them share one store with the other subgraphs: the cost
 * of one search is bounded before it starts (250 words took 10 s and stalled every read).
 */
const MAX_SEARCH_TERMS = 10;
const MAX_SEARCH_CHARACTERS = 500;
/** Ranked hits have no key to continue from; reading past this many is cheaper as a narrower search. */
const MAX_SEARCH_OFFSET = 1_000;
/**
 * The matches a search ranks: the first ones the index yields (in the table's order, which is stable between
 * the pages of one search), enough for the deepest page it may be asked for. A word found in 100,000
 * paragraphs would otherwise have each of them read and scored for one page of 20.
 */
const SEARCH_CANDIDATES = MAX_SEARCH_OFFSET + MAX_PAGE_SIZE + 1;
// A search counts its matches among its candidates (see search), so there must be more of them than the exact count takes.
if (SEARCH_CANDIDATES <= EXACT_COUNT_BOUND) throw new Error('SEARCH_CANDIDATES must exceed EXACT_COUNT_BOUND');

@Resolver()
export class DocumentQueries {
  @Query(() => DocumentEntity, { nullable: true })
  document(@Arg('id', () => ID) id: string, @Ctx() { loaders }: DocumentsContext) {
    return loaders.document.load(id);
  }

  @Query(() => RepositoryEntity, { nullable: true })
  repository(@Arg('id', () => ID) id: string, @Ctx() { loaders }: DocumentsContext) {
    return loaders.repository.load(id);
  }

  @Query(() => [RepositoryEntity])
  repositories(@Ctx() { em }: DocumentsContext) {
    return findLean(em, RepositoryEntity, {}, { orderBy: { id: 'asc' } });
  }

  /**
   * Paragraphs that contain every word of `text`, each cut by its script's stemmer (PostgreSQL's Snowball: Russian
   * for Cyrillic, Arabic for Arabic, the paragraph's language for Latin, after case and accents are folded;
   * Chinese as pairs of characters, so a word of any length is found without a dictionary), best score first.
   * The words are cut by the same SQL functions that fill the paragraph's `lexemes` column (migration
   * 20261208000000), served by its GIN index.
   *
   * The score (0 to 1) is PostgreSQL's `ts_rank`: it grows with how often the words occur, with a heading's
   * words weighing most and a footnote's least, and shrinks with the paragraph's length (normalisation 1|32,
   * so rank / (rank + 1)). Only the first SEARCH_CANDIDATES matches are ranked, and counted for totalCount in
   * the same statement (above its bound, totalCount is estimated): a word in most paragraphs costs a search no
   * more than one in a thousand, and a narrower search brings the best hits back into the set.
   * Cursors are offsets: ranking by a computed score has no stable key to continue from.
   */
  @Query(() => ParagraphHitConnection)
  async search(@Args(() => PageArgs) page: PageArgs, @Args(() => SearchArgs) args: SearchArgs, @Ctx() { em }: DocumentsContext) {
    if (args.text.length > MAX_SEARCH_CHARACTERS) throw userInputError(`text is longer than ${MAX_SEARCH_CHARACTERS} characters`, 'text');
    // A repeated word asks nothing more: "Internet internet" is one condition.
    const stems = searchStems(args.text);
    if (!stems.length) throw userInputError('text must contain something to search for', 'text');
    if (stems.length > MAX_SEARCH_TERMS) throw userInputError(`text has ${stems.length} different words; a search takes at most ${MAX_SEARCH_TERMS}`, 'text');
    const size = pageSize(page.first);
    const offset = page.after ? Number(decodeCursor(page.after)[1]) : 0;
    if (!Number.isSafeInteger(offset) || offset < 0) throw userInputError('after is not a cursor this API gave out', 'after');
    if (offset > MAX_SEARCH_OFFSET) throw userInputError(`after is past the first ${MAX_SEARCH_OFFSET} hits; add words to narrow the search`, 'after');

    // A branch per language asked (its Latin words cut by that language's stemmer); a paragraph answers its own
    // language's. The language is written into the SQL (taken from the vocabulary's six, never from the request)
    // so that the planner folds each query into a constant and plans its index scan from what it asks; as a join
    // to the languages, the same search was planned as a scan of every paragraph.
    const languages = LANGUAGES.filter((language) => !args.language || language === args.language);
    const matches = languages.map((language) => `select p."document_id", p."number", p."text", p."position", p."language", p."lexemes",
        "documents"."search_query"('${language}', ?) as "query"
      from "documents"."paragraph" p where p."language" = '${language}' and p."lexemes" @@ "documents"."search_query"('${language}', ?)`).join(' union all ');
    const text = args.text.normalize('NFC');
    const bindings = languages.flatMap(() => [text, text]);
    const connection = em.getConnection();
    const rows = await connection.execute<{ document_id: string; number: string | null; text: string; score: number; candidates: number | string; marked: string | null }[]>(
        // Materialised, the matches are planned as if all were wanted (through the index; with the limit in
        // view the planner may scan the table instead), and read only as far as h asks.
        `with m as materialized (${matches}),
         h as (select * from m limit ${SEARCH_CANDIDATES}),
         r as (select h.*, round(ts_rank(h."lexemes", h."query", 1 | 32)::numeric, 4) as "score", count(*) over () as "candidates"
           from h order by "score" desc, h."document_id", h."position" limit ? offset ?)
         select r."document_id", r."number", r."text", r."score", r."candidates",
           ts_headline("documents"."search_config"(r."language"), "documents"."search_text"(r."text"), r."query", ?) as "marked"
         from r order by r."score" desc, r."document_id", r."position"`,
        [...bindings, size + 1, offset, HEADLINE_OPTIONS],
      );
    const documents = new Map((await findLean(em, DocumentEntity, { id: { $in: [...new Set(rows.map((row) => row.document_id))] } })).map((d) => [d.id, d]));
    const hits = rows.map((row) => {
      // ts_headline marks the Latin words; Cyrillic, Arabic and Chinese ones are marked by their stems.
      const spans = [...(markedSpans(row.text, row.marked) ?? stemSpans(row.text, stems)), ...stemSpans(row.text, stems, true)];
      return { document: documents.get(row.document_id)!, paragraph: row.number, text: row.text, highlight: highlight(row.text, spans), score: Number(row.score) };
    });
    // The candidates ranked are the first matches, more than the count's bound: their number is the count up to it.
    const count = () => (rows.length ? countedUpTo(Number(rows[0].candidates), connection, matches, bindings) : boundedCount(connection, matches, bindings));
    return toConnection(hits, size, count, (_hit, index) => encodeCursor('offset', String(offset + index + 1)));
  }

}

@Resolver(() => DocumentEntity)
export class DocumentFieldsResolver {
  @FieldResolver(() => RepositoryEntity)
  repository(@Root() document: DocumentEntity, @Ctx() { loaders }: DocumentsContext) {
    return loaders.repository.load(document.repository.id);
  }

  @FieldResolver(() => [ParagraphEntity])
  paragraphs(@Root() document: DocumentEntity, @Ctx() { loaders }: DocumentsContext) {
    return loaders.paragraphsOf.load(document.id);
  }

  @FieldResolver(() => [CitationEntity])
  citations(@Root() document: DocumentEntity, @Ctx() { loaders }: DocumentsContext) {
    return loaders.citationsOf.load(document.id);
  }

  @FieldResolver(() => [CitationEntity], {
    description: `The citations the extractor could not decide (no instrument, or confidence below ${RESOLVED_CONFIDENCE}), for a curator to settle in the overlay.`,
  })
  async unresolved(@Root() document: DocumentEntity, @Ctx() { loaders }: DocumentsContext) {
    return (await loaders.citationsOf.load(document.id)).filter((citation) => citation.resolution === null || citation.confidence < RESOLVED_CONFIDENCE);
  }

  @FieldResolver(() => [DocumentEntity], { description: 'The same work in the other languages (by the work its repository declares or its name shows, or by a shared symbol), in language order.' })
  translations(@Root() document: DocumentEntity, @Ctx() { loaders }: DocumentsContext) {
    return loaders.translationsOf.load(document.id);
  }

  @FieldResolver(() => String, { nullable: true, description: 'The official document symbol, when a curated overlay states it.' })
  async symbol(@Root() document: DocumentEntity, @Ctx() { loaders }: DocumentsContext): Promise<string | null> {
    return (await loaders.symbolsOf.load(document.id))[0]?.symbol ?? null;
  }

  @FieldResolver(() => Provenance, { nullable: true, description: 'Where the symbol was stated.' })
  async symbolSource(@Root() document: DocumentEntity, @Ctx() { loaders }: DocumentsContext) {
    const [latest] = await loaders.symbolsOf.load(document.id);
    if (!latest) return null;
    return { ...latest.source, document: latest.source.document ? await loaders.document.load(latest.source.document) : null };
  }
}

@Resolver(() => RepositoryEntity)
export class RepositoryResolver {
  @FieldResolver(() => DocumentConnection)
  documents(@Root() repository: RepositoryEntity, @Args(() => PageArgs) args: PageArgs, @Ctx() { em }: DocumentsContext) {
    return paginate(em, DocumentEntity, { repository: repository.id }, args);
  }
}

@Resolver(() => CitationEntity)
export class CitationResolver {
  @FieldResolver(() => ResolutionReference, { nullable: true, description: 'The instrument cited, when it could be decided.' })
  resolution(@Root() citation: CitationEntity): ResolutionReference | null {
    return citation.resolution ? { id: citation.resolution } : null;
  }

  @FieldResolver(() => DocumentEntity)
  document(@Root() citation: CitationEntity, @Ctx() { loaders }: DocumentsContext) {
    return loaders.document.load(citation.document.id);
  }
}

@Resolver(() => ResolutionReference)
export class ResolutionCitedInResolver {
  @FieldResolver(() => CitationConnection, { nullable: true, description: 'Where documents cite this instrument.' })
  async citedIn(@Root() resolution: ResolutionReference, @Args(() => PageArgs) args: PageArgs, @Ctx() { em }: DocumentsContext) {
    const size = pageSize(args.first);
    const after = args.after ? decodeCursor(args.after)[0] : null;
    const where = { resolution: resolution.id, ...(after ? { sortKey: { $gt: after } } : {}) };
    const rows = await findLean(em, CitationEntity, where, { orderBy: { sortKey: 'asc' }, limit: size + 1 });
    return toConnection(rows, size, () => countMatching(em, CitationEntity, { resolution: resolution.id }), (node) => encodeCursor(node.sortKey, ''));
  }
}
