import { ReferenceKind, type EntityMetadata, type EntityName, type EntityProperty } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Values of a row, by property name: a reference by its key, an enum by its value, a JSON column's value as
 * it is, an inline embeddable (a fact's origin) as its object.
 */
export type PlainRow = Record<string, unknown>;

/** The columns one property fills: one for a scalar or a reference, each of an inline embeddable's. */
interface PropertyColumns { embedded: boolean; columns: Array<{ key: string; column: string; type: string }> }

interface Target { table: string; properties: Map<string, PropertyColumns> }

const targets = new WeakMap<EntityMetadata, Target>();

function targetOf(meta: EntityMetadata): Target {
  let target = targets.get(meta);
  if (target) return target;
  const properties = new Map<string, PropertyColumns>();
  const single = (prop: EntityProperty) => prop.persist !== false && prop.fieldNames?.length === 1 && prop.columnTypes?.length === 1;
  for (const prop of Object.values(meta.properties) as EntityProperty[]) {
    if ((prop.kind === ReferenceKind.SCALAR || prop.kind === ReferenceKind.MANY_TO_ONE) && !prop.embedded && single(prop)) {
      properties.set(prop.name, { embedded: false, columns: [{ key: prop.name, column: prop.fieldNames[0], type: prop.columnTypes[0] }] });
    } else if (prop.kind === ReferenceKind.EMBEDDED && !prop.object && prop.embeddedProps) {
      const children = Object.values(prop.embeddedProps) as EntityProperty[];
      if (children.every(single)) {
        properties.set(prop.name, { embedded: true, columns: children.map((child) => ({ key: child.embedded![1], column: child.fieldNames[0], type: child.columnTypes[0] })) });
      }
    }
  }
  target = { table: `"${meta.schema}"."${meta.tableName}"`, properties };
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
  const properties = Object.keys(rows[0]).map((name) => {
    const property = target.properties.get(name);
    if (!property) throw new Error(`${target.table}: no column holds ${name}`);
    return { name, ...property };
  });
  const columns = properties.flatMap((property) => property.columns);
  const names = columns.map(({ column }) => `"${column}"`).join(', ');
  const record = columns.map(({ column, type }) => `"${column}" ${type}`).join(', ');
  const sql = `insert into ${target.table} (${names}) select ${names} from json_to_recordset(?::json) as r(${record})`;
  for (let offset = 0; offset < rows.length; offset += ROWS_PER_STATEMENT) {
    const json = JSON.stringify(rows.slice(offset, offset + ROWS_PER_STATEMENT).map((row) => {
      const keyed: Record<string, unknown> = {};
      for (const { name, embedded, columns: filled } of properties) {
        const value = row[name];
        if (!embedded) keyed[filled[0].column] = value;
        else for (const { key, column } of filled) keyed[column] = (value as Record<string, unknown> | null | undefined)?.[key] ?? null;
      }
      return keyed;
    }));
    await em.execute(sql, [wellFormed(json)], 'run');
  }
}
