import { buildSchema, getOperationAST, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { estimateCost, UNKNOWN_LIST_SIZE } from '../src/query-cost';

const schema = buildSchema(`
  type Resolution { id: ID! cites: [Resolution!]! mandates: [Mandate!]! }
  type Mandate { relation: String! activity: Activity }
  type Group { id: ID! }
  union Activity = Group | Resolution
  type ResolutionEdge { node: Resolution! cursor: String! }
  type ResolutionConnection { edges: [ResolutionEdge!]! totalCount: Int! }
  type Query { resolutions(first: Int): ResolutionConnection! resolution(id: ID!): Resolution }
`);

const estimate = (query: string, sizes: Record<string, number> = {}, variables: Record<string, unknown> = {}) => {
  const document = parse(query);
  return estimateCost(schema, document, getOperationAST(document)!, variables, (coordinate) => sizes[coordinate]);
};

describe('the cost of a query', () => {
  it('multiplies each nested list by its stored length and a connection by its page', () => {
    // 1 (resolutions) + 1 (edges) + 10 node + 10 id + 10 cites + 10×3 ids
    expect(estimate('{ resolutions(first: 10) { edges { node { id cites { id } } } } }', { 'Resolution.cites': 3 }).fieldValues).toBe(62);
  });

  it('reads the page size from variables and caps it at the largest page', () => {
    const small = estimate('query ($n: Int) { resolutions(first: $n) { edges { node { id } } } }', {}, { n: 5 });
    const huge = estimate('query ($n: Int) { resolutions(first: $n) { edges { node { id } } } }', {}, { n: 1e9 });
    expect(small.fieldValues).toBe(2 + 5 * 2);
    expect(huge.fieldValues).toBe(2 + 100 * 2);
  });

  it('grows exponentially with a chain of lists, through fragments and aliases', () => {
    const chain = estimate('{ resolution(id: "x") { cites { cites { cites { id } } } } }', { 'Resolution.cites': 10 });
    expect(chain.objects).toBe(1 + 10 + 100 + 1000);
    const fragments = estimate('{ a: resolution(id: "x") { ...C } b: resolution(id: "y") { ...C } } fragment C on Resolution { cites { id } }', { 'Resolution.cites': 10 });
    expect(fragments.fieldValues).toBe(2 * (1 + 1 + 10));
  });

  it('prices a list it has no statistics for at the default length, and an empty one at one', () => {
    expect(estimate('{ resolution(id: "x") { mandates { relation } } }').objects).toBe(1 + UNKNOWN_LIST_SIZE);
    expect(estimate('{ resolution(id: "x") { mandates { relation } } }', { 'Resolution.mandates': 0 }).objects).toBe(2);
  });

  it('follows inline fragments on a union', () => {
    const cost = estimate('{ resolution(id: "x") { mandates { activity { ... on Resolution { cites { id } } ... on Group { id } } } } }', { 'Resolution.mandates': 2, 'Resolution.cites': 4 });
    // resolution, its mandates, 2 activities, 2 cites lists of 4 ids each, 2 group ids: both branches counted
    expect(cost.fieldValues).toBe(1 + 1 + 2 + 2 + 8 + 2);
  });
});
