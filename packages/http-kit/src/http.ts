import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createHash, randomUUID, timingSafeEqual } from 'node:crypto';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import { describeListenError } from './listen-error';
import { HEALTH_PATH } from './subgraph-protocol';

export interface RequestInfo {
  requestId: string;
  headers: IncomingMessage['headers'];
  /** Aborted when the caller goes away before its answer is sent: work for it can stop. */
  signal?: AbortSignal;
}

export type Route = (request: IncomingMessage, response: ServerResponse) => Promise<boolean> | boolean;

export interface HttpServerOptions<Context extends BaseContext> {
  apollo: ApolloServer<Context>;
  context: (request: RequestInfo) => Promise<Context>;
  host?: string;
  port: number;
  /** What listens, for the message when the port is taken. */
  name: string;
  /** Largest request body accepted, in bytes. */
  bodyLimit?: number;
  /** Handled before GraphQL; return true when answered. */
  routes?: Route[];
  /** Consulted in order for each GraphQL request; the first to answer it answers it. */
  interceptors?: RequestInterceptor[];
  /** When set, only requests whose `header` carries `value` are answered (liveness at /health excepted). */
  requiredSecret?: { header: string; value: string };
}

/** What an interceptor makes of one GraphQL request, before GraphQL runs. */
export type Interception =
  /** Answered without GraphQL: a 200 with this JSON body and these headers. */
  | { answer: string; headers?: Record<string, string> }
  /** GraphQL runs; `completed` hears its whole answer (not a streamed one). */
  | { completed?(status: number, body: string): void };

/** A hook on every GraphQL request, given its raw body once the body has been read and checked. */
export interface RequestInterceptor {
  intercept(request: IncomingMessage, body: string): Interception;
}

export interface RunningHttpServer {
  url: string;
  port: number;
  server: Server;
  /** Stops accepting, lets in-flight requests finish (up to `graceMs`), then stops Apollo. */
  close(graceMs?: number): Promise<void>;
}

class RequestError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

async function readBody(request: IncomingMessage, limit: number): Promise<string> {
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > limit) throw new RequestError(413, `Request body is larger than ${limit} bytes`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new RequestError(413, `Request body is larger than ${limit} bytes`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function parseBody(raw: string, contentType: string | undefined): unknown {
  if (!raw) return undefined;
  if (!contentType?.includes('json')) return raw;
  try {
    return JSON.parse(raw);
  } catch {
    throw new RequestError(400, 'Request body is not valid JSON');
  }
}

export function sendJson(response: ServerResponse, status: number, body: unknown, requestId?: string): void {
  response.statusCode = status;
  response.setHeader('content-type', 'application/json; charset=utf-8');
  if (requestId) response.setHeader('x-request-id', requestId);
  response.end(JSON.stringify(body));
}

/** Compares digests, so that the time taken says nothing about how much of a guess was right. */
function sameSecret(given: string | string[] | undefined, expected: string): boolean {
  if (typeof given !== 'string') return false;
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/**
 * Apollo Server on plain node:http: the same adapter serves subgraphs and the gateway, with a body
 * limit, a request id on every answer, extra routes (health) and a graceful close.
 */
export async function startHttpServer<Context extends BaseContext>(options: HttpServerOptions<Context>): Promise<RunningHttpServer> {
  const { apollo, bodyLimit = 1_000_000 } = options;
  await apollo.start();

  const inFlight = new Set<Promise<void>>();
  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const requestId = (request.headers['x-request-id'] as string | undefined)?.slice(0, 100) || randomUUID();
    const callerGone = new AbortController();
    response.once('close', () => {
      if (!response.writableFinished) callerGone.abort();
    });
    try {
      const url = new URL(request.url ?? '/', 'http://localhost');
      const secret = options.requiredSecret;
      if (secret && url.pathname !== HEALTH_PATH && !sameSecret(request.headers[secret.header], secret.value)) {
        request.resume();
        return sendJson(response, 403, { errors: [{ message: `${options.name} answers only the gateway.`, extensions: { code: 'FORBIDDEN' } }] }, requestId);
      }
      for (const route of options.routes ?? []) if (await route(request, response)) return;
      if (url.pathname !== '/graphql' && url.pathname !== '/') {
        return sendJson(response, 404, { errors: [{ message: `No such path: ${url.pathname}. GraphQL is served at /graphql.` }] }, requestId);
      }
      const raw = await readBody(request, bodyLimit);
      // PostgreSQL text cannot hold U+0000: refused here, with a reason, rather than failing deep in a query.
      if (raw.includes('\\u0000') || raw.includes('\u0000') || url.search.includes('%00')) {
        throw new RequestError(400, 'Request contains the NUL character (U+0000), which no text in this graph can hold');
      }
      const listeners: ((status: number, body: string) => void)[] = [];
      for (const interceptor of options.interceptors ?? []) {
        const interception = interceptor.intercept(request, raw);
        if ('answer' in interception) {
          response.statusCode = 200;
          response.setHeader('content-type', 'application/json; charset=utf-8');
          response.setHeader('x-request-id', requestId);
          for (const [name, value] of Object.entries(interception.headers ?? {})) response.setHeader(name, value);
          return void response.end(interception.answer);
        }
        if (interception.completed) listeners.push(interception.completed);
      }
      const headers = new HeaderMap();
      for (const [key, value] of Object.entries(request.headers)) {
        if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
      }
      const result = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: {
          method: (request.method ?? 'GET').toUpperCase(),
          headers,
          search: url.search,
          body: parseBody(raw, request.headers['content-type']),
        },
        context: () => options.context({ requestId, headers: request.headers, signal: callerGone.signal }),
      });
      response.statusCode = result.status ?? 200;
      for (const [key, value] of result.headers) response.setHeader(key, value);
      response.setHeader('x-request-id', requestId);
      if (result.body.kind === 'complete') {
        response.end(result.body.string);
        for (const completed of listeners) completed(response.statusCode, result.body.string);
      } else {
        for await (const chunk of result.body.asyncIterator) response.write(chunk);
        response.end();
      }
    } catch (error) {
      if (error instanceof RequestError) {
        return sendJson(response, error.status, { errors: [{ message: error.message, extensions: { code: 'BAD_REQUEST', requestId } }] }, requestId);
      }
      console.error(`[${options.name}] request ${requestId} failed:`, error);
      if (!response.headersSent) {
        sendJson(response, 500, { errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR', requestId } }] }, requestId);
      } else {
        response.end();
      }
    }
  };

  const server = createServer((request, response) => {
    const work = handle(request, response).finally(() => inFlight.delete(work));
    inFlight.add(work);
  });
  server.keepAliveTimeout = 30_000;

  const port = await new Promise<number>((resolve, reject) => {
    server.once('error', (error) => reject(describeListenError(error, options.port, options.name)));
    server.listen(options.port, options.host ?? '127.0.0.1', () => {
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : options.port);
    });
  });

  let closing: Promise<void> | undefined;
  return {
    url: `http://${options.host ?? '127.0.0.1'}:${port}/graphql`,
    port,
    server,
    close(graceMs = 10_000) {
      closing ??= (async () => {
        const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeIdleConnections();
        const grace = new Promise<void>((resolve) => setTimeout(resolve, graceMs).unref());
        await Promise.race([Promise.allSettled([...inFlight]), grace]);
        server.closeAllConnections();
        await stopped;
        await apollo.stop();
      })();
      return closing;
    },
  };
}
