import { Migration } from '@mikro-orm/migrations';

/**
 * A repository id is bound to the folder that first claimed it, so that another folder naming itself
 * `itu-council` cannot take the real one's documents away. Rows stored before have no folder yet: the next
 * folder to ingest them claims them.
 */
export class Migration20261202000000RepositoryFolder extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "documents"."repository" add column "folder" text null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "documents"."repository" drop column "folder";`);
  }
}
