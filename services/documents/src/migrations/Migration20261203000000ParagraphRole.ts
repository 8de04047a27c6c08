import { Migration } from '@mikro-orm/migrations';

/** Word and PDF files give headings and footnotes apart from the body; paragraphs stored before are body text. */
export class Migration20261203000000ParagraphRole extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "documents"."paragraph" add column "role" text not null default 'BODY';`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "documents"."paragraph" drop column "role";`);
  }
}
