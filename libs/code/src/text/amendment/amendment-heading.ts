import type { MarkedRun } from '../marked-text';
import { SECTION_NUMBER } from '../code-text/section-number';
import { runsText, sliceRuns } from './marked-runs';

const HEADING = new RegExp(String.raw`^\s*(?:§+\s*)?(${SECTION_NUMBER})\.?(?=\s|$)\s*`);
// A table-of-contents line holds several "number heading" pairs; OCR may have lost the dashes of struck ones.
const ANOTHER_NUMBER = /\d{1,2}[\s-]\d{1,3}[\s-]\d{3,4}\.?\s+[A-Za-z]/;

/** A "2-173-020 Immigration enforcement prohibited." line: the number and the heading's runs (marks kept). */
export function readSectionHeading(runs: readonly MarkedRun[]): { number: string; headingRuns: MarkedRun[] } | null {
  // Same length as the text, so offsets found here slice the runs.
  const plain = runsText(runs).replace(/[\u2010-\u2015\u2212]/g, '-');
  const m = HEADING.exec(plain);
  if (!m) return null;
  const rest = plain.slice(m[0].length);
  if (ANOTHER_NUMBER.test(rest)) return null;
  const headingRuns = sliceRuns(runs, m[0].length);
  const last = headingRuns[headingRuns.length - 1];
  if (last) last.text = last.text.trimEnd();
  return { number: m[1], headingRuns: headingRuns.filter((r) => r.text !== '') };
}
