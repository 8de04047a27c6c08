import { Migration } from '@mikro-orm/migrations';

/**
 * Search matches the lower-cased, accent-folded text (search/terms.ts): the trigram index moves from the text to
 * that expression. The fold is written out here as it was when this migration landed.
 */
const FOLDED = `translate(lower("text"), 'àáâãäåāăąçćčĉďđèéêëēėęěĕìíîïīįĭñńňņòóôõöøōőùúûüūůűųýÿśšşșźżžłřťţțğёأإآٱىةؤئ‐‑–—', 'aaaaaaaaaccccddeeeeeeeeeiiiiiiinnnnoooooooouuuuuuuuyysssszzzlrtttgеاااايهوي----')`;

export class Migration20261203020000SearchFold extends Migration {
  override async up(): Promise<void> {
    this.addSql(`drop index if exists "documents"."paragraph_text_trgm_index";`);
    this.addSql(`create index "paragraph_search_trgm_index" on "documents"."paragraph" using gin ((${FOLDED}) gin_trgm_ops);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "documents"."paragraph_search_trgm_index";`);
    this.addSql(`create index "paragraph_text_trgm_index" on "documents"."paragraph" using gin ("text" gin_trgm_ops);`);
  }
}
