import type { BackfillProgress } from '@app/scraper';

/**
 * One line of `npm run backfill` progress: where it is, how fast, and how long to go. The rate
 * counts this run's work only, so a resumed run's ETA is not skewed by what an earlier run did.
 */
export function backfillProgressLine(p: BackfillProgress): string {
  const rate = p.elapsedMs > 0 ? (Math.max(0, p.processed - p.processedBefore) / p.elapsedMs) * 1000 : 0;
  const total = p.total ?? '?';
  const eta = p.total && rate > 0 ? ` eta ${Math.ceil(Math.max(0, p.total - p.processed) / rate)}s` : '';
  return `${p.phase}: ${p.processed}/${total} (${rate.toFixed(1)}/s, ${p.fetched} documents fetched)${eta}`;
}
