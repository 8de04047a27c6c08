import { GraphQLError } from 'graphql';
import { ArgsType, Directive, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import type { EntityManager, EntityName, FilterQuery } from '@mikro-orm/core';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '@mandate-graph/vocabulary';

@ObjectType({ description: 'Relay page information.' })
@Directive('@shareable')
export class PageInfo {
  @Field(() => Boolean) hasNextPage!: boolean;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
}

export interface Edge<T> { node: T; cursor: string }
export interface Connection<T> { edges: Edge<T>[]; pageInfo: PageInfo; totalCount: number }

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
    @Field(() => Int) totalCount!: number;
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
export function toConnection<T>(rows: T[], size: number, totalCount: number, cursorOf: (node: T, index: number) => string): Connection<T> {
  const edges = rows.slice(0, size).map((node, index) => ({ node, cursor: cursorOf(node, index) }));
  return { edges, totalCount, pageInfo: { hasNextPage: rows.length > size, endCursor: edges.at(-1)?.cursor ?? null } };
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
  const [rows, totalCount] = await Promise.all([
    size === 0 ? Promise.resolve([] as T[]) : em.find(entity, filter, { orderBy: { sortKey: 'asc', id: 'asc' } as never, limit: size + 1 }),
    em.count(entity, where),
  ]);
  return toConnection(rows, size, totalCount, (node) => encodeCursor(node.sortKey, node.id));
}
