import { diffWords } from 'diff';
import type { BaseTextMismatch } from './amendment.types';

/** Word-level differences of two comparable texts: baseline words the ordinance lacks, and ordinance words the baseline lacks. */
export function wordDifferences(expected: string, found: string): BaseTextMismatch['differingWords'] {
  const out: BaseTextMismatch['differingWords'] = [];
  for (const change of diffWords(expected, found)) {
    if (!change.added && !change.removed) continue;
    const op = change.removed ? 'missing' : 'unexpected';
    for (const word of change.value.split(/\s+/)) if (word !== '') out.push({ op, text: word });
  }
  return out;
}

/** Dice overlap of the two texts' words (case-folded), for picking the likeliest counterpart of a mismatched paragraph. */
export function wordOverlap(a: string, b: string): number {
  const words = (s: string) =>
    s
      .toLowerCase()
      .split(/[^a-z0-9'-]+/)
      .filter((w) => w !== '');
  const left = words(a);
  const right = new Map<string, number>();
  for (const w of words(b)) right.set(w, (right.get(w) ?? 0) + 1);
  let shared = 0;
  for (const w of left) {
    const n = right.get(w) ?? 0;
    if (n > 0) {
      shared += 1;
      right.set(w, n - 1);
    }
  }
  const total = left.length + words(b).length;
  return total === 0 ? 0 : (2 * shared) / total;
}
