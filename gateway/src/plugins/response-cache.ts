import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { LRUCache } from 'lru-cache';
import type { Interception } from '@mandate-graph/http-kit';
import { subgraphHealth } from '../health';
import { operationKindOf } from '../operation-kind';
import type { GatewayPlugin } from '../plugin';

export interface ResponseCacheOptions {
  /** Most bytes of answers held, least recently used dropped first; 0 turns the cache off. */
  maxBytes: number;
  /** How often each subgraph's data version is read (ms): the longest an answer outlives an ingestion. */
  pollMs?: number;
}

interface StoredAnswer {
  /** The data versions the answer was computed under. */
  version: string;
  body: string;
}

/** RESPONSE_CACHE_MB (default 32; 0 turns it off). */
export function responseCacheFromEnvironment(env: NodeJS.ProcessEnv = process.env): ResponseCacheOptions {
  const megabytes = Number(env.RESPONSE_CACHE_MB ?? 32);
  if (!Number.isFinite(megabytes) || megabytes < 0) throw new Error(`RESPONSE_CACHE_MB must be a number of megabytes, got "${env.RESPONSE_CACHE_MB}"`);
  return { maxBytes: Math.round(megabytes * 1024 * 1024) };
}

/** Only a request whose body is JSON, exactly: anything else meets Apollo's CSRF check, which must run first. */
function isJsonRequest(request: IncomingMessage): boolean {
  return request.headers['content-type']?.split(';', 1)[0].trim().toLowerCase() === 'application/json';
}

function hasErrors(answer: string): boolean {
  try {
    return (JSON.parse(answer) as { errors?: unknown }).errors !== undefined;
  } catch {
    return true;
  }
}

/**
 * Whole answers to anonymous queries, kept while the data they were computed from is unchanged. Each
 * subgraph reports a data version that every committed write raises (ingestion, status updates, any
 * writer); the cache reads them every `pollMs` and an answer stored under other versions is never served.
 * A mutation answered here makes every stored answer stale at once, so its author reads their own write.
 * Answers with errors, partial answers (a subgraph down), and requests carrying a token are not stored.
 */
export function responseCachePlugin(subgraphUrls: Record<string, string>, options: ResponseCacheOptions): GatewayPlugin {
  const pollMs = options.pollMs ?? 500;
  const answers = new LRUCache<string, StoredAnswer>({ maxSize: options.maxBytes, sizeCalculation: (answer) => Buffer.byteLength(answer.body) + 64 });
  // null while any subgraph's version is unknown: nothing is served or stored then.
  let dataVersions: string | null = null;
  let mutationsAnswered = 0;
  const currentVersion = () => (dataVersions === null ? null : `${dataVersions}#${mutationsAnswered}`);

  const readVersions = async (): Promise<void> => {
    const health = Object.entries(await subgraphHealth(subgraphUrls, Math.max(pollMs * 4, 1_000)));
    const versions = health.map(([name, subgraph]) => (subgraph.state === 'up' ? `${name}=${subgraph.dataVersion}` : null));
    dataVersions = versions.every((version) => version !== null) ? versions.join(',') : null;
  };
  const first = readVersions();
  let polling: Promise<void> | null = first;
  void first.finally(() => (polling = null));
  const timer = setInterval(() => {
    // A slow round is not queued behind: the next tick starts a fresh one.
    if (polling) return;
    polling = readVersions().finally(() => (polling = null));
  }, pollMs);
  timer.unref();

  const passThrough: Interception = {};
  const countMutation: Interception = {
    completed() {
      mutationsAnswered++;
    },
  };

  return {
    name: 'response-cache',
    // Resolves once every subgraph's data version has been read (or found unreadable).
    ready: first,
    close: () => clearInterval(timer),
    interceptor: { intercept(request: IncomingMessage, body: string): Interception {
      const kind = operationKindOf(body);
      const cacheable = request.method === 'POST' && !request.headers.authorization && isJsonRequest(request);
      if (!cacheable) return kind === 'mutation' ? countMutation : passThrough;
      const version = currentVersion();
      const key = createHash('sha256').update(body).digest('base64url');
      const stored = answers.get(key);
      if (stored && version !== null && stored.version === version) return { answer: stored.body, headers: { 'x-response-cache': 'hit' } };
      return {
        completed(status, answer) {
          if (kind === 'mutation') mutationsAnswered++;
          if (version === null || status !== 200 || kind !== 'query' || hasErrors(answer)) return;
          answers.set(key, { version, body: answer });
        },
      };
    } },
  };
}
