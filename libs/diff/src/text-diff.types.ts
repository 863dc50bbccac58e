export type HunkOp = 'equal' | 'insert' | 'delete';

/**
 * One run of text that is kept, inserted or deleted.
 * Offsets are UTF-16 indexes into the `from` and `to` strings; an insert has fromStart===fromEnd,
 * a delete toStart===toEnd.
 */
export interface DiffHunk {
  op: HunkOp;
  text: string;
  fromStart: number;
  fromEnd: number;
  toStart: number;
  toEnd: number;
}

/**
 * How the hunks were found:
 * - `identical`: the texts are equal;
 * - `words`: one word-level diff of the whole texts;
 * - `lines-then-words`: the word diff gave up, so lines were diffed and each changed block of lines was
 *   word-diffed on its own;
 * - `replace`: every bounded diff gave up; the whole of `from` is deleted and the whole of `to` inserted.
 */
export type DiffAlgorithm = 'identical' | 'words' | 'lines-then-words' | 'replace';

export interface TextDiff {
  hunks: DiffHunk[];
  algorithm: DiffAlgorithm;
  /** Whitespace-separated words containing a letter or digit, counted in the insert hunks. */
  insertedWords: number;
  /** The same, counted in the delete hunks. */
  deletedWords: number;
  /**
   * True when some part of the texts is shown coarser than word by word because a bounded diff gave up:
   * the whole text (`replace`) or a changed block of lines (`lines-then-words`) appears as delete + insert.
   * The hunks are still exact.
   */
  truncated: boolean;
}

export interface DiffOptions {
  /**
   * Most edits (tokens or lines deleted plus inserted) one underlying Myers diff may consider before it
   * gives up and the next, coarser step is tried. Myers work grows with the square of this number.
   * Default `DEFAULT_MAX_EDIT_LENGTH`.
   */
  maxEditLength?: number;
  /**
   * Wall-clock budget in ms for one call: all the steps of `diffText`, or all the sections of
   * `diffSections` together. When it is spent, whatever is left comes back as `replace` (exact, coarse).
   * A backstop to `maxEditLength`: unlike it, what it cuts off depends on machine speed.
   * Default `DEFAULT_TIMEOUT_MS`.
   */
  timeoutMs?: number;
}
