import { Migration } from '@mikro-orm/migrations';

/**
 * The folded text is stored in a generated column and the trigram index moves onto it: a search's candidates
 * are checked against stored text instead of each being folded again. The fold is written out as it was
 * when this migration landed.
 */
const FOLDED = `translate(lower("text"), 'àáâãäåāăąçćčĉďđèéêëēėęěĕìíîïīįĭñńňņòóôõöøōőùúûüūůűųýÿśšşșźżžłřťţțğёأإآٱىةؤئ‐‑–—', 'aaaaaaaaaccccddeeeeeeeeeiiiiiiinnnnoooooooouuuuuuuuyysssszzzlrtttgеاااايهوي----')`;

export class Migration20261204000000SearchFoldStored extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "documents"."paragraph" add column "folded" text generated always as (${FOLDED}) stored;`);
    this.addSql(`drop index if exists "documents"."paragraph_search_trgm_index";`);
    this.addSql(`create index "paragraph_folded_trgm_index" on "documents"."paragraph" using gin ("folded" gin_trgm_ops);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "documents"."paragraph_folded_trgm_index";`);
    this.addSql(`alter table "documents"."paragraph" drop column "folded";`);
    this.addSql(`create index "paragraph_search_trgm_index" on "documents"."paragraph" using gin ((${FOLDED}) gin_trgm_ops);`);
  }
}
