export type { HunkOp, DiffHunk, DiffAlgorithm, TextDiff, DiffOptions } from './text-diff.types';
export type { SectionText, SectionChange, SectionDiff } from './section-diff.types';
export { diffText } from './diff-text';
export { diffSections } from './diff-sections';
export { applyHunks } from './apply-hunks.util';
export { normalizeWhitespace } from './normalize-whitespace.util';
export { countWords } from './count-words.util';
export { DEFAULT_MAX_EDIT_LENGTH, DEFAULT_TIMEOUT_MS } from './diff.constants';
