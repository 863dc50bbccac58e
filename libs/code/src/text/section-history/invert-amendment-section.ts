import type { MarkedRun } from '../marked-text';
import type { AmendmentSection } from '../amendment/amendment.types';

const flip = (runs: readonly MarkedRun[]): MarkedRun[] =>
  runs.map((r) => ({ text: r.text, mark: r.mark === 'strike' ? 'underline' : r.mark === 'underline' ? 'strike' : r.mark }));

/**
 * The ordinance read backwards: struck and underlined swap, and adding a section becomes repealing it. Applying
 * the inverse to the text the ordinance produced rebuilds the text it amended, through the same base-text check
 * as the forward path (kept + underlined must be the later wording, word for word).
 */
export function invertAmendmentSection(section: AmendmentSection): AmendmentSection {
  return {
    ...section,
    change: section.change === 'ADDED' ? 'REPEALED' : section.change === 'REPEALED' ? 'ADDED' : 'AMENDED',
    headingRuns: flip(section.headingRuns),
    paragraphs: section.paragraphs.map((p) => ({ ...p, runs: flip(p.runs) })),
  };
}
