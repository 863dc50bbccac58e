import type { DiffHunk } from '@app/diff';

export type SegmentOp = 'equal' | 'insert' | 'delete';
export interface Segment {
  op: SegmentOp;
  text: string;
}

/**
 * Splits diff hunks into paragraphs (the code's texts keep one paragraph per line), so a redline can
 * be shown as paragraphs with marked words. `side` keeps what one side of the diff reads: 'from'
 * drops insertions, 'to' drops deletions, 'both' keeps all (the inline redline).
 */
export function hunkParagraphs(hunks: readonly Pick<DiffHunk, 'op' | 'text'>[], side: 'from' | 'to' | 'both'): Segment[][] {
  const paragraphs: Segment[][] = [[]];
  for (const h of hunks) {
    if ((side === 'from' && h.op === 'insert') || (side === 'to' && h.op === 'delete')) continue;
    h.text.split('\n').forEach((part, i) => {
      if (i > 0) paragraphs.push([]);
      if (part) paragraphs[paragraphs.length - 1]!.push({ op: h.op, text: part });
    });
  }
  return paragraphs.filter((p) => p.some((s) => s.text.trim() !== ''));
}

/** Paragraphs of a plain text, as one kind of segment (a section added or repealed whole). */
export function textParagraphs(text: string, op: SegmentOp): Segment[][] {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => [{ op, text: line }]);
}
