import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { RequestInfo } from './http';

/** Codes whose message is meant for the client; everything else is an internal failure. */
const CLIENT_CODES = new Set([
  'BAD_USER_INPUT', 'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED', 'OPERATION_RESOLUTION_FAILURE', 'FORBIDDEN', 'UNAUTHENTICATED', 'CONFLICT', 'NOT_FOUND',
  'SUBGRAPH_UNAVAILABLE', 'DATABASE_UNAVAILABLE', 'QUERY_TOO_EXPENSIVE', 'REQUEST_BUDGET_EXCEEDED', 'REQUEST_DEADLINE_EXCEEDED',
  'REQUEST_ABORTED',
]);

/** What the pg driver and the pool say when the database cannot be reached or dropped the connection. */
const UNREACHABLE_DATABASE = /ECONNREFUSED|ECONNRESET|Connection terminated|connection timeout|timeout exceeded when trying to connect|Timeout acquiring a connection|terminating connection|database ".*" is not currently accepting connections|Client has encountered a connection error|Connection ended/i;

/** A PostgreSQL server cancelled the statement, or the driver stopped waiting for one that hung. */
const SLOW_DATABASE = /canceling statement due to statement timeout|Query read timeout/i;

/**
 * Keeps SQL, stack traces and internal addresses out of answers: a client sees what it can act on; the
 * log keeps the rest.
 */
export function maskInternalErrors(service = 'this service') {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && CLIENT_CODES.has(code)) {
      const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    const original = unwrapResolverError(error);
    if (original instanceof GraphQLError && original.extensions?.code && CLIENT_CODES.has(String(original.extensions.code))) {
      return { message: original.message, path: formatted.path, extensions: { code: original.extensions.code } };
    }
    if (original instanceof Error && UNREACHABLE_DATABASE.test(`${original.message} ${(original as { code?: string }).code ?? ''}`)) {
      return { message: `The ${service} store is unreachable for now; try again shortly.`, path: formatted.path, extensions: { code: 'DATABASE_UNAVAILABLE' } };
    }
    if (original instanceof Error && SLOW_DATABASE.test(original.message)) {
      return { message: `The ${service} store took too long to answer; ask for less (fewer search terms, smaller pages) or try again.`, path: formatted.path, extensions: { code: 'DATABASE_TIMEOUT' } };
    }
    return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}

/**
 * graphql-js appends "Did you mean …?" to validation errors for fields, arguments, types and enum values:
 * in production that maps the schema for whoever probes it with typos.
 */
export function withoutSuggestions(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const message = formatted.message.replace(/\s*Did you mean [^?]*\?/g, '');
  return message === formatted.message ? formatted : { ...formatted, message };
}

export function userInputError(message: string, argumentName?: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', ...(argumentName ? { argumentName } : {}) } });
}

/**
 * Logs each internal failure in full with the request id, and gives the client that id beside the masked
 * message, so that a report from a user finds its log line.
 */
export function requestLogPlugin(service: string): ApolloServerPlugin<BaseContext & { request?: RequestInfo }> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue }) {
          for (const error of errors) {
            const original = unwrapResolverError(error);
            // A subgraph's client error reaches the gateway as a plain error carrying its code.
            const code = error.extensions?.code ?? (original instanceof GraphQLError ? original.extensions?.code : undefined);
            if (typeof code === 'string' && CLIENT_CODES.has(code)) continue;
            console.error(`[${service}] request ${contextValue?.request?.requestId ?? '(none)'} failed at ${error.path?.join('.') ?? '(no path)'}:`, original);
          }
        },
        async willSendResponse({ response, contextValue }) {
          const requestId = contextValue?.request?.requestId;
          if (!requestId || response.body.kind !== 'single' || !response.body.singleResult.errors) return;
          response.body.singleResult.errors = response.body.singleResult.errors.map((error) =>
            ['INTERNAL_SERVER_ERROR', 'DATABASE_UNAVAILABLE', 'DATABASE_TIMEOUT'].includes(String(error.extensions?.code)) ? { ...error, extensions: { ...error.extensions, requestId } } : error,
          );
        },
      };
    },
  };
}
