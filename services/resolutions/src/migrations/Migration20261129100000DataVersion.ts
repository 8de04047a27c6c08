import { Migration } from '@mikro-orm/migrations';
import { dataVersionSql } from '@mandate-graph/server-kit';

/** A data version raised by every committed change, for caches in front of the graph. */
export class Migration20261129100000DataVersion extends Migration {
  override async up(): Promise<void> {
    for (const sql of dataVersionSql('resolutions')) this.addSql(sql);
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists "resolutions"."data_version";');
    this.addSql('drop function if exists "resolutions"."raise_data_version"() cascade;');
  }
}
