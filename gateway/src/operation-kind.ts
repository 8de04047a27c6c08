import { getOperationAST, parse } from 'graphql';

export type OperationKind = 'query' | 'mutation' | 'subscription';

/**
 * The kind of the operation a GraphQL request body asks to run, by parsing it: a word "mutation" in a
 * search text or a variable is not a mutation. A body without the words "mutation" and "subscription" can
 * only be a query (or no operation at all, which no caller needs told apart); null when a body that has one
 * of them names no runnable operation.
 */
export function operationKindOf(body: string): OperationKind | null {
  // Without the word there is no mutation to find, and nothing needs parsing to say so.
  if (!body.includes('mutation') && !body.includes('subscription')) return 'query';
  try {
    const { query, operationName } = JSON.parse(body) as { query?: unknown; operationName?: unknown };
    if (typeof query !== 'string') return null;
    return getOperationAST(parse(query), typeof operationName === 'string' ? operationName : undefined)?.operation ?? null;
  } catch {
    return null;
  }
}
