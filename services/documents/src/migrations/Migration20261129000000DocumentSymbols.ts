import { Migration } from '@mikro-orm/migrations';

/** Document symbols stated by curated overlays. */
export class Migration20261129000000DocumentSymbols extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "documents"."document_symbol" ("serial" bigserial primary key, "document_id" text not null, "symbol" text not null, "stated_in" text not null, "source" jsonb not null);`);
    this.addSql(`create index "document_symbol_document_id_index" on "documents"."document_symbol" ("document_id");`);
    this.addSql(`create index "document_symbol_stated_in_index" on "documents"."document_symbol" ("stated_in");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "documents"."document_symbol";`);
  }
}
