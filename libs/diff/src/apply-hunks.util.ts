import type { DiffHunk } from './text-diff.types';

/** Rebuilds one side of a diff from its hunks: `from` is the kept and deleted text, `to` the kept and inserted. */
export function applyHunks(hunks: readonly DiffHunk[], side: 'from' | 'to'): string {
  const skipped = side === 'from' ? 'insert' : 'delete';
  let text = '';
  for (const hunk of hunks) if (hunk.op !== skipped) text += hunk.text;
  return text;
}
