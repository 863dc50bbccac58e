import type { MarkedRun, TextMark } from '@app/code';

/**
 * Shared helpers of the extractors. They import only types from '@app/legislation' (erased at build), so
 * reading a document does not load the legislation module graph; the run merging here is the same as
 * `normalizeRuns` there (adjacent runs with one mark merged, empty runs dropped).
 */
export type RunBuilder = MarkedRun[];

export function appendRun(runs: RunBuilder, text: string, mark: TextMark): void {
  if (text === '') return;
  const last = runs[runs.length - 1];
  if (last && last.mark === mark) last.text += text;
  else runs.push({ text, mark });
}

/**
 * Collapses white space to single spaces across the runs of a paragraph and trims its ends; a space between
 * two runs is kept once, in the earlier run. Drops runs that end up empty.
 */
export function collapseWhitespace(runs: readonly MarkedRun[]): MarkedRun[] {
  const out: RunBuilder = [];
  let pendingSpace: TextMark | undefined;
  let atStart = true;
  for (const run of runs) {
    for (const part of run.text.split(/(\s+)/)) {
      if (part === '') continue;
      if (/^\s+$/.test(part)) {
        if (!atStart && pendingSpace === undefined) pendingSpace = run.mark;
        continue;
      }
      if (pendingSpace !== undefined) appendRun(out, ' ', pendingSpace);
      pendingSpace = undefined;
      appendRun(out, part, run.mark);
      atStart = false;
    }
  }
  return out;
}
