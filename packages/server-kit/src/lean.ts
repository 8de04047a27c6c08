import { ReferenceKind, type EntityManager, type EntityMetadata, type EntityName, type EntityProperty, type FilterQuery, type QueryOrderMap } from '@mikro-orm/core';
import type { EntityManager as SqlEntityManager } from '@mikro-orm/postgresql';

export interface LeanFindOptions<T> {
  orderBy?: QueryOrderMap<T>;
  limit?: number;
}

/**
 * How a row of one entity's table becomes the object a resolver reads: the columns to select, and the
 * shaping MikroORM's result mapper leaves undone (an inline embeddable comes back flat, a reference as its key).
 */
interface LeanShape {
  columns: string[];
  embedded: Array<{ name: string; nullable: boolean; children: Array<{ flat: string; name: string }> }>;
  references: string[];
}

const shapes = new WeakMap<EntityMetadata, LeanShape>();

function shapeOf(meta: EntityMetadata): LeanShape {
  let shape = shapes.get(meta);
  if (shape) return shape;
  const stored = (prop: EntityProperty) => prop.persist !== false && !prop.lazy && !prop.formula && prop.fieldNames?.length;
  const props = Object.values(meta.properties) as EntityProperty[];
  shape = {
    columns: props
      .filter((prop) => stored(prop) && (prop.kind === ReferenceKind.SCALAR || prop.kind === ReferenceKind.MANY_TO_ONE || (prop.kind === ReferenceKind.EMBEDDED && prop.embedded)))
      .flatMap((prop) => prop.fieldNames),
    embedded: props
      .filter((prop) => prop.kind === ReferenceKind.EMBEDDED && !prop.embedded && !prop.object)
      .map((prop) => ({
        name: prop.name,
        nullable: Boolean(prop.nullable),
        children: Object.values(prop.embeddedProps).map((child) => ({ flat: child.name, name: child.embedded![1] })),
      })),
    references: props.filter((prop) => prop.kind === ReferenceKind.MANY_TO_ONE).map((prop) => prop.name),
  };
  shapes.set(meta, shape);
  return shape;
}

/**
 * Rows of `entity` for read-only answers: unmanaged instances of its class, filled straight from the row, with
 * no identity map, no hydration and no change tracking. A profile of a subgraph request put half of its CPU in creating, registering and hydrating
 * entities it only serialised (bench/FINDINGS.md). A reference reads as `{ id }` (what resolvers ask of it);
 * lazy columns stay unread. Never pass such a row to `em.persist` or `em.flush`: it is not managed.
 */
export async function findLean<T extends object>(em: EntityManager, entity: EntityName<T>, where: FilterQuery<T>, options: LeanFindOptions<T> = {}): Promise<T[]> {
  const meta = em.getMetadata().find(entity)!;
  const shape = shapeOf(meta);
  const query = (em as SqlEntityManager).createQueryBuilder(entity).select(shape.columns).where(where);
  if (options.orderBy) query.orderBy(options.orderBy);
  if (options.limit !== undefined) query.limit(options.limit);
  const rows = await query.execute<Array<Record<string, unknown>>>('all', true);
  for (const row of rows) {
    for (const embedded of shape.embedded) {
      const value: Record<string, unknown> = {};
      let empty = true;
      for (const child of embedded.children) {
        value[child.name] = row[child.flat];
        if (row[child.flat] != null) empty = false;
        delete row[child.flat];
      }
      row[embedded.name] = empty && embedded.nullable ? null : value;
    }
    for (const reference of shape.references) {
      const key = row[reference];
      row[reference] = key == null ? null : { id: key };
    }
    // An instance of the entity's class, so that type-graphql hands it to field resolvers as it is: for a
    // plain object it builds a new instance per resolved field, whose assignments run MikroORM's property
    // setters (measured: more than the hydration saved). The fields are the row's own, so those setters and
    // the constructor never run.
    Object.setPrototypeOf(row, meta.prototype);
  }
  // The fields a resolver reads are all there, with the types the entity declares; what is missing is only
  // what a managed entity adds (its reference's `load()`, change tracking), which read-only answers never use.
  return rows as unknown as T[];
}
