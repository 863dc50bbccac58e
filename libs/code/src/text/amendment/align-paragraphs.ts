import { normalizeCodeText } from '../code-text/normalize-code-text';
import { comparableText, tidyAmendedText } from './comparable-text';
import { readingOf } from './marked-runs';
import { wordDifferences, wordOverlap } from './word-differences';
import type { AmendmentParagraph, BaseTextMismatch } from './amendment.types';

export interface ParagraphAlignment {
  /** The body as amended, one entry per paragraph. Meaningful only when there are no mismatches. */
  paragraphs: string[];
  mismatches: BaseTextMismatch[];
}

function mismatch(paragraphIndex: number, expected: string, found: string): BaseTextMismatch {
  return { paragraphIndex, expected, found, differingWords: wordDifferences(comparableText(expected), comparableText(found)) };
}

/**
 * Walks the ordinance's paragraphs against the baseline's in order. A paragraph with an old reading
 * must equal the next baseline paragraph, or, after an omitted-text line, some later one (the
 * skipped ones stay as they are). A wholly underlined paragraph is inserted where it stands: after
 * its predecessor, or, after an omitted-text line, just before the next matched paragraph (or at the
 * end). One between two omitted-text lines has no known place and is reported. Baseline paragraphs
 * after the last one stay only when the ordinance ends with an omitted-text line.
 */
export function alignParagraphs(
  baseline: readonly string[],
  amendment: readonly AmendmentParagraph[],
  omittedAfter: boolean,
): ParagraphAlignment {
  if (amendment.length === 0) return { paragraphs: [...baseline], mismatches: [] };
  const keys = baseline.map(comparableText);
  const out: string[] = [];
  const mismatches: BaseTextMismatch[] = [];
  let next = 0;
  let gapOpen = false;
  let pending: { index: number; text: string }[] = [];

  const unplaceable = () => {
    for (const p of pending) mismatches.push({ paragraphIndex: p.index, expected: '', found: '', differingWords: [] });
    pending = [];
  };
  const anchorAt = (j: number) => {
    if (gapOpen) out.push(...baseline.slice(next, j), ...pending.map((p) => p.text));
    pending = [];
    next = j + 1;
    gapOpen = false;
  };

  amendment.forEach((p, index) => {
    if (p.omittedBefore) {
      if (gapOpen) unplaceable();
      gapOpen = true;
    }
    const oldText = readingOf(p.runs, 'old');
    const oldKey = comparableText(oldText);
    const newText = tidyAmendedText(readingOf(p.runs, 'new'));
    if (oldKey === '') {
      if (newText === '') return;
      if (gapOpen) pending.push({ index, text: newText });
      else out.push(newText);
      return;
    }

    const windowEnd = gapOpen ? keys.length : Math.min(next + 1, keys.length);
    let j = keys.indexOf(oldKey, next);
    if (j >= windowEnd) {
      // Found further on without an omitted-text line: the ordinance skips baseline paragraphs.
      for (let k = next; k < j; k += 1) mismatches.push(mismatch(index, baseline[k], ''));
    }
    if (j < 0) {
      let best = -1;
      let bestScore = 0;
      for (let k = next; k < windowEnd; k += 1) {
        const score = wordOverlap(keys[k], oldKey);
        if (score > bestScore) [best, bestScore] = [k, score];
      }
      mismatches.push(mismatch(index, best >= 0 ? baseline[best] : '', normalizeCodeText(oldText).replace(/\s+/g, ' ').trim()));
      if (best < 0) return;
      j = best;
    }
    anchorAt(j);
    // An unchanged paragraph keeps the baseline's characters, so quote or dash style never shows as a change.
    if (comparableText(newText) === keys[j]) out.push(baseline[j]);
    else if (newText !== '') out.push(newText);
  });

  if (omittedAfter) {
    if (gapOpen && pending.length > 0) unplaceable();
    out.push(...baseline.slice(next));
  } else if (gapOpen) {
    out.push(...baseline.slice(next), ...pending.map((p) => p.text));
  } else {
    for (let k = next; k < baseline.length; k += 1) mismatches.push(mismatch(amendment.length, baseline[k], ''));
  }
  return { paragraphs: out, mismatches };
}
