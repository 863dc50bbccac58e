import type { HunkOp } from './text-diff.types';

/** `length` UTF-16 units kept on both sides (equal), only in `from` (delete) or only in `to` (insert). */
export interface Edit {
  op: HunkOp;
  length: number;
}

/** The edits of a block with nothing in common worth finding: all of it deleted, then all of it inserted. */
export function replaceEdits(fromLength: number, toLength: number): Edit[] {
  const edits: Edit[] = [];
  if (fromLength > 0) edits.push({ op: 'delete', length: fromLength });
  if (toLength > 0) edits.push({ op: 'insert', length: toLength });
  return edits;
}
