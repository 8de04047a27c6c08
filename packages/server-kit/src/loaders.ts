import DataLoader from 'dataloader';
import type { EntityManager, EntityName, FilterQuery } from '@mikro-orm/core';
import { findLean } from './lean';

/** One SQL statement per entity type per request, however many ids the gateway asks for; rows as `findLean` reads them. */
export function entityLoader<T extends { id: string }>(em: EntityManager, entity: EntityName<T>): DataLoader<string, T | null> {
  return new DataLoader(async (ids) => {
    const rows = await findLean(em, entity, { id: { $in: [...ids] } } as unknown as FilterQuery<T>);
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/** Batches "all rows that point at key K" for many K into one statement; `keysOf` says which keys a row answers. */
export function groupLoader<T>(load: (keys: string[]) => Promise<T[]>, keysOf: (row: T) => Iterable<string>): DataLoader<string, T[]> {
  return new DataLoader(async (keys) => {
    const rows = await load([...keys]);
    const groups = new Map<string, T[]>(keys.map((key) => [key, []]));
    for (const row of rows) for (const key of keysOf(row)) groups.get(key)?.push(row);
    return keys.map((key) => groups.get(key) ?? []);
  });
}
