import { normalizeRuns, type MarkedDocument, type MarkedRun } from '../marked-text';
import { collapseWhitespace } from '../code-text/normalize-code-text';
import { chapterOfSection } from '../code-text/section-number';
import { isEffectiveDateClause, parseAmendmentInstruction, type AmendmentInstruction } from './amendment-instruction';
import { readSectionHeading } from './amendment-heading';
import { isWhollyMarked, runsText, sliceRuns } from './marked-runs';
import { isOmittedTextMarker } from './omitted-text-marker';
import type { AmendmentChange, AmendmentParagraph, AmendmentSection, ParsedAmendment } from './amendment.types';

// "SECTION 1." / "Section 2:" / OCR "SECTlON 3." ; without punctuation only in capitals, so a
// paragraph opening "Section 2-173-020 of ..." or "Section 2 of this ordinance" is not read as one.
const SECTION_START = /^\s*(?:SECT[I1l]ON\s+(\d{1,3})\s*[.:]|SECTION\s+(\d{1,3})(?=\s+[A-Z]))\s*/i;
const SECTION_START_CAPS = /^\s*SECT[I1l]ON\s+\d{1,3}(?=\s+[A-Z])/;
// The enacting sentence ends at "as follows:"; text run into the same paragraph after it is code text.
const AS_FOLLOWS = /\bas\s+follows\s*:?\s*/i;

interface OrdinanceSection {
  number: number;
  head: MarkedRun[];
  body: MarkedRun[][];
}

/**
 * Reads an amending ordinance's SECTIONs into the code sections they change. Preamble, WHEREAS
 * clauses and the mayor's letter before SECTION 1 are ignored. When no "SECTION n." paragraph is
 * found, each paragraph that reads as an instruction starts one (numbered in order).
 */
export function parseAmendment(doc: MarkedDocument): ParsedAmendment {
  const result: ParsedAmendment = { sections: [], effectiveDate: null, unparsed: [] };
  for (const section of splitOrdinanceSections(doc.paragraphs.map((p) => normalizeRuns(p.runs)))) {
    const headText = collapseWhitespace(runsText(section.head));
    const allText = [headText, ...section.body.map((p) => collapseWhitespace(runsText(p)))].filter((t) => t !== '').join('\n');
    const instruction = parseAmendmentInstruction(headText);
    if (instruction) {
      const { sections, missing } = readCodeSections(section, instruction, headText);
      result.sections.push(...sections);
      if (missing) result.unparsed.push({ ordinanceSection: section.number, text: allText });
    } else if (isEffectiveDateClause(allText)) {
      // The closing SECTION carries the effective date; an earlier one that also mentions effect stays visible.
      if (result.effectiveDate)
        result.unparsed.push({ ordinanceSection: result.effectiveDate.ordinanceSection, text: result.effectiveDate.text });
      result.effectiveDate = { text: allText.replace(/\n/g, ' '), ordinanceSection: section.number };
    } else {
      result.unparsed.push({ ordinanceSection: section.number, text: allText });
    }
  }
  return result;
}

function splitOrdinanceSections(paragraphs: MarkedRun[][]): OrdinanceSection[] {
  const starts: { index: number; number: number; prefix: number }[] = [];
  paragraphs.forEach((runs, index) => {
    const text = runsText(runs);
    const m = SECTION_START.exec(text);
    if (m && (m[1] !== undefined || SECTION_START_CAPS.test(text)))
      starts.push({ index, number: Number(m[1] ?? m[2]), prefix: m[0].length });
  });
  if (starts.length === 0) {
    paragraphs.forEach((runs, index) => {
      if (parseAmendmentInstruction(runsText(runs))) starts.push({ index, number: starts.length + 1, prefix: 0 });
    });
  }
  return starts.map((start, k) => {
    let head = sliceRuns(paragraphs[start.index], start.prefix);
    const body = paragraphs.slice(start.index + 1, starts[k + 1]?.index ?? paragraphs.length);
    const follows = AS_FOLLOWS.exec(runsText(head));
    if (follows) {
      const cut = follows.index + follows[0].length;
      const rest = sliceRuns(head, cut);
      head = sliceRuns(head, 0, cut);
      if (runsText(rest).trim() !== '') body.unshift(rest);
    }
    return { number: start.number, head, body };
  });
}

interface Segment {
  number: string;
  headingParagraph: MarkedRun[];
  headingRuns: MarkedRun[];
  body: MarkedRun[][];
}

function readCodeSections(
  section: OrdinanceSection,
  instruction: AmendmentInstruction,
  instructionText: string,
): { sections: AmendmentSection[]; missing: boolean } {
  const accepts = (n: string): boolean =>
    instruction.scope === 'sections'
      ? instruction.named.has(n)
      : instruction.named.has(n) || instruction.chapter === null || chapterOfSection(n) === instruction.chapter;

  // Paragraphs before the first heading are a chapter heading, a table of contents or an omission line: not section text.
  const segments: Segment[] = [];
  for (const runs of section.body) {
    const heading = readSectionHeading(runs);
    if (heading && accepts(heading.number))
      segments.push({ number: heading.number, headingParagraph: runs, headingRuns: heading.headingRuns, body: [] });
    else segments[segments.length - 1]?.body.push(runs);
  }

  const sections = segments.map((s) => toAmendmentSection(s, changeOf(s, instruction), section.number, instructionText));
  let missing = false;
  for (const [number, change] of instruction.named) {
    if (segments.some((s) => s.number === number)) continue;
    // A repeal need not print the text it repeals; anything else must show the section.
    if (change === 'REPEALED') {
      sections.push({
        ordinanceSection: section.number,
        change,
        number,
        headingRuns: [],
        paragraphs: [],
        omittedAfter: false,
        instruction: instructionText,
      });
    } else missing = true;
  }
  if (instruction.named.size === 0 && segments.length === 0) missing = true;
  return { sections, missing };
}

function changeOf(segment: Segment, instruction: AmendmentInstruction): AmendmentChange {
  const named = instruction.named.get(segment.number);
  if (named) return named;
  if (instruction.scope === 'sections') return 'AMENDED';
  if (isWhollyMarked(segment.headingParagraph, 'underline')) return 'ADDED';
  if (isWhollyMarked(segment.headingParagraph, 'strike')) return 'REPEALED';
  return instruction.defaultChange;
}

function toAmendmentSection(segment: Segment, change: AmendmentChange, ordinanceSection: number, instruction: string): AmendmentSection {
  const paragraphs: AmendmentParagraph[] = [];
  let omitted = false;
  for (const runs of segment.body) {
    if (isOmittedTextMarker(runsText(runs))) omitted = true;
    else {
      paragraphs.push({ runs, omittedBefore: omitted });
      omitted = false;
    }
  }
  return {
    ordinanceSection,
    change,
    number: segment.number,
    headingRuns: segment.headingRuns,
    paragraphs,
    omittedAfter: omitted,
    instruction,
  };
}
