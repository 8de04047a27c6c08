import { buildSchema, graphql } from 'graphql';
import { describe, expect, it } from 'vitest';
import { enforceExecutionBudget, RequestBudget } from '../src/execution-budget';

interface Node { id: number; children: Node[] }
const tree = (id: number, width: number, depth: number): Node => ({ id, children: depth ? Array.from({ length: width }, (_, index) => tree(id * width + index, width, depth - 1)) : [] });

function nestedQuery(depth: number): string {
  let selection = 'id';
  for (let level = 0; level < depth; level++) selection = `id children { ${selection} }`;
  return `{ root { ${selection} } }`;
}

const schema = () => enforceExecutionBudget(buildSchema('type Node { id: Int! children: [Node!]! } type Query { root: Node! slow: Int }'));

describe('a request budget', () => {
  it('stops a request past its field values, counting the items of every list, with one error', async () => {
    let unhandled = 0;
    const count = () => unhandled++;
    process.on('unhandledRejection', count);
    const budget = new RequestBudget('test', { maxFieldValues: 1_000, deadlineMs: 60_000 });
    // 10^6 leaves: far past the budget, which must stop it long before they are made.
    const result = await graphql({ schema: schema(), source: nestedQuery(6), rootValue: { root: tree(1, 10, 6) }, contextValue: { budget } });
    await new Promise((resolve) => setTimeout(resolve, 50));
    process.off('unhandledRejection', count);
    expect(budget.stopped?.extensions.code).toBe('REQUEST_BUDGET_EXCEEDED');
    expect(new Set(result.errors?.map((error) => error.message))).toEqual(new Set([budget.stopped?.message]));
    expect(budget.fieldValues).toBe(1_000);
    expect(unhandled).toBe(0);
  });

  it('answers in full within its budget', async () => {
    const budget = new RequestBudget('test', { maxFieldValues: 1_000, deadlineMs: 60_000 });
    const result = await graphql({ schema: schema(), source: nestedQuery(2), rootValue: { root: tree(1, 3, 2) }, contextValue: { budget } });
    expect(result.errors).toBeUndefined();
    expect(budget.stopped).toBeNull();
  });

  it('stops at once when its caller has gone away', async () => {
    const caller = new AbortController();
    caller.abort();
    const budget = new RequestBudget('test', { maxFieldValues: 1_000, deadlineMs: 60_000 }, caller.signal);
    const result = await graphql({ schema: schema(), source: nestedQuery(3), rootValue: { root: tree(1, 3, 3) }, contextValue: { budget } });
    expect(result.data).toBeNull();
    expect(result.errors?.[0].extensions.code).toBe('REQUEST_ABORTED');
  });

  it('stops past its deadline', async () => {
    const budget = new RequestBudget('test', { maxFieldValues: 10_000_000, deadlineMs: 1 });
    const slowTree = { ...tree(1, 4, 7) };
    await new Promise((resolve) => setTimeout(resolve, 5));
    const result = await graphql({ schema: schema(), source: nestedQuery(7), rootValue: { root: slowTree }, contextValue: { budget } });
    expect(result.errors?.[0].extensions.code).toBe('REQUEST_DEADLINE_EXCEEDED');
  });
});
