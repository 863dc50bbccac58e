/**
 * Nearest-rank percentile of ascending samples (NaN when there are none). The api bench's own
 * in-process load generator used to live here; bench:api now runs autocannon in its own process
 * (bench/load-process.ts), and the webhooks bench keeps using this.
 */
export function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}
