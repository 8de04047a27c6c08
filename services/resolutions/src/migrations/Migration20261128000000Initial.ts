import { Migration } from '@mikro-orm/migrations';

export class Migration20261128000000Initial extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create schema if not exists "resolutions";`);
    this.addSql(`create table "resolutions"."resolution" ("id" text not null, "issuer" text not null, "kind" text not null, "number" int not null, "title" text null, "revisions" jsonb not null, "recitals" jsonb not null, "status" text not null default 'UNKNOWN', "merged_into" text null, "status_source" jsonb null, "sort_key" text not null, "document" text null, "source" jsonb null, constraint "resolution_pkey" primary key ("id"));`);
    this.addSql(`create index "resolution_issuer_index" on "resolutions"."resolution" ("issuer");`);
    this.addSql(`create index "resolution_status_index" on "resolutions"."resolution" ("status");`);
    this.addSql(`create index "resolution_document_index" on "resolutions"."resolution" ("document");`);
    this.addSql(`create index "resolution_sort_key_id_index" on "resolutions"."resolution" ("sort_key", "id");`);
    this.addSql(`create table "resolutions"."resolution_citation" ("serial" bigserial primary key, "citing_id" text not null, "cited" text not null, "revision" text null, "document" text null, "source" jsonb not null);`);
    this.addSql(`create index "resolution_citation_citing_id_index" on "resolutions"."resolution_citation" ("citing_id");`);
    this.addSql(`create index "resolution_citation_cited_index" on "resolutions"."resolution_citation" ("cited");`);
    this.addSql(`create index "resolution_citation_document_index" on "resolutions"."resolution_citation" ("document");`);
    this.addSql(`create table "resolutions"."operative_clause" ("serial" bigserial primary key, "resolution_id" text not null, "position" int not null, "block" text not null, "addressee" text null, "number" text null, "text" text not null, "document" text null, "source" jsonb not null);`);
    this.addSql(`create index "operative_clause_document_index" on "resolutions"."operative_clause" ("document");`);
    this.addSql(`create index "operative_clause_resolution_id_position_index" on "resolutions"."operative_clause" ("resolution_id", "position");`);
    this.addSql(`create table "resolutions"."mandate" ("serial" bigserial primary key, "resolution_id" text not null, "relation" text not null, "activity_id" text not null, "activity_type" text not null, "document" text null, "source" jsonb not null);`);
    this.addSql(`create index "mandate_resolution_id_index" on "resolutions"."mandate" ("resolution_id");`);
    this.addSql(`create index "mandate_activity_id_index" on "resolutions"."mandate" ("activity_id");`);
    this.addSql(`create index "mandate_document_index" on "resolutions"."mandate" ("document");`);
    this.addSql(`alter table "resolutions"."resolution_citation" add constraint "resolution_citation_citing_id_foreign" foreign key ("citing_id") references "resolutions"."resolution" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "resolutions"."operative_clause" add constraint "operative_clause_resolution_id_foreign" foreign key ("resolution_id") references "resolutions"."resolution" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "resolutions"."mandate" add constraint "mandate_resolution_id_foreign" foreign key ("resolution_id") references "resolutions"."resolution" ("id") on update cascade on delete cascade;`);
  }
}
