/**
 * The number of leading positions `0 … length-1` for which `isBefore` holds, by binary search:
 * `isBefore` must hold for a prefix of the positions and fail for the rest (the sequence is
 * sorted by what it tests). The one search behind every "first item at or after" lookup over
 * sorted spans, offsets and tokens.
 */
export function partitionPoint(length: number, isBefore: (index: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (isBefore(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
