import type { EnactmentRef, SectionHistory, SectionHistoryStep } from '@app/code';
import { BaseTextMismatch } from './amendment.model';
import { CodeHistoryEntry } from './code.model';
import { DiffHunk, DiffOp } from './diff.model';
import { CodeHistoryStep, CodeSectionHistory, Enactment, HistoryStepStatus } from './section-history.model';

export function sectionHistoryPath(number: string): string {
  return `/code/${encodeURIComponent(number)}/history`;
}

function toEnactment(e: EnactmentRef | null, baseUrl: string): Enactment | null {
  return (
    e && {
      recordNumber: e.recordNumber,
      title: e.title,
      passedOn: e.passedOn,
      url: `${baseUrl}/matters/${encodeURIComponent(e.recordNumber)}`,
    }
  );
}

function toStep(s: SectionHistoryStep, baseUrl: string): CodeHistoryStep {
  return {
    entry: s.entry as CodeHistoryEntry,
    status: s.status as HistoryStepStatus,
    enactment: toEnactment(s.enactment, baseUrl),
    candidates: s.candidates.map((c) => toEnactment(c, baseUrl)!),
    mismatches: s.mismatches as BaseTextMismatch[],
    addedSection: s.addedSection,
  };
}

export function toSectionHistoryModel(h: SectionHistory, baseUrl: string): CodeSectionHistory {
  return {
    number: h.number,
    chapterNumber: h.chapterNumber,
    heading: h.current.heading,
    versions: h.versions.map((v) => ({
      heading: v.heading,
      text: v.text,
      paragraphs: v.paragraphs,
      since: v.step?.entry.date ?? null,
      enactedBy: toEnactment(v.step?.enactment ?? null, baseUrl),
      status: (v.step?.status as HistoryStepStatus) ?? null,
      redline: v.redline && v.redline.map((x) => ({ ...x, op: x.op as DiffOp }) satisfies DiffHunk),
      insertedWords: v.insertedWords,
      deletedWords: v.deletedWords,
    })),
    steps: h.steps.map((s) => toStep(s, baseUrl)),
    complete: h.complete,
    broken: h.broken && toStep(h.broken, baseUrl),
    attribution: h.attribution.map((p) => ({ text: p.text, enactment: toEnactment(p.enactment, baseUrl), date: p.date })),
    permalink: `${baseUrl}${sectionHistoryPath(h.number)}`,
  };
}
