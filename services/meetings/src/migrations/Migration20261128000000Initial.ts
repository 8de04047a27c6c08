import { Migration } from '@mikro-orm/migrations';

export class Migration20261128000000Initial extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create schema if not exists "meetings";`);
    this.addSql(`create table "meetings"."group" ("id" text not null, "name" text not null, "document" text null, "source" jsonb null, constraint "group_pkey" primary key ("id"));`);
    this.addSql(`create index "group_document_index" on "meetings"."group" ("document");`);
    this.addSql(`create table "meetings"."meeting" ("id" text not null, "group_id" text not null, "number" int not null, "kind" text not null, "start_date" date null, "end_date" date null, "format" text null, "contributions_received" int null, "registered" jsonb null, "participants" jsonb null, "document" text null, "source" jsonb null, constraint "meeting_pkey" primary key ("id"));`);
    this.addSql(`create index "meeting_group_id_index" on "meetings"."meeting" ("group_id");`);
    this.addSql(`create index "meeting_document_index" on "meetings"."meeting" ("document");`);
    this.addSql(`create table "meetings"."action" ("id" text not null, "meeting_id" text not null, "paragraph" text not null, "text" text not null, "assignees" text[] not null, "status" text not null default 'OPEN', "due_date" date null, "references" text[] not null, "consultation" text null, "sort_key" text not null, "document" text null, "source" jsonb not null, "version" int not null default 1, constraint "action_pkey" primary key ("id"));`);
    this.addSql(`create index "action_meeting_id_index" on "meetings"."action" ("meeting_id");`);
    this.addSql(`create index "action_status_index" on "meetings"."action" ("status");`);
    this.addSql(`create index "action_due_date_index" on "meetings"."action" ("due_date");`);
    this.addSql(`create index "action_document_index" on "meetings"."action" ("document");`);
    this.addSql(`create index "action_assignees_index" on "meetings"."action" using gin ("assignees");`);
    this.addSql(`create index "action_references_index" on "meetings"."action" using gin ("references");`);
    this.addSql(`create index "action_sort_key_id_index" on "meetings"."action" ("sort_key", "id");`);
    this.addSql(`create table "meetings"."action_update" ("serial" bigserial primary key, "action_id" text not null, "at" timestamptz not null, "by" text not null, "from" text null, "status" text not null, "note" text null);`);
    this.addSql(`create index "action_update_action_id_index" on "meetings"."action_update" ("action_id");`);
    this.addSql(`alter table "meetings"."meeting" add constraint "meeting_group_id_foreign" foreign key ("group_id") references "meetings"."group" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "meetings"."action" add constraint "action_meeting_id_foreign" foreign key ("meeting_id") references "meetings"."meeting" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "meetings"."action_update" add constraint "action_update_action_id_foreign" foreign key ("action_id") references "meetings"."action" ("id") on update cascade on delete cascade;`);
  }
}
