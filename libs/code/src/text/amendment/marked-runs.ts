import { normalizeRuns, type MarkedRun, type TextMark } from '../marked-text';

export function runsText(runs: readonly MarkedRun[]): string {
  return runs.map((r) => r.text).join('');
}

/** What the code says before the ordinance (kept + struck) or after it (kept + underlined). */
export function readingOf(runs: readonly MarkedRun[], side: 'old' | 'new'): string {
  const dropped: TextMark = side === 'old' ? 'underline' : 'strike';
  return runs
    .filter((r) => r.mark !== dropped)
    .map((r) => r.text)
    .join('');
}

/** The runs from character offset `from` of their joined text onwards. */
export function sliceRuns(runs: readonly MarkedRun[], from: number, to = Infinity): MarkedRun[] {
  const out: MarkedRun[] = [];
  let at = 0;
  for (const run of runs) {
    const start = Math.max(from - at, 0);
    const end = Math.min(to - at, run.text.length);
    if (end > start) out.push({ text: run.text.slice(start, end), mark: run.mark });
    at += run.text.length;
  }
  return normalizeRuns(out);
}

/** Every run with visible text carries `mark` (spaces between marked words are often left unmarked). */
export function isWhollyMarked(runs: readonly MarkedRun[], mark: TextMark): boolean {
  const visible = runs.filter((r) => r.text.trim() !== '');
  return visible.length > 0 && visible.every((r) => r.mark === mark);
}
