import { Migration } from '@mikro-orm/migrations';

/**
 * A document written again or taken out clears the recitals and the status it gave instruments, found by the
 * document its provenance names. Without an index on those two expressions each was a scan of every
 * instrument: three scans a document, half the time of removing a repository of 100,000 documents.
 */
export class Migration20261208010000ProvenanceDocumentIndexes extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create index "resolution_recitals_document_index" on "resolutions"."resolution" ((recitals -> 0 -> 'source' ->> 'document'));`);
    this.addSql(`create index "resolution_status_source_document_index" on "resolutions"."resolution" (("status_source" ->> 'document'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "resolutions"."resolution_status_source_document_index";`);
    this.addSql(`drop index "resolutions"."resolution_recitals_document_index";`);
  }
}
