import { toCodeParagraphs } from '../code-text/outline-marker';
import { sectionBodyText } from '../code-text/section-body-text';
import { compareSectionNumbers } from '../code-text/section-number';
import type { CodeSectionText } from '../code-text/code-text.types';
import { alignParagraphs } from './align-paragraphs';
import { comparableText, tidyAmendedText } from './comparable-text';
import { readingOf } from './marked-runs';
import { wordDifferences } from './word-differences';
import type { AmendedSection, AmendmentApplication, AmendmentSection, BaseTextMismatch, ParsedAmendment } from './amendment.types';

const HEADING_INDEX = -1;

function sectionMismatch(expected: string, found: string): BaseTextMismatch {
  return {
    paragraphIndex: HEADING_INDEX,
    expected,
    found,
    differingWords: wordDifferences(comparableText(expected), comparableText(found)),
  };
}

function oldBody(section: AmendmentSection): string {
  return section.paragraphs
    .map((p) => tidyAmendedText(readingOf(p.runs, 'old')))
    .filter((t) => t !== '')
    .join('\n');
}

// Publishers differ on the closing period of a heading (amlegal prints it, chicagocode.org does not).
const headingKey = (s: string) => comparableText(s).replace(/\.$/, '');

function headingMismatches(section: AmendmentSection, base: CodeSectionText): BaseTextMismatch[] {
  const old = tidyAmendedText(readingOf(section.headingRuns, 'old'));
  if (old === '' || headingKey(old) === headingKey(base.heading)) return [];
  return [sectionMismatch(base.heading, old)];
}

function newHeading(section: AmendmentSection, fallback: string): string {
  return section.headingRuns.length > 0 ? tidyAmendedText(readingOf(section.headingRuns, 'new')) : fallback;
}

/**
 * Applies a parsed amendment to the code text it was drafted against, checking first that every
 * old reading (kept + struck words) is the baseline's wording. A section whose check fails is not
 * applied: the chapter keeps its baseline text and the mismatches say where the ordinance and the
 * baseline part. Sections are applied in ordinance order, each against the result of the ones
 * before. History notes are carried over unchanged: the new Journal citation is not known yet.
 */
export function applyAmendment(baseline: readonly CodeSectionText[], amendment: ParsedAmendment): AmendmentApplication {
  const chapter = baseline.map((s) => ({ ...s }));
  const sections: AmendedSection[] = [];

  for (const section of amendment.sections) {
    const at = chapter.findIndex((s) => s.number === section.number);
    const base = at >= 0 ? chapter[at] : null;
    const baseText = base && section.change !== 'ADDED' ? sectionBodyText(base) : null;
    const mismatches: BaseTextMismatch[] = [];
    let amended: CodeSectionText | null = null;

    if (section.change === 'ADDED') {
      if (base) mismatches.push(sectionMismatch(sectionBodyText(base), oldBody(section)));
      const texts = section.paragraphs.map((p) => tidyAmendedText(readingOf(p.runs, 'new'))).filter((t) => t !== '');
      amended = {
        number: section.number,
        heading: newHeading(section, ''),
        paragraphs: toCodeParagraphs(texts),
        historyNote: null,
        history: [],
        historyComplete: false,
      };
    } else if (!base) {
      mismatches.push(sectionMismatch('', oldBody(section)));
    } else {
      mismatches.push(...headingMismatches(section, base));
      const alignment = alignParagraphs(
        base.paragraphs.map((p) => p.text),
        section.paragraphs,
        section.omittedAfter,
      );
      mismatches.push(...alignment.mismatches);
      if (section.change === 'AMENDED')
        amended = { ...base, heading: newHeading(section, base.heading), paragraphs: toCodeParagraphs(alignment.paragraphs) };
    }

    const applied = mismatches.length === 0;
    if (applied) {
      if (section.change === 'REPEALED') chapter.splice(at, 1);
      else if (section.change === 'AMENDED') chapter[at] = amended!;
      else {
        const before = chapter.findIndex((s) => compareSectionNumbers(s.number, section.number) > 0);
        chapter.splice(before < 0 ? chapter.length : before, 0, amended!);
      }
    }
    sections.push({
      number: section.number,
      change: section.change,
      heading: amended?.heading ?? base?.heading ?? tidyAmendedText(readingOf(section.headingRuns, 'old')),
      baseText,
      amendedText: applied && amended ? sectionBodyText(amended) : null,
      baseTextMatches: applied,
      mismatches,
      applied,
    });
  }
  return { sections, chapterAsAmended: chapter };
}
