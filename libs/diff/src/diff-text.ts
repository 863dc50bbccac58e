import { buildHunks, type BuildHunksOptions } from './build-hunks';
import { countWords } from './count-words.util';
import { resolveLimits, type DiffLimits } from './diff-limits';
import { replaceEdits, type Edit } from './edit-script';
import { lineThenWordEdits } from './line-edits';
import type { DiffAlgorithm, DiffOptions, TextDiff } from './text-diff.types';
import { wordEdits } from './word-edits';

/**
 * A word-level redline of `from` -> `to` whose work is bounded: a word diff of the whole texts; if that
 * gives up, a line diff with each changed block word-diffed; if that gives up too, delete-all/insert-all.
 * Whichever step answered, the hunks rebuild both texts exactly (`applyHunks`).
 */
export function diffText(from: string, to: string, options?: DiffOptions): TextDiff {
  return diffTextWithin(from, to, resolveLimits(options));
}

/** `diffText` under limits the caller resolved, so that several diffs can share one deadline. */
export function diffTextWithin(from: string, to: string, limits: DiffLimits): TextDiff {
  if (from === to) {
    const hunks = from === '' ? [] : buildHunks(from, to, [{ op: 'equal', length: from.length }], { tidy: false });
    return { hunks, algorithm: 'identical', insertedWords: 0, deletedWords: 0, truncated: false };
  }
  const words = wordEdits(from, to, limits);
  if (words !== undefined) return toTextDiff(from, to, words, 'words', false);
  const lines = lineThenWordEdits(from, to, limits);
  if (lines !== undefined) return toTextDiff(from, to, lines.edits, 'lines-then-words', lines.truncated);
  return toTextDiff(from, to, replaceEdits(from.length, to.length), 'replace', true, { tidy: false });
}

function toTextDiff(
  from: string,
  to: string,
  edits: readonly Edit[],
  algorithm: DiffAlgorithm,
  truncated: boolean,
  build: BuildHunksOptions = { tidy: true },
): TextDiff {
  const hunks = buildHunks(from, to, edits, build);
  let insertedWords = 0;
  let deletedWords = 0;
  for (const hunk of hunks) {
    if (hunk.op === 'insert') insertedWords += countWords(hunk.text);
    else if (hunk.op === 'delete') deletedWords += countWords(hunk.text);
  }
  return { hunks, algorithm, insertedWords, deletedWords, truncated };
}
