import { Migration } from '@mikro-orm/migrations';

/**
 * Ingestion asks, for every file, which documents it stored from that path: with an index on the
 * repository alone, that read scanned the whole repository, and a 100,000-document ingest slowed as it grew.
 */
export class Migration20261129110000DocumentPathIndex extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create index "document_repository_id_path_index" on "documents"."document" ("repository_id", "path");`);
    this.addSql(`drop index if exists "documents"."document_repository_id_index";`);
  }

  override async down(): Promise<void> {
    this.addSql(`create index "document_repository_id_index" on "documents"."document" ("repository_id");`);
    this.addSql(`drop index if exists "documents"."document_repository_id_path_index";`);
  }
}
