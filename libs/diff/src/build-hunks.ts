import type { Edit } from './edit-script';
import type { DiffHunk } from './text-diff.types';

/** A kept run, or a change: a `from` range deleted and a `to` range inserted in its place (either may be empty). */
type Segment =
  | { kind: 'equal'; fromStart: number; toStart: number; length: number }
  | { kind: 'change'; fromStart: number; fromEnd: number; toStart: number; toEnd: number };

const HORIZONTAL_SPACE = /^[^\S\r\n]+$/;
const WHITESPACE = /\s/;

export interface BuildHunksOptions {
  /** Regroup changes for a reader (see below); off for `replace`, which promises one delete and one insert. */
  tidy: boolean;
}

/**
 * Turns an edit script into hunks with exact offsets. Every kept run is checked against both texts and the
 * script must consume both exactly: a fault in a diff step throws here rather than returning a wrong redline.
 */
export function buildHunks(from: string, to: string, edits: readonly Edit[], options: BuildHunksOptions): DiffHunk[] {
  const segments = toSegments(from, to, edits);
  return segmentsToHunks(from, to, options.tidy ? keepSharedWhitespace(from, to, coalesceReplacements(from, segments)) : segments);
}

function toSegments(from: string, to: string, edits: readonly Edit[]): Segment[] {
  const segments: Segment[] = [];
  let fromPos = 0;
  let toPos = 0;
  for (const edit of edits) {
    if (edit.length === 0) continue;
    const last = segments[segments.length - 1];
    if (edit.op === 'equal') {
      if (from.slice(fromPos, fromPos + edit.length) !== to.slice(toPos, toPos + edit.length)) {
        throw new Error(`diff: internal error, kept run at from[${fromPos}] / to[${toPos}] differs between the texts`);
      }
      if (last?.kind === 'equal') last.length += edit.length;
      else segments.push({ kind: 'equal', fromStart: fromPos, toStart: toPos, length: edit.length });
      fromPos += edit.length;
      toPos += edit.length;
      continue;
    }
    // Within a run of changes the deleted text is contiguous in `from` and the inserted text in `to`,
    // however `diff` interleaved them, so one change segment holds the whole run.
    const change =
      last?.kind === 'change' ? last : { kind: 'change' as const, fromStart: fromPos, fromEnd: fromPos, toStart: toPos, toEnd: toPos };
    if (change !== last) segments.push(change);
    if (edit.op === 'delete') {
      fromPos += edit.length;
      change.fromEnd = fromPos;
    } else {
      toPos += edit.length;
      change.toEnd = toPos;
    }
  }
  if (fromPos !== from.length || toPos !== to.length) {
    throw new Error(`diff: internal error, edit script covers ${fromPos}/${from.length} of from and ${toPos}/${to.length} of to`);
  }
  return segments;
}

/**
 * Word diffs keep the single spaces between replaced words, so "a b" -> "c d" comes out as two
 * replacements around a kept " ", and "lawfully issued" -> "valid" as a replacement, a kept " " and a
 * deletion. Changes separated only by spaces read better as one delete and one insert, as long as the
 * result really replaces something: two deletions (or two insertions) in a row are left alone, since
 * merging them would invent an inserted (or deleted) space.
 */
function coalesceReplacements(from: string, segments: Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const segment of segments) {
    const gap = out[out.length - 1];
    const before = out[out.length - 2];
    if (
      segment.kind === 'change' &&
      gap?.kind === 'equal' &&
      before?.kind === 'change' &&
      (deletes(before) || deletes(segment)) &&
      (inserts(before) || inserts(segment)) &&
      HORIZONTAL_SPACE.test(from.slice(gap.fromStart, gap.fromStart + gap.length))
    ) {
      out.pop();
      before.fromEnd = segment.fromEnd;
      before.toEnd = segment.toEnd;
      continue;
    }
    out.push(segment);
  }
  return out;
}

type ChangeSegment = Extract<Segment, { kind: 'change' }>;

function deletes(segment: ChangeSegment): boolean {
  return segment.fromEnd > segment.fromStart;
}

function inserts(segment: ChangeSegment): boolean {
  return segment.toEnd > segment.toStart;
}

/**
 * A coalesced replacement can start or end with the same whitespace on both sides ("lawfully issued " ->
 * "valid "); that whitespace is kept text, so it moves out into the neighbouring equal hunks.
 */
function keepSharedWhitespace(from: string, to: string, segments: readonly Segment[]): Segment[] {
  const out: Segment[] = [];
  const pushEqual = (fromStart: number, toStart: number, length: number): void => {
    if (length === 0) return;
    const last = out[out.length - 1];
    if (last?.kind === 'equal') last.length += length;
    else out.push({ kind: 'equal', fromStart, toStart, length });
  };
  for (const s of segments) {
    if (s.kind === 'equal') {
      pushEqual(s.fromStart, s.toStart, s.length);
      continue;
    }
    const room = Math.min(s.fromEnd - s.fromStart, s.toEnd - s.toStart);
    let head = 0;
    while (head < room && from[s.fromStart + head] === to[s.toStart + head] && WHITESPACE.test(from[s.fromStart + head]!)) head++;
    let tail = 0;
    while (tail < room - head && from[s.fromEnd - 1 - tail] === to[s.toEnd - 1 - tail] && WHITESPACE.test(from[s.fromEnd - 1 - tail]!))
      tail++;
    pushEqual(s.fromStart, s.toStart, head);
    if (s.fromEnd - s.fromStart === head + tail && s.toEnd - s.toStart === head + tail) continue;
    out.push({
      kind: 'change',
      fromStart: s.fromStart + head,
      fromEnd: s.fromEnd - tail,
      toStart: s.toStart + head,
      toEnd: s.toEnd - tail,
    });
    pushEqual(s.fromEnd - tail, s.toEnd - tail, tail);
  }
  return out;
}

function segmentsToHunks(from: string, to: string, segments: readonly Segment[]): DiffHunk[] {
  const hunks: DiffHunk[] = [];
  for (const s of segments) {
    if (s.kind === 'equal') {
      const fromEnd = s.fromStart + s.length;
      const toEnd = s.toStart + s.length;
      hunks.push({ op: 'equal', text: from.slice(s.fromStart, fromEnd), fromStart: s.fromStart, fromEnd, toStart: s.toStart, toEnd });
      continue;
    }
    if (s.fromEnd > s.fromStart) {
      hunks.push({
        op: 'delete',
        text: from.slice(s.fromStart, s.fromEnd),
        fromStart: s.fromStart,
        fromEnd: s.fromEnd,
        toStart: s.toStart,
        toEnd: s.toStart,
      });
    }
    if (s.toEnd > s.toStart) {
      hunks.push({
        op: 'insert',
        text: to.slice(s.toStart, s.toEnd),
        fromStart: s.fromEnd,
        fromEnd: s.fromEnd,
        toStart: s.toStart,
        toEnd: s.toEnd,
      });
    }
  }
  return hunks;
}
