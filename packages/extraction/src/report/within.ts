export interface Spanned {
  start: number;
  end: number;
}

/** The items in text order: what `within` expects. */
export function inTextOrder<T extends Spanned>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => a.start - b.start);
}

/**
 * The items (in text order) that lie wholly inside [start, end), found by bisection: asking this for each of
 * a long report's sentences costs a logarithm each, not a pass over every citation or mention.
 */
export function within<T extends Spanned>(ordered: readonly T[], start: number, end: number): T[] {
  let low = 0;
  let high = ordered.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (ordered[middle].start < start) low = middle + 1;
    else high = middle;
  }
  const found: T[] = [];
  for (let index = low; index < ordered.length && ordered[index].start < end; index++) {
    if (ordered[index].end <= end) found.push(ordered[index]);
  }
  return found;
}
