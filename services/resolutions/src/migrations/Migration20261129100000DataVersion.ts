import { Migration } from '@mikro-orm/migrations';

/**
 * A data version raised by every committed change, for caches in front of the graph: a one-row table, the
 * trigger function, and a deferred trigger on each table the schema had then. Frozen SQL: a migration
 * says what it did the day it ran, whatever the code does later.
 */
export class Migration20261129100000DataVersion extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table if not exists "resolutions"."data_version" ("id" smallint primary key default 1 check ("id" = 1), "version" bigint not null default 0);`);
    this.addSql(`insert into "resolutions"."data_version" ("id", "version") values (1, 0) on conflict do nothing;`);
    this.addSql(`create or replace function "resolutions"."raise_data_version"() returns trigger language plpgsql as $$
begin
  -- Once per transaction, however many rows it touched.
  if current_setting('mandate_graph.raised_resolutions', true) is distinct from 'yes' then
    perform set_config('mandate_graph.raised_resolutions', 'yes', true);
    update "resolutions"."data_version" set "version" = "version" + 1 where "id" = 1;
  end if;
  return null;
end $$;`);
    this.addSql(`do $$
declare
  target record;
begin
  for target in select table_name from information_schema.tables
    where table_schema = 'resolutions' and table_type = 'BASE TABLE' and table_name not in ('data_version', 'schema_migrations')
  loop
    execute format('drop trigger if exists raise_data_version on %I.%I', 'resolutions', target.table_name);
    execute format('create constraint trigger raise_data_version after insert or update or delete on %I.%I deferrable initially deferred for each row execute function %I.raise_data_version()', 'resolutions', target.table_name, 'resolutions');
  end loop;
end $$;`);
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists "resolutions"."data_version";');
    this.addSql('drop function if exists "resolutions"."raise_data_version"() cascade;');
  }
}
