import { Migration } from '@mikro-orm/migrations';

export class Migration20261128000000Initial extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create schema if not exists "documents";`);
    this.addSql(`create extension if not exists pg_trgm;`);
    this.addSql(`create table "documents"."repository" ("id" text not null, "title" text null, constraint "repository_pkey" primary key ("id"));`);
    this.addSql(`create table "documents"."document" ("id" text not null, "repository_id" text not null, "name" text not null, "language" text not null, "title" text null, "format" text not null, "content_hash" text not null, "path" text not null, "text" text not null, "sort_key" text not null, constraint "document_pkey" primary key ("id"));`);
    this.addSql(`create index "document_repository_id_index" on "documents"."document" ("repository_id");`);
    this.addSql(`create index "document_sort_key_id_index" on "documents"."document" ("sort_key", "id");`);
    this.addSql(`create table "documents"."paragraph" ("document_id" text not null, "position" int not null, "number" text null, "text" text not null, "start" int not null, "end" int not null, "language" text not null, constraint "paragraph_pkey" primary key ("document_id", "position"));`);
    this.addSql(`create index "paragraph_language_index" on "documents"."paragraph" ("language");`);
    this.addSql(`create index "paragraph_text_trgm_index" on "documents"."paragraph" using gin ("text" gin_trgm_ops);`);
    this.addSql(`create table "documents"."citation" ("document_id" text not null, "position" int not null, "text" text not null, "paragraph" text null, "start" int not null, "end" int not null, "resolution" text null, "revision" text null, "confidence" double precision not null, "sort_key" text not null, constraint "citation_pkey" primary key ("document_id", "position"));`);
    this.addSql(`create index "citation_resolution_sort_key_index" on "documents"."citation" ("resolution", "sort_key");`);
    this.addSql(`alter table "documents"."document" add constraint "document_repository_id_foreign" foreign key ("repository_id") references "documents"."repository" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "documents"."paragraph" add constraint "paragraph_document_id_foreign" foreign key ("document_id") references "documents"."document" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "documents"."citation" add constraint "citation_document_id_foreign" foreign key ("document_id") references "documents"."document" ("id") on update cascade on delete cascade;`);
  }
}
