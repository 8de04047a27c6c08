import { ReferenceKind, type EntityMetadata, type EntityName } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

/** Scalar values of a row, by property name: a reference by its key, an enum by its value. */
export type PlainRow = Record<string, string | number | boolean | null>;

interface Target { table: string; columns: Map<string, { column: string; type: string }> }

const targets = new WeakMap<EntityMetadata, Target>();

function targetOf(meta: EntityMetadata): Target {
  let target = targets.get(meta);
  if (target) return target;
  const columns = new Map<string, { column: string; type: string }>();
  for (const prop of Object.values(meta.properties)) {
    const scalar = prop.kind === ReferenceKind.SCALAR || prop.kind === ReferenceKind.MANY_TO_ONE;
    if (scalar && prop.persist !== false && prop.fieldNames?.length === 1 && prop.columnTypes?.length === 1) {
      columns.set(prop.name, { column: prop.fieldNames[0], type: prop.columnTypes[0] });
    }
  }
  target = { table: `"${meta.schema}"."${meta.tableName}"`, columns };
  targets.set(meta, target);
  return target;
}

/**
 * JSON.stringify writes a lone surrogate (an XML character reference can make one) as a `\udXXX` escape, which
 * the database refuses; quoted into SQL text, as MikroORM does, it became U+FFFD. So it becomes that here too.
 * Only lone surrogates are escaped so: a pair is written as itself.
 */
function wellFormed(json: string): string {
  return json.includes('\\ud') ? json.replace(/(?<=(?:^|[^\\])(?:\\\\)*)\\ud[89a-f][0-9a-f]{2}/g, '\\ufffd') : json;
}

/** Rows per statement: a few hundred kilobytes of JSON at most for paragraphs. */
const ROWS_PER_STATEMENT = 1_000;

/**
 * Inserts rows of `entity` (every row with the same properties) inside the caller's transaction, as one JSON
 * text a thousand rows to a statement, which the database unpacks with `json_to_recordset`: MikroORM's
 * `insertMany` quotes every value of every row into the SQL text, which was most of ingestion's CPU after
 * its statements were batched (bench/FINDINGS.md).
 */
export async function insertRows(em: EntityManager, entity: EntityName<object>, rows: readonly PlainRow[]): Promise<void> {
  if (!rows.length) return;
  const target = targetOf(em.getMetadata().find(entity)!);
  const properties = Object.keys(rows[0]);
  const columns = properties.map((property) => {
    const column = target.columns.get(property);
    if (!column) throw new Error(`${target.table} has no single column for ${property}`);
    return column;
  });
  const names = columns.map(({ column }) => `"${column}"`).join(', ');
  const record = columns.map(({ column, type }) => `"${column}" ${type}`).join(', ');
  const sql = `insert into ${target.table} (${names}) select ${names} from json_to_recordset(?::json) as r(${record})`;
  for (let offset = 0; offset < rows.length; offset += ROWS_PER_STATEMENT) {
    const json = JSON.stringify(rows.slice(offset, offset + ROWS_PER_STATEMENT).map((row) => {
      const keyed: Record<string, unknown> = {};
      properties.forEach((property, index) => (keyed[columns[index].column] = row[property]));
      return keyed;
    }));
    await em.execute(sql, [wellFormed(json)], 'run');
  }
}
