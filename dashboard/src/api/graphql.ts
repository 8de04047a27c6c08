import type { TypedDocumentString } from '../../generated/graphql/graphql';

/** Where the gateway answers GraphQL: the same origin that serves the dashboard. */
export const GRAPHQL_ENDPOINT = '/graphql';

/** A refusal or failure, with the contract's code when the API gave one (FORBIDDEN, CONFLICT, …). */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string | null,
    readonly requestId: string | null = null,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export interface ApiAnswer<TResult> {
  data: TResult;
  /** Errors that came with data: a subgraph that is down nulls its fields, and the rest still answers. */
  partialErrors: ApiError[];
}

interface WireError {
  message?: unknown;
  extensions?: { code?: unknown; requestId?: unknown };
}

interface WireBody<TResult> {
  data?: TResult | null;
  errors?: WireError[];
}

function toApiError(error: WireError | undefined, fallback: string, requestId: string | null): ApiError {
  const message = typeof error?.message === 'string' ? error.message : fallback;
  const code = typeof error?.extensions?.code === 'string' ? error.extensions.code : null;
  const id = typeof error?.extensions?.requestId === 'string' ? error.extensions.requestId : requestId;
  return new ApiError(message, code, id);
}

export interface ExecuteOptions {
  /** A bearer token (JWT); reads need none unless the graph requires it. */
  token?: string | null;
  signal?: AbortSignal;
}

/**
 * Posts one typed operation to the gateway. Throws an ApiError when the answer has no data (a refused
 * mutation, an invalid query, a gateway that cannot be reached); returns data with any partial errors.
 */
export async function execute<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  { token, signal }: ExecuteOptions = {},
): Promise<ApiAnswer<TResult>> {
  let response: Response;
  try {
    response = await fetch(GRAPHQL_ENDPOINT, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query: document.toString(), variables }),
      signal,
    });
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw new ApiError('The graph could not be reached: check that the gateway is running, then try again.', 'NETWORK');
  }
  const requestId = response.headers.get('x-request-id');
  let body: WireBody<TResult>;
  try {
    body = (await response.json()) as WireBody<TResult>;
  } catch {
    throw new ApiError(`The graph answered HTTP ${response.status} without a GraphQL answer.`, `HTTP_${response.status}`, requestId);
  }
  const errors = body.errors ?? [];
  if (body.data === null || body.data === undefined) {
    throw toApiError(errors[0], `The graph answered HTTP ${response.status} with no data.`, requestId);
  }
  return { data: body.data, partialErrors: errors.map((error) => toApiError(error, 'Part of the answer is missing.', requestId)) };
}

/** A Relay connection as the API gives it. */
export interface Connection<TNode> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: TNode }[];
}

/** More pages than this is not a dashboard any more: stop rather than loop on a misbehaving cursor. */
const MAX_PAGES = 50;

/** Follows a connection's cursors to the end and returns every node (pages of the operation's `first`). */
export async function allPages<TResult, TVariables extends { after?: string | null }, TNode>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: Omit<TVariables, 'after'>,
  connectionOf: (data: TResult) => Connection<TNode>,
  options: ExecuteOptions = {},
): Promise<ApiAnswer<{ nodes: TNode[]; totalCount: number }>> {
  const nodes: TNode[] = [];
  const partialErrors: ApiError[] = [];
  let after: string | null = null;
  let totalCount = 0;
  for (let page = 0; page < MAX_PAGES; page++) {
    const answer: ApiAnswer<TResult> = await execute(document, { ...variables, after } as TVariables, options);
    partialErrors.push(...answer.partialErrors);
    const connection = connectionOf(answer.data);
    totalCount = connection.totalCount;
    nodes.push(...connection.edges.map((edge) => edge.node));
    if (!connection.pageInfo.hasNextPage || !connection.pageInfo.endCursor) break;
    after = connection.pageInfo.endCursor;
  }
  return { data: { nodes, totalCount }, partialErrors };
}
