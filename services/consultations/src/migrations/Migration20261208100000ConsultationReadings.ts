import { Migration } from '@mikro-orm/migrations';

/**
 * Each document's reading of a consultation, kept apart so that the consultation's row is made from all of
 * them; raises the data version like every table. The rows stored before become one reading each, of their
 * own document, with the values and tally they hold, so an existing store keeps every consultation.
 */
export class Migration20261208100000ConsultationReadings extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "consultations"."consultation_reading" ("serial" bigserial primary key, "consultation_id" text not null, "reading" jsonb not null, "document" text null, "source" jsonb not null);`);
    this.addSql(`create index "consultation_reading_consultation_id_index" on "consultations"."consultation_reading" ("consultation_id");`);
    this.addSql(`create index "consultation_reading_document_index" on "consultations"."consultation_reading" ("document");`);
    this.addSql(`create constraint trigger raise_data_version after insert or update or delete on "consultations"."consultation_reading" deferrable initially deferred for each row execute function "consultations".raise_data_version();`);
    this.addSql(`insert into "consultations"."consultation_reading" ("consultation_id", "reading", "document", "source")
select c."id", jsonb_build_object(
    'groupId', c."group_id", 'topic', c."topic", 'questions', to_jsonb(c."questions"), 'opens', c."opens", 'closes', c."closes",
    'launchedAt', c."launched_at", 'reviewedAt', c."reviewed_at", 'consultationMeeting', c."consultation_meeting", 'resolutions', to_jsonb(c."resolutions"),
    'responses', case when c."total" is null then null else jsonb_build_object('total', c."total", 'byCategory', coalesce(
      (select jsonb_agg(jsonb_build_object('category', r."category", 'count', r."count") order by r."category")
        from "consultations"."response_count" r where r."consultation_id" = c."id"), '[]'::jsonb)) end,
    'sortKey', c."sort_key"),
  c."document", c."source"
from "consultations"."consultation" c;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "consultations"."consultation_reading";`);
  }
}
