import {
  getNamedType, getNullableType, isCompositeType, isListType, isObjectType, isInterfaceType, Kind, valueFromAST,
  type DocumentNode, type FieldNode, type FragmentDefinitionNode, type GraphQLCompositeType, type GraphQLSchema,
  type OperationDefinitionNode, type SelectionSetNode,
} from 'graphql';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '@mandate-graph/vocabulary';

/** The expected length of the list at `Type.field`, as the stored data says; undefined when unknown. */
export type ListSizeOf = (coordinate: string) => number | undefined;

/** The length assumed of a list whose statistics are not known (yet). */
export const UNKNOWN_LIST_SIZE = 5;

export interface CostEstimate {
  /** Field values the answer would hold: what the subgraphs read, resolve and send. */
  fieldValues: number;
  /** Objects among them (rows, more or less). */
  objects: number;
}

interface Walk {
  schema: GraphQLSchema;
  fragments: Map<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
  listSizeOf: ListSizeOf;
  estimate: CostEstimate;
}

function pageOf(field: FieldNode, walk: Walk, definitionArgs: readonly { name: string; type: Parameters<typeof valueFromAST>[1] }[]): number | undefined {
  const definition = definitionArgs.find((argument) => argument.name === 'first');
  if (!definition) return undefined;
  const argument = field.arguments?.find((candidate) => candidate.name.value === 'first');
  const value = argument ? valueFromAST(argument.value, definition.type, walk.variables) : undefined;
  // Out-of-range values are refused by the resolver; priced at the bound meanwhile.
  return typeof value === 'number' && Number.isFinite(value) ? Math.min(Math.max(value, 0), MAX_PAGE_SIZE) : DEFAULT_PAGE_SIZE;
}

function price(selectionSet: SelectionSetNode, parent: GraphQLCompositeType, multiplier: number, page: number | undefined, walk: Walk, depth: number): void {
  // Fragment cycles are refused by validation; this only keeps a pathological document from recursing forever.
  if (depth > 64) return;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.INLINE_FRAGMENT) {
      const condition = selection.typeCondition ? walk.schema.getType(selection.typeCondition.name.value) : parent;
      if (condition && isCompositeType(condition)) price(selection.selectionSet, condition, multiplier, page, walk, depth + 1);
      continue;
    }
    if (selection.kind === Kind.FRAGMENT_SPREAD) {
      const fragment = walk.fragments.get(selection.name.value);
      const condition = fragment && walk.schema.getType(fragment.typeCondition.name.value);
      if (fragment && condition && isCompositeType(condition)) price(fragment.selectionSet, condition, multiplier, page, walk, depth + 1);
      continue;
    }
    const name = selection.name.value;
    if (name.startsWith('__')) continue;
    walk.estimate.fieldValues += multiplier;
    if (!isObjectType(parent) && !isInterfaceType(parent)) continue;
    const definition = parent.getFields()[name];
    if (!definition || !selection.selectionSet) continue;
    const returned = getNamedType(definition.type);
    if (!isCompositeType(returned)) continue;
    const listed = isListType(getNullableType(definition.type));
    // A connection's edges are as many as the page its field asked for; any other list, as the statistics say.
    const length = !listed ? 1 : parent.name.endsWith('Connection') ? page ?? DEFAULT_PAGE_SIZE : Math.max(1, Math.ceil(walk.listSizeOf(`${parent.name}.${name}`) ?? UNKNOWN_LIST_SIZE));
    const instances = multiplier * length;
    walk.estimate.objects += instances;
    price(selection.selectionSet, returned, instances, pageOf(selection, walk, definition.args), walk, depth + 1);
  }
}

/**
 * What an operation would cost, from the page sizes it asks for and the stored lengths of the lists it
 * nests: each field is priced at the number of its parent's instances, which multiply down every list.
 */
export function estimateCost(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown>, listSizeOf: ListSizeOf): CostEstimate {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  const root = operation.operation === 'mutation' ? schema.getMutationType() : operation.operation === 'subscription' ? schema.getSubscriptionType() : schema.getQueryType();
  const estimate: CostEstimate = { fieldValues: 0, objects: 0 };
  if (root) price(operation.selectionSet, root, 1, undefined, { schema, fragments, variables, listSizeOf, estimate }, 0);
  return estimate;
}
