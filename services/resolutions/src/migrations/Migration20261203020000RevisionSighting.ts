import { Migration } from '@mikro-orm/migrations';

/** Revisions as documents cite them, each with the citation that names it; raises the data version like every table. */
export class Migration20261203020000RevisionSighting extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "resolutions"."revision_sighting" ("serial" bigserial primary key, "resolution_id" text not null, "label" text not null, "place" text null, "year" int null, "document" text null, "source" jsonb not null);`);
    this.addSql(`create index "revision_sighting_resolution_id_index" on "resolutions"."revision_sighting" ("resolution_id");`);
    this.addSql(`create index "revision_sighting_document_index" on "resolutions"."revision_sighting" ("document");`);
    this.addSql(`alter table "resolutions"."revision_sighting" add constraint "revision_sighting_resolution_id_foreign" foreign key ("resolution_id") references "resolutions"."resolution" ("id") on update cascade on delete cascade;`);
    this.addSql(`create constraint trigger raise_data_version after insert or update or delete on "resolutions"."revision_sighting" deferrable initially deferred for each row execute function "resolutions".raise_data_version();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "resolutions"."revision_sighting";`);
  }
}
