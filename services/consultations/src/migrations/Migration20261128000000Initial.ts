import { Migration } from '@mikro-orm/migrations';

export class Migration20261128000000Initial extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create schema if not exists "consultations";`);
    this.addSql(`create table "consultations"."consultation" ("id" text not null, "group_id" text null, "topic" text not null, "questions" text[] not null, "opens" date null, "closes" date null, "launched_at" text null, "reviewed_at" text null, "consultation_meeting" text null, "resolutions" text[] not null, "total" int null, "sort_key" text not null, "document" text null, "source" jsonb not null, constraint "consultation_pkey" primary key ("id"));`);
    this.addSql(`create index "consultation_group_id_index" on "consultations"."consultation" ("group_id");`);
    this.addSql(`create index "consultation_launched_at_index" on "consultations"."consultation" ("launched_at");`);
    this.addSql(`create index "consultation_reviewed_at_index" on "consultations"."consultation" ("reviewed_at");`);
    this.addSql(`create index "consultation_document_index" on "consultations"."consultation" ("document");`);
    this.addSql(`create index "consultation_resolutions_index" on "consultations"."consultation" using gin ("resolutions");`);
    this.addSql(`create index "consultation_sort_key_id_index" on "consultations"."consultation" ("sort_key", "id");`);
    this.addSql(`create table "consultations"."response_count" ("consultation_id" text not null, "category" text not null, "count" int not null, constraint "response_count_pkey" primary key ("consultation_id", "category"));`);
    this.addSql(`create index "response_count_category_index" on "consultations"."response_count" ("category");`);
    this.addSql(`alter table "consultations"."response_count" add constraint "response_count_consultation_id_foreign" foreign key ("consultation_id") references "consultations"."consultation" ("id") on update cascade on delete cascade;`);
  }
}
