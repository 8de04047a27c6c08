import { LIST_SIZES_PATH, parseListSizeReport } from '@mandate-graph/http-kit';
import type { ListSizeOf } from './query-cost';

export interface ListStatistics {
  listSizeOf: ListSizeOf;
  /** Resolves once every subgraph has been asked once (answered or not). */
  ready: Promise<void>;
  close(): void;
}

/**
 * The stored lengths of every list field, read from each subgraph's /list-sizes every `refreshMs`. A
 * subgraph that does not answer keeps its last statistics; one never heard from is priced by the default.
 */
export function startListStatistics(subgraphUrls: Record<string, string>, refreshMs = 10_000, headers: Record<string, string> = {}): ListStatistics {
  const sizes = new Map<string, number>();
  const readAll = async () => {
    await Promise.all(
      Object.values(subgraphUrls).map(async (url) => {
        try {
          const response = await fetch(new URL(LIST_SIZES_PATH, url), { headers, signal: AbortSignal.timeout(5_000) });
          if (!response.ok) return;
          const report = parseListSizeReport(await response.json());
          for (const [coordinate, size] of Object.entries(report?.sizes ?? {})) sizes.set(coordinate, size.typical);
        } catch {
          // Unreachable for now: the next round asks again.
        }
      }),
    );
  };
  let round: Promise<void> | null = readAll();
  const ready = round.finally(() => (round = null));
  const timer = setInterval(() => {
    round ??= readAll().finally(() => (round = null));
  }, refreshMs);
  timer.unref();
  return { listSizeOf: (coordinate) => sizes.get(coordinate), ready, close: () => clearInterval(timer) };
}
