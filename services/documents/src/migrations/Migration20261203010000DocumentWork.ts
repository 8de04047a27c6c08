import { Migration } from '@mikro-orm/migrations';

/** Language versions of one work find each other by the work they share; documents stored before name none yet. */
export class Migration20261203010000DocumentWork extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "documents"."document" add column "work" text null;`);
    this.addSql(`create index "document_work_index" on "documents"."document" ("work");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "documents"."document_work_index";`);
    this.addSql(`alter table "documents"."document" drop column "work";`);
  }
}
