import { resolveLimits } from './diff-limits';
import { diffTextWithin } from './diff-text';
import type { SectionDiff, SectionText } from './section-diff.types';
import type { DiffOptions } from './text-diff.types';

/**
 * Aligns sections by number and diffs each pair on its own, which keeps every diff small however long the
 * code title is. The result follows `to`'s order; a repealed section is placed right after the section
 * that preceded it in `from` and survives (or first, if none does), so it shows where it stood.
 * A number that occurs more than once pairs its first occurrences with each other, then its seconds, ….
 * `timeoutMs` is one budget for the whole call, so a title rewritten end to end cannot take minutes: once it
 * is spent, the remaining changed sections come back as `replace` (exact, but not word by word).
 */
export function diffSections(from: readonly SectionText[], to: readonly SectionText[], options?: DiffOptions): SectionDiff[] {
  const fromIndexByNumber = new Map<string, number[]>();
  from.forEach((section, i) => {
    const indexes = fromIndexByNumber.get(section.number);
    if (indexes) indexes.push(i);
    else fromIndexByNumber.set(section.number, [i]);
  });

  // For each `from` section, the index in `to` of its counterpart, or -1 when it was repealed.
  const toIndexOfFrom = new Array<number>(from.length).fill(-1);
  const fromIndexOfTo = to.map((section, j) => {
    const i = fromIndexByNumber.get(section.number)?.shift();
    if (i === undefined) return -1;
    toIndexOfFrom[i] = j;
    return i;
  });

  // Repealed sections grouped by the `to` index they follow (-1: before everything).
  const repealedAfter = new Map<number, number[]>();
  let anchor = -1;
  from.forEach((_, i) => {
    if (toIndexOfFrom[i] !== -1) {
      anchor = toIndexOfFrom[i]!;
      return;
    }
    const group = repealedAfter.get(anchor);
    if (group) group.push(i);
    else repealedAfter.set(anchor, [i]);
  });

  const limits = resolveLimits(options);
  const out: SectionDiff[] = [];
  const pushRepealed = (afterTo: number): void => {
    for (const i of repealedAfter.get(afterTo) ?? []) {
      out.push({ number: from[i]!.number, change: 'repealed', diff: diffTextWithin(from[i]!.text, '', limits) });
    }
  };
  pushRepealed(-1);
  to.forEach((section, j) => {
    const i = fromIndexOfTo[j]!;
    if (i === -1) {
      out.push({ number: section.number, change: 'added', diff: diffTextWithin('', section.text, limits) });
    } else {
      const diff = diffTextWithin(from[i]!.text, section.text, limits);
      out.push({ number: section.number, change: diff.algorithm === 'identical' ? 'unchanged' : 'amended', diff });
    }
    pushRepealed(j);
  });
  return out;
}
