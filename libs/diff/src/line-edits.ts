import { diffLines } from 'diff';
import { remainingMs, type DiffLimits } from './diff-limits';
import { replaceEdits, type Edit } from './edit-script';
import { wordEdits } from './word-edits';

export interface LineEdits {
  edits: Edit[];
  /** Some changed block was too different to word-diff and is shown as delete + insert. */
  truncated: boolean;
}

/**
 * Diffs whole lines, then word-diffs each changed block of lines on its own. Far fewer tokens than a word
 * diff of the whole text, and each block's word diff is small. Undefined when the line diff gave up.
 */
export function lineThenWordEdits(from: string, to: string, limits: DiffLimits): LineEdits | undefined {
  const timeout = remainingMs(limits);
  if (timeout === undefined) return undefined;
  const changes = diffLines(from, to, { maxEditLength: limits.maxEditLength, timeout });
  if (changes === undefined) return undefined;

  const edits: Edit[] = [];
  let truncated = false;
  let fromPos = 0;
  let toPos = 0;
  let deleted = 0;
  let inserted = 0;
  const flushBlock = (): void => {
    if (deleted === 0 && inserted === 0) return;
    const blockFrom = from.slice(fromPos, fromPos + deleted);
    const blockTo = to.slice(toPos, toPos + inserted);
    const words = wordEdits(blockFrom, blockTo, limits);
    if (words === undefined) truncated = true;
    // A loop, not push(...spread): a block can hold more edits than a call can take arguments.
    for (const edit of words ?? replaceEdits(deleted, inserted)) edits.push(edit);
    fromPos += deleted;
    toPos += inserted;
    deleted = 0;
    inserted = 0;
  };

  for (const change of changes) {
    const length = change.value.length;
    if (change.added) inserted += length;
    else if (change.removed) deleted += length;
    else {
      flushBlock();
      edits.push({ op: 'equal', length });
      fromPos += length;
      toPos += length;
    }
  }
  flushBlock();
  return { edits, truncated };
}
