import { GraphQLError } from 'graphql';
import { ArgsType, Directive, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import type { EntityManager, EntityName, FilterQuery } from '@mikro-orm/core';
import { raw, type AbstractSqlConnection, type EntityManager as SqlEntityManager } from '@mikro-orm/postgresql';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '@mandate-graph/vocabulary';
import { findLean } from './lean';

@ObjectType({ description: 'Relay page information.' })
@Directive('@shareable')
export class PageInfo {
  @Field(() => Boolean) hasNextPage!: boolean;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
}

export interface Edge<T> { node: T; cursor: string }
/** How many rows a list holds: exact up to `EXACT_COUNT_BOUND`, the planner's estimate above it. */
export interface CountedTotal { totalCount: number; totalCountIsEstimate: boolean }

/**
 * The totals are promises read through getters, so a page whose client did not ask for `totalCount` costs
 * no count at all.
 */
export interface Connection<T> { edges: Edge<T>[]; pageInfo: PageInfo; readonly totalCount: Promise<number>; readonly totalCountIsEstimate: Promise<boolean> }

/** A Relay connection type for one node type (`ActionConnection`, `ActionEdge`). */
export function ConnectionType<T extends object>(name: string, node: () => ClassType<T>) {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field(node) node!: T;
    @Field(() => String) cursor!: string;
  }
  @ObjectType(`${name}Connection`)
  class ConnectionTypeClass {
    @Field(() => [EdgeType]) edges!: EdgeType[];
    @Field(() => PageInfo) pageInfo!: PageInfo;
    @Field(() => Int, { description: `How many items the list holds: exact up to ${EXACT_COUNT_BOUND}, an estimate above (see totalCountIsEstimate).` })
    totalCount!: number;
    @Field(() => Boolean, { description: `Whether totalCount is the database's estimate (lists of more than ${EXACT_COUNT_BOUND} items) rather than an exact count.` })
    totalCountIsEstimate!: boolean;
  }
  return ConnectionTypeClass;
}

/**
 * `first` and `after` of every paginated field, beside the field's own arguments (`@Args() page: PageArgs`
 * written first: type-graphql lists the arguments of the last `@Args` first).
 */
@ArgsType()
export class PageArgs {
  // No descriptions: the contract prints these fields as `(first: Int, after: String)`.
  @Field(() => Int, { nullable: true }) first?: number | null;
  @Field(() => String, { nullable: true }) after?: string | null;
}

/**
 * A page from `rows` fetched with one more than `size` (which tells whether another page follows), each
 * edge with its cursor.
 */
export function toConnection<T>(rows: T[], size: number, count: () => Promise<CountedTotal>, cursorOf: (node: T, index: number) => string): Connection<T> {
  const edges = rows.slice(0, size).map((node, index) => ({ node, cursor: cursorOf(node, index) }));
  let counted: Promise<CountedTotal> | undefined;
  const total = () => (counted ??= count());
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > size, endCursor: edges.at(-1)?.cursor ?? null },
    get totalCount() { return total().then((counts) => counts.totalCount); },
    get totalCountIsEstimate() { return total().then((counts) => counts.totalCountIsEstimate); },
  };
}

/**
 * Above this many rows a total is estimated: an exact count visits every row (320 ms cold over 140,000),
 * while counting up to the bound and asking the planner beyond it stays within milliseconds.
 */
export const EXACT_COUNT_BOUND = 1_000;

/** The planner's row estimate for a query, from `EXPLAIN (FORMAT JSON)`. */
async function plannedRows(connection: AbstractSqlConnection, sql: string, params: readonly unknown[]): Promise<number> {
  const [row] = await connection.execute<Array<Record<string, unknown>>>(`explain (format json) ${sql}`, [...params], 'all');
  const plan = row?.['QUERY PLAN'];
  const parsed = (typeof plan === 'string' ? JSON.parse(plan) : plan) as Array<{ Plan?: { 'Plan Rows'?: number } }> | undefined;
  return Math.round(parsed?.[0]?.Plan?.['Plan Rows'] ?? 0);
}

/**
 * The rows `sql` returns, counted exactly while there are at most `EXACT_COUNT_BOUND` of them; beyond it,
 * the planner's estimate (never below the bound it is known to pass), flagged as such.
 */
export async function boundedCount(connection: AbstractSqlConnection, sql: string, params: readonly unknown[]): Promise<CountedTotal> {
  const [{ n }] = await connection.execute<Array<{ n: number | string }>>(
    // Materialised, the query is planned as if every row were wanted (a limit in view can turn an index scan
    // into a scan of the whole table), and read only as far as the bound.
    `with matches as materialized (${sql}) select count(*) as n from (select 1 from matches limit ${EXACT_COUNT_BOUND + 1}) as bounded`, [...params], 'all',
  );
  return countedUpTo(Number(n), connection, sql, params);
}

/**
 * The total of `sql`'s rows when `counted` of them were seen, counting stopped past the bound: exact while
 * within it, else the planner's estimate (never below the bound it is known to pass).
 */
export async function countedUpTo(counted: number, connection: AbstractSqlConnection, sql: string, params: readonly unknown[]): Promise<CountedTotal> {
  if (counted <= EXACT_COUNT_BOUND) return { totalCount: counted, totalCountIsEstimate: false };
  return { totalCount: Math.max(await plannedRows(connection, sql, params), EXACT_COUNT_BOUND + 1), totalCountIsEstimate: true };
}

/** `boundedCount` of the rows of `entity` that match `where`. */
export function countMatching<T extends object>(em: EntityManager, entity: EntityName<T>, where: FilterQuery<T>): Promise<CountedTotal> {
  // knex's form of the query keeps `?` placeholders, which `execute` binds.
  const { sql, bindings } = (em as SqlEntityManager).createQueryBuilder(entity).select(raw('1')).where(where).getKnexQuery().toSQL();
  return boundedCount((em as SqlEntityManager).getConnection(), sql, bindings);
}

export function pageSize(first: number | null | undefined): number {
  const size = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 0 || size > MAX_PAGE_SIZE) {
    throw new GraphQLError(`first must be between 0 and ${MAX_PAGE_SIZE}, got ${size}`, { extensions: { code: 'BAD_USER_INPUT', argumentName: 'first' } });
  }
  return size;
}

/** Cursors are opaque to clients; inside they hold the row's place in the order (sort key, id). */
export function encodeCursor(sortKey: string, id: string): string {
  return Buffer.from(JSON.stringify([sortKey, id]), 'utf8').toString('base64url');
}

/** Longer than any cursor this API gives out (a sort key and an id). */
const MAX_CURSOR_LENGTH = 2_048;

export function decodeCursor(cursor: string): [string, string] {
  try {
    if (cursor.length > MAX_CURSOR_LENGTH) throw new Error('too long');
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    // PostgreSQL text holds no NUL: a cursor carrying one would reach the database as an internal error.
    if (Array.isArray(value) && value.length === 2 && value.every((part) => typeof part === 'string' && !part.includes('\u0000'))) return value as [string, string];
  } catch {
    // falls through to the error below
  }
  throw new GraphQLError('after is not a cursor this API gave out', { extensions: { code: 'BAD_USER_INPUT', argumentName: 'after' } });
}

/**
 * Keyset pagination over rows ordered by (sortKey, id): stable while rows are added, and the cost of a
 * page does not grow with how far into the list it is.
 */
export async function paginate<T extends { id: string; sortKey: string }>(
  em: EntityManager,
  entity: EntityName<T>,
  where: FilterQuery<T>,
  args: { first?: number | null; after?: string | null },
): Promise<Connection<T>> {
  const size = pageSize(args.first);
  let filter = where;
  if (args.after) {
    const [sortKey, id] = decodeCursor(args.after);
    filter = { $and: [where, { $or: [{ sortKey: { $gt: sortKey } }, { sortKey, id: { $gt: id } }] }] } as FilterQuery<T>;
  }
  const rows = size === 0 ? [] : await findLean(em, entity, filter, { orderBy: { sortKey: 'asc', id: 'asc' } as never, limit: size + 1 });
  return toConnection(rows, size, () => countMatching(em, entity, where), (node) => encodeCursor(node.sortKey, node.id));
}
