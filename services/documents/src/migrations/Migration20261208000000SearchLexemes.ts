import { Migration } from '@mikro-orm/migrations';

/**
 * Search moves from substrings of the folded text (a trigram index) to words: each paragraph's lexemes in a
 * generated column with a GIN index. Each script has its stemmer: Cyrillic words Russian's, Arabic words
 * Arabic's, Latin words (and digits) the paragraph's language's (French, Spanish, else English: a Latin word in a
 * Russian or Chinese paragraph is most often English), all PostgreSQL's Snowball stemmers; Chinese, written
 * without spaces, as overlapping pairs of characters. So a glossary in six languages inside an English document
 * is found in each of them. A heading's words weigh most, a footnote's least. The trigram index and the folded
 * column it served go, and so does the index on the paragraphs' language, which only search used.
 *
 * The functions are the one definition of how text becomes lexemes, shared by the column and by the search's
 * query (`search_query`), so both sides always cut words alike. Written out as they were when this migration
 * landed: a later change of them is a new migration, which also rewrites the column.
 */
const CYRILLIC = String.raw`\u0400-\u052f`;
const ARABIC = String.raw`\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufefe`;
const HAN = String.raw`\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff`;
const NOT_LATIN = `${CYRILLIC}${ARABIC}${HAN}`;

/** The SQL of `text`'s parts in one script, other characters made spaces (`only` is a class's ranges). */
const only = (ranges: string, text: string) => `regexp_replace(${text}, '[^${ranges}]+', ' ', 'g')`;

const FUNCTIONS = [
  // The stemmer of Latin words, by the paragraph's language.
  `create or replace function "documents"."search_config"("language" text) returns regconfig
     language sql immutable parallel safe as $$
     select case "language" when 'FR' then 'french' when 'ES' then 'spanish' else 'english' end::regconfig $$`,
  // Lower-cased, accents of Latin letters and the Russian ё folded, dashes made one (one character for one, so a
  // highlight's offsets carry over). Arabic is left to its stemmer, which normalises hamza and tā' marbūṭa itself.
  // Plain ASCII text, most paragraphs, skips the fold.
  `create or replace function "documents"."search_text"("body" text) returns text
     language sql immutable parallel safe as $$
     select case when "body" ~ '[^\\u0001-\\u007f]'
       then translate(lower("body"), 'àáâãäåāăąçćčĉďđèéêëēėęěĕìíîïīįĭñńňņòóôõöøōőùúûüūůűųýÿśšşșźżžłřťţțğё‐‑–—',
         'aaaaaaaaaccccddeeeeeeeeeiiiiiiinnnnoooooooouuuuuuuuyysssszzzlrtttgе----')
       else lower("body") end $$`,
  // Each run of Han characters as its overlapping pairs, then its last character alone: a word of two or more
  // characters is a phrase of pairs, and one character is a prefix of a pair or that last character.
  `create or replace function "documents"."han_grams"("body" text) returns text
     language plpgsql immutable strict parallel safe as $$
     declare
       run text;
       grams text[] := '{}';
     begin
       for run in select m[1] from regexp_matches("body", '([${HAN}]+)', 'g') as m loop
         for i in 1 .. char_length(run) - 1 loop
           grams := grams || substr(run, i, 2);
         end loop;
         grams := grams || right(run, 1);
       end loop;
       return array_to_string(grams, ' ');
     end $$`,
  // A script absent from the text costs one pattern test.
  `create or replace function "documents"."search_lexemes"("language" text, "role" text, "body" text) returns tsvector
     language sql immutable parallel safe as $$
     select setweight(
       to_tsvector("documents"."search_config"("language"), case when t ~ '[${NOT_LATIN}]' then regexp_replace(t, '[${NOT_LATIN}]+', ' ', 'g') else t end)
         || case when t ~ '[${CYRILLIC}]' then to_tsvector('russian', ${only(CYRILLIC, 't')}) else ''::tsvector end
         || case when t ~ '[${ARABIC}]' then to_tsvector('arabic', ${only(ARABIC, 't')}) else ''::tsvector end
         || case when t ~ '[${HAN}]' then to_tsvector('simple', "documents"."han_grams"(t)) else ''::tsvector end,
       case "role" when 'HEADING' then 'A' when 'FOOTNOTE' then 'D' else 'B' end::"char")
     from (select "documents"."search_text"("body") as t) as folded $$`,
  // Han characters as the phrase of their pairs (one character: any pair it begins, or itself at a run's end).
  `create or replace function "documents"."han_query"("words" text) returns tsquery
     language plpgsql immutable strict parallel safe as $$
     declare
       run text;
       phrase text[];
       terms text[] := '{}';
     begin
       for run in select m[1] from regexp_matches("words", '([${HAN}]+)', 'g') as m loop
         if char_length(run) = 1 then
           terms := terms || ('''' || run || ''':*');
         else
           phrase := '{}';
           for i in 1 .. char_length(run) - 1 loop
             phrase := phrase || ('''' || substr(run, i, 2) || '''');
           end loop;
           terms := terms || ('(' || array_to_string(phrase, ' <-> ') || ')');
         end if;
       end loop;
       if cardinality(terms) = 0 then return null; end if;
       return to_tsquery('simple', array_to_string(terms, ' & '));
     end $$`,
  // What a paragraph in `language` must contain to match `words`: every word, cut as search_lexemes cuts the
  // paragraph's. Null when the words hold nothing to search for.
  `create or replace function "documents"."search_query"("language" text, "words" text) returns tsquery
     language plpgsql immutable strict parallel safe as $$
     declare
       t text := "documents"."search_text"("words");
       latin text := regexp_replace(t, '[${NOT_LATIN}]+', ' ', 'g');
       parts tsquery[] := '{}';
       found tsquery;
       part tsquery;
     begin
       -- A part of nothing but spaces and punctuation would make plainto_tsquery complain of an empty query.
       if latin ~ '[^[:space:][:punct:]]' then parts := parts || plainto_tsquery("documents"."search_config"("language"), latin); end if;
       if t ~ '[${CYRILLIC}]' then parts := parts || plainto_tsquery('russian', ${only(CYRILLIC, 't')}); end if;
       if t ~ '[${ARABIC}]' then parts := parts || plainto_tsquery('arabic', ${only(ARABIC, 't')}); end if;
       if t ~ '[${HAN}]' then parts := parts || "documents"."han_query"(t); end if;
       foreach part in array parts loop
         found := case when found is null then part else found && part end;
       end loop;
       return found;
     end $$`,
];

export class Migration20261208000000SearchLexemes extends Migration {
  override async up(): Promise<void> {
    for (const sql of FUNCTIONS) this.addSql(`${sql};`);
    this.addSql(`drop index if exists "documents"."paragraph_folded_trgm_index";`);
    this.addSql(`alter table "documents"."paragraph" drop column if exists "folded";`);
    this.addSql(`alter table "documents"."paragraph" add column "lexemes" tsvector generated always as ("documents"."search_lexemes"("language", "role", "text")) stored;`);
    this.addSql(`create index "paragraph_lexemes_index" on "documents"."paragraph" using gin ("lexemes");`);
    // Search filters by language after the lexemes: one language holds most paragraphs, and its index made the
    // planner intersect a million rows with the few that hold the words.
    this.addSql(`drop index if exists "documents"."paragraph_language_index";`);
  }

  override async down(): Promise<void> {
    this.addSql(`create index "paragraph_language_index" on "documents"."paragraph" ("language");`);
    const folded = `translate(lower("text"), 'àáâãäåāăąçćčĉďđèéêëēėęěĕìíîïīįĭñńňņòóôõöøōőùúûüūůűųýÿśšşșźżžłřťţțğёأإآٱىةؤئ‐‑–—', 'aaaaaaaaaccccddeeeeeeeeeiiiiiiinnnnoooooooouuuuuuuuyysssszzzlrtttgеاااايهوي----')`;
    this.addSql(`drop index "documents"."paragraph_lexemes_index";`);
    this.addSql(`alter table "documents"."paragraph" drop column "lexemes";`);
    this.addSql(`alter table "documents"."paragraph" add column "folded" text generated always as (${folded}) stored;`);
    this.addSql(`create index "paragraph_folded_trgm_index" on "documents"."paragraph" using gin ("folded" gin_trgm_ops);`);
    for (const name of ['search_query(text, text)', 'han_query(text)', 'search_lexemes(text, text, text)', 'han_grams(text)', 'search_text(text)', 'search_config(text)']) {
      this.addSql(`drop function "documents".${name};`);
    }
  }
}
