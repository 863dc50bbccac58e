import { type SectionChange } from '@app/diff';
import { Injectable } from '@nestjs/common';
import { compareSectionNumbers } from '../text/code-text';
import { plainText } from '../text/marked-text';
import { CodeErrorCode, CodeException } from '../code.exception';
import { AmendmentRepository } from '../repositories/amendment.repository';
import { CodeBaselineRepository } from '../repositories/code-baseline.repository';
import { StoredTextDiff, TextDiffService } from './text-diff.service';

/**
 * A stored text that can be diffed: `section:<id>` (a code section version), `chapter:<id>` (a chapter
 * version), `amendment:<id>` (the chapter as an amendment would leave it) or `document:<id>` (an
 * ordinance's new wording, section by section — for substitute versus original).
 */
export type TextRefKind = 'section' | 'chapter' | 'amendment' | 'document';
export interface TextRef {
  kind: TextRefKind;
  id: string;
}

export interface ComparableText {
  ref: string;
  label: string;
  sections: { number: string; heading: string; text: string }[];
}

export interface SectionComparison {
  number: string;
  heading: string;
  change: SectionChange;
  diff: StoredTextDiff;
}

const REF = /^(section|chapter|amendment|document):([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

export function parseTextRef(value: string): TextRef {
  const m = REF.exec(value.trim());
  if (!m) {
    throw new CodeException(
      CodeErrorCode.INVALID_TEXT_REF,
      `"${value}" is not a text reference (expected section:<uuid>, chapter:<uuid>, amendment:<uuid> or document:<uuid>)`,
      { value },
    );
  }
  return { kind: m[1]!.toLowerCase() as TextRefKind, id: m[2]!.toLowerCase() };
}

/** @description Section-aware diffs between any two stored texts, each section pair cached by content. */
@Injectable()
export class TextCompareService {
  constructor(
    private readonly code: CodeBaselineRepository,
    private readonly amendments: AmendmentRepository,
    private readonly diffs: TextDiffService,
  ) {}

  async compare(from: string, to: string): Promise<{ from: ComparableText; to: ComparableText; sections: SectionComparison[] }> {
    // Both parsed before either load starts: a malformed `to` thrown mid-array would leave `from`'s load
    // rejecting with no one awaiting it (an unhandled rejection, which used to end the process).
    const refs = [parseTextRef(from), parseTextRef(to)] as const;
    const [a, b] = await Promise.all([this.load(refs[0]), this.load(refs[1])]);
    const before = new Map(a.sections.map((s) => [s.number, s]));
    const after = new Map(b.sections.map((s) => [s.number, s]));
    // Code sections read best in code order; anything else (a document's own parts) keeps `to`'s order.
    const numbers = [...new Set([...b.sections, ...a.sections].map((s) => s.number))];
    const order = numbers.every((n) => /^\d/.test(n)) ? numbers.sort(compareSectionNumbers) : numbers;
    const sections: SectionComparison[] = [];
    for (const number of order) {
      const x = before.get(number);
      const y = after.get(number);
      const change: SectionChange = !x ? 'added' : !y ? 'repealed' : x.text === y.text && x.heading === y.heading ? 'unchanged' : 'amended';
      sections.push({ number, heading: (y ?? x)!.heading, change, diff: await this.diffs.diff(x?.text ?? '', y?.text ?? '') });
    }
    return { from: a, to: b, sections };
  }

  async load(ref: TextRef): Promise<ComparableText> {
    const name = `${ref.kind}:${ref.id}`;
    const missing = () => new CodeException(CodeErrorCode.TEXT_NOT_FOUND, `No stored text ${name}`, { ref: name });
    switch (ref.kind) {
      case 'section': {
        const s = await this.code.section(ref.id);
        if (!s) throw missing();
        return {
          ref: name,
          label: `§ ${s.number} (${s.fetchedAt.toISOString().slice(0, 10)})`,
          sections: [{ number: s.number, heading: s.heading, text: s.body }],
        };
      }
      case 'chapter': {
        const v = await this.code.version(ref.id);
        if (!v) throw missing();
        const chapter = (await this.code.chapters()).find((c) => c.id === v.chapterId);
        const sections = await this.code.sections(v.sectionIds);
        return {
          ref: name,
          label: `Chapter ${chapter?.number ?? ''} v${v.version} (${v.fetchedAt.toISOString().slice(0, 10)})`,
          sections: sections.map((s) => ({ number: s.number, heading: s.heading, text: s.body })),
        };
      }
      case 'amendment': {
        const a = await this.amendments.amendment(ref.id);
        if (!a) throw missing();
        const parts = await this.amendments.sections(a.id);
        const versions = await Promise.all(a.chapterVersionIds.map((id) => this.code.version(id)));
        const baseline = await this.code.sections(versions.flatMap((v) => v?.sectionIds ?? []));
        const byNumber = new Map(parts.filter((p) => p.applied).map((p) => [p.number, p]));
        const sections = baseline
          .filter((s) => byNumber.get(s.number)?.change !== 'REPEALED')
          .map((s) => {
            const p = byNumber.get(s.number);
            return { number: s.number, heading: p?.heading ?? s.heading, text: p?.amendedText ?? s.body };
          });
        for (const p of parts) {
          if (p.applied && p.change === 'ADDED') sections.push({ number: p.number, heading: p.heading, text: p.amendedText ?? '' });
        }
        sections.sort((x, y) => compareSectionNumbers(x.number, y.number));
        return { ref: name, label: `As amended (${a.computedAt.toISOString().slice(0, 10)})`, sections };
      }
      case 'document': {
        const d = await this.amendments.document(ref.id);
        if (!d) throw missing();
        const a = await this.amendments.latestAmendmentOf(d.id);
        const parts = a ? await this.amendments.sections(a.id) : [];
        const sections = parts.length
          ? parts.map((p) => ({
              number: p.number,
              heading: p.heading,
              // The ordinance's own wording: what it keeps and inserts, whatever the baseline says.
              text: p.marked.paragraphs
                .map((para) =>
                  para.runs
                    .filter((r) => r.mark !== 'strike')
                    .map((r) => r.text)
                    .join('')
                    .trim(),
                )
                .join('\n'),
            }))
          : [{ number: 'document', heading: d.fileName ?? 'Document', text: d.paragraphs.map(plainText).join('\n') }];
        return { ref: name, label: d.fileName ?? name, sections };
      }
    }
  }
}
