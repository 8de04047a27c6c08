import { defaultFieldResolver, GraphQLError, GraphQLObjectType, type GraphQLSchema } from 'graphql';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';

/**
 * What one request may make a subgraph do. The gateway's cost estimate refuses most expensive queries
 * before they start; this is the subgraph's own backstop for what the estimate cannot see (a request sent
 * straight to the subgraph, a list far longer than its statistics said, a client that went away).
 */
export interface ExecutionBudget {
  /** Most field values one request may resolve: bounds its memory and the size of its answer. */
  maxFieldValues: number;
  /** Longest one request may run, in ms. */
  deadlineMs: number;
}

export const DEFAULT_EXECUTION_BUDGET: ExecutionBudget = { maxFieldValues: 100_000, deadlineMs: 30_000 };

/** SUBGRAPH_MAX_FIELD_VALUES and SUBGRAPH_DEADLINE_MS override the defaults. */
export function executionBudgetFromEnvironment(env: NodeJS.ProcessEnv = process.env): ExecutionBudget {
  const read = (name: string, fallback: number) => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a positive whole number, got "${raw}"`);
    return value;
  };
  return {
    maxFieldValues: read('SUBGRAPH_MAX_FIELD_VALUES', DEFAULT_EXECUTION_BUDGET.maxFieldValues),
    deadlineMs: read('SUBGRAPH_DEADLINE_MS', DEFAULT_EXECUTION_BUDGET.deadlineMs),
  };
}

type StopCode = 'REQUEST_BUDGET_EXCEEDED' | 'REQUEST_DEADLINE_EXCEEDED' | 'REQUEST_ABORTED';

/**
 * One request's spending: every field value it resolves, its deadline and its caller are checked at each
 * field. Once past a limit it stays stopped, with one error that every later field rejects with.
 */
export class RequestBudget {
  private resolved = 0;
  private checks = 0;
  private readonly startedAt = performance.now();
  stopped: GraphQLError | null = null;

  constructor(private readonly service: string, private readonly limits: ExecutionBudget, private readonly signal?: AbortSignal) {}

  get fieldValues(): number {
    return Math.min(this.resolved, this.limits.maxFieldValues);
  }

  /** `values`: 1 for a field, the length of a list it returned. */
  spend(values = 1): GraphQLError | null {
    if (this.stopped) return this.stopped;
    this.resolved += values;
    const { service, limits } = this;
    if (this.resolved > limits.maxFieldValues) {
      this.stop('REQUEST_BUDGET_EXCEEDED', `This request asks the ${service} subgraph for more than ${limits.maxFieldValues.toLocaleString('en')} values; ask for fewer items (first) or fewer nested lists.`);
    } else if (this.signal?.aborted) {
      this.stop('REQUEST_ABORTED', `The caller of the ${service} subgraph went away; the request was stopped.`);
    } else if ((this.checks++ & 0xff) === 0 && performance.now() - this.startedAt > limits.deadlineMs) {
      this.stop('REQUEST_DEADLINE_EXCEEDED', `This request ran longer than ${limits.deadlineMs} ms in the ${service} subgraph and was stopped.`);
    }
    return this.stopped;
  }

  private stop(code: StopCode, message: string) {
    // It carries a path already, so graphql-js passes it on as it is instead of wrapping each rejection in
    // a new error: stopping costs no memory of its own.
    this.stopped = new GraphQLError(message, { path: [], extensions: { code } });
  }
}

export interface BudgetedContext {
  budget?: RequestBudget;
}

const isPromise = (value: unknown): value is Promise<unknown> => typeof (value as { then?: unknown } | null)?.then === 'function';

/** A list spends one value per item before graphql-js goes on to resolve the items' own fields. */
function spendOnList(budget: RequestBudget, value: unknown): unknown {
  const stopped = Array.isArray(value) ? budget.spend(value.length) : null;
  if (stopped) throw stopped;
  return value;
}

/**
 * Makes every field of `schema` spend from its request's budget first, and every list it returns. A field
 * past the budget returns a rejected promise, never a synchronous throw: graphql-js abandons the pending
 * siblings of a field that throws synchronously, and their rejections would go unhandled.
 */
export function enforceExecutionBudget(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!(type instanceof GraphQLObjectType) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context: BudgetedContext, info) => {
        const budget = context?.budget;
        if (!budget) return resolve(source, args, context, info);
        const stopped = budget.spend();
        if (stopped) return Promise.reject(stopped);
        const result = resolve(source, args, context, info);
        if (isPromise(result)) return result.then((value) => spendOnList(budget, value));
        try {
          return spendOnList(budget, result);
        } catch (error) {
          return Promise.reject(error);
        }
      };
    }
  }
  return schema;
}

/** A stopped request answers with its one error and no data: a truncated tree would pass for a complete one. */
export function executionBudgetPlugin(service: string): ApolloServerPlugin<BaseContext & BudgetedContext & { request?: { requestId: string } }> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          const budget = contextValue?.budget;
          const stopped = budget?.stopped;
          if (!budget || !stopped || response.body.kind !== 'single') return;
          const code = stopped.extensions.code;
          if (code !== 'REQUEST_ABORTED') console.error(`[${service}] request ${contextValue.request?.requestId ?? '(none)'} stopped: ${stopped.message}`);
          response.body.singleResult.data = null;
          response.body.singleResult.errors = [{ message: stopped.message, extensions: { code, fieldValues: budget.fieldValues } }];
        },
      };
    },
  };
}
