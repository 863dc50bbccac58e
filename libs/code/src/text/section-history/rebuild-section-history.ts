import { diffText } from '@app/diff';
import { applyAmendment } from '../amendment/apply-amendment';
import { parseAmendment } from '../amendment/parse-amendment';
import type { AmendmentSection } from '../amendment/amendment.types';
import type { CodeHistoryEntry, CodeSectionText } from '../code-text/code-text.types';
import { sectionBodyText } from '../code-text/section-body-text';
import { attributePassages } from './attribute-passages';
import { invertAmendmentSection } from './invert-amendment-section';
import type { Enactment, EnactmentRef, RebuiltSectionHistory, RebuiltSectionVersion, SectionHistoryStep } from './section-history.types';

const ref = ({ matterId, recordNumber, title, passedOn }: Enactment): EnactmentRef => ({ matterId, recordNumber, title, passedOn });

/** The first candidate whose file amends or adds the section, with that section as drafted. */
function pickEnactment(number: string, candidates: readonly Enactment[]): { enactment: Enactment; drafted: AmendmentSection } | null {
  for (const c of candidates) {
    if (!c.document) continue;
    const drafted = parseAmendment(c.document.marked).sections.find((s) => s.number === number && s.change !== 'REPEALED');
    if (drafted) return { enactment: c, drafted };
  }
  return null;
}

function setRedline(version: RebuiltSectionVersion, earlierText: string): void {
  const d = diffText(earlierText, version.text);
  version.redline = d.hunks;
  version.insertedWords = d.insertedWords;
  version.deletedWords = d.deletedWords;
}

function step(entry: CodeHistoryEntry, candidates: readonly Enactment[], rest: Partial<SectionHistoryStep>): SectionHistoryStep {
  return {
    entry,
    enactment: candidates[0] ? ref(candidates[0]) : null,
    candidates: candidates.map(ref),
    status: 'VERIFIED',
    mismatches: [],
    addedSection: false,
    ...rest,
  };
}

/**
 * Rebuilds the earlier wordings of a section from its history note, newest citation first: each citation's
 * enacting ordinance (`enactmentsOf(entry)`: the matters that passed that day naming the chapter) is undone
 * by applying its marked changes backwards to the later text, with the forward path's base-text check. The
 * first citation that cannot be undone (no matter, no file, a file that does not touch the section, or
 * wording that differs) ends the chain and is reported; the versions before it stay unknown.
 */
export function rebuildSectionHistory(
  current: CodeSectionText,
  enactmentsOf: (entry: CodeHistoryEntry) => Enactment[],
): RebuiltSectionHistory {
  const newestFirst = [...current.history].reverse();
  const versions: RebuiltSectionVersion[] = [
    {
      heading: current.heading,
      paragraphs: current.paragraphs,
      text: sectionBodyText(current),
      step: null,
      redline: null,
      insertedWords: 0,
      deletedWords: 0,
    },
  ];
  const steps: SectionHistoryStep[] = [];
  let later: CodeSectionText = current;
  let broken: SectionHistoryStep | null = null;
  let reachedOrigin = false;

  for (const entry of newestFirst) {
    const candidates = entry.date ? enactmentsOf(entry) : [];
    const picked = pickEnactment(current.number, candidates);
    let s: SectionHistoryStep;
    if (!entry.date) s = step(entry, candidates, { status: 'NO_DATE' });
    else if (candidates.length === 0) s = step(entry, candidates, { status: 'NO_RECORD' });
    else if (!picked) s = step(entry, candidates, { status: candidates.some((c) => c.document) ? 'NOT_IN_DOCUMENT' : 'NO_DOCUMENT' });
    else {
      const undone = applyAmendment([later], { sections: [invertAmendmentSection(picked.drafted)], effectiveDate: null, unparsed: [] });
      const result = undone.sections[0];
      const added = picked.drafted.change === 'ADDED';
      s = step(entry, candidates, {
        enactment: ref(picked.enactment),
        status: result.applied ? 'VERIFIED' : 'MISMATCH',
        mismatches: result.mismatches,
        addedSection: added && result.applied,
      });
      if (result.applied) {
        const newer = versions[versions.length - 1];
        newer.step = s;
        steps.push(s);
        if (added) {
          setRedline(newer, '');
          reachedOrigin = true;
          break;
        }
        const earlier = undone.chapterAsAmended[0];
        const text = sectionBodyText(earlier);
        setRedline(newer, text);
        versions.push({
          heading: earlier.heading,
          paragraphs: earlier.paragraphs,
          text,
          step: null,
          redline: null,
          insertedWords: 0,
          deletedWords: 0,
        });
        later = earlier;
        continue;
      }
    }
    // The citation could not be undone: the newest version known so far was produced by it, unverified.
    versions[versions.length - 1].step = s;
    steps.push(s);
    broken = s;
    break;
  }

  return {
    number: current.number,
    versions,
    steps,
    complete: reachedOrigin,
    broken,
    attribution: attributePassages(versions, broken?.entry.date ?? null),
  };
}
