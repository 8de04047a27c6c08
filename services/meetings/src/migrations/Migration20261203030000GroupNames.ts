import { Migration } from '@mikro-orm/migrations';

/** The names documents give a group, each in its document's language; raises the data version like every table. */
export class Migration20261203030000GroupNames extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "meetings"."group_name" ("serial" bigserial primary key, "group_id" text not null, "language" text not null, "name" text not null, "document" text null, "source" jsonb not null);`);
    this.addSql(`create index "group_name_group_id_index" on "meetings"."group_name" ("group_id");`);
    this.addSql(`create index "group_name_document_index" on "meetings"."group_name" ("document");`);
    this.addSql(`alter table "meetings"."group_name" add constraint "group_name_group_id_foreign" foreign key ("group_id") references "meetings"."group" ("id") on update cascade on delete cascade;`);
    this.addSql(`create constraint trigger raise_data_version after insert or update or delete on "meetings"."group_name" deferrable initially deferred for each row execute function "meetings".raise_data_version();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "meetings"."group_name";`);
  }
}
