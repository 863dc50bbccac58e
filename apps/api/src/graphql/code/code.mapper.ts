import { chapterOfSection } from '@app/code';
import type {
  AmendmentRecord,
  AmendmentSectionRecord,
  CodeChapterVersionRecord,
  CodeSectionVersionRecord,
  MatterDocumentRecord,
  StoredTextDiff,
} from '@app/code';
import { AmendmentChange, AmendmentDocument, AmendmentSection, BaseTextMismatch, MarkedRun, TextMark } from './amendment.model';
import { CodeChapterVersion, CodeSection } from './code.model';
import { DiffHunk, DiffOp } from './diff.model';

export function toSectionModel(s: CodeSectionVersionRecord, publicBaseUrl: string): CodeSection {
  return {
    id: s.id,
    textRef: `section:${s.id}`,
    number: s.number,
    heading: s.heading,
    text: s.body,
    paragraphs: s.paragraphs,
    historyNote: s.historyNote,
    history: s.history,
    fetchedAt: s.fetchedAt,
    sourceUrl: s.sourceUrl,
    permalink: `${publicBaseUrl}/code/${chapterOfSection(s.number)}#${s.number}`,
  };
}

export function toVersionModel(v: CodeChapterVersionRecord): CodeChapterVersion {
  return {
    id: v.id,
    textRef: `chapter:${v.id}`,
    version: v.version,
    title: v.title,
    fetchedAt: v.fetchedAt,
    sourceUrls: v.sourceUrls,
    sectionIds: v.sectionIds,
  };
}

export function toHunkModels(d: StoredTextDiff | undefined): DiffHunk[] {
  return (d?.hunks ?? []).map((h) => ({ ...h, op: h.op as DiffOp }));
}

const runs = (rs: { text: string; mark: string }[]): MarkedRun[] => rs.map((r) => ({ text: r.text, mark: r.mark as TextMark }));

export function toAmendmentSectionModel(s: AmendmentSectionRecord, diff: StoredTextDiff | undefined, redlineUrl: string): AmendmentSection {
  return {
    number: s.number,
    change: s.change as AmendmentChange,
    heading: s.heading,
    ordinanceSection: s.ordinanceSection,
    baseTextMatches: s.baseTextMatches,
    applied: s.applied,
    mismatches: s.mismatches as BaseTextMismatch[],
    baseText: s.baseText,
    amendedText: s.amendedText,
    hunks: toHunkModels(diff),
    draftedHeading: runs(s.marked.heading),
    drafted: s.marked.paragraphs.map((p) => ({ runs: runs(p.runs), omittedBefore: p.omittedBefore })),
    omittedAfter: s.marked.omittedAfter,
    permalink: `${redlineUrl}#${s.number}`,
    diffId: s.diffId,
  };
}

export function toDocumentModel(d: MatterDocumentRecord): AmendmentDocument {
  return {
    id: d.id,
    textRef: `document:${d.id}`,
    fileName: d.fileName,
    url: d.url,
    format: d.format,
    pages: d.pages,
    fetchedAt: d.fetchedAt,
  };
}

export function amendmentTextRef(a: AmendmentRecord): string {
  return `amendment:${a.id}`;
}
