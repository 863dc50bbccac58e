import type { TextDiff } from './text-diff.types';

/** One code section's text, keyed by its number, e.g. `{ number: '2-173-020', text: '…' }`. */
export interface SectionText {
  number: string;
  text: string;
}

export type SectionChange = 'unchanged' | 'amended' | 'added' | 'repealed';

export interface SectionDiff {
  number: string;
  change: SectionChange;
  diff: TextDiff;
}
