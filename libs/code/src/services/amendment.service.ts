import { createHash } from 'node:crypto';
import { bumpDataVersion, Clock, UnitOfWork } from '@app/core';
import { Injectable, Logger } from '@nestjs/common';
import { applyAmendment, parseAmendment, type ParsedAmendment } from '../text/amendment';
import { chapterOfSection, type CodeSectionText } from '../text/code-text';
import { type MarkedDocument, plainText } from '../text/marked-text';
import { AmendmentSectionEntity } from '../entities/amendment-section.entity';
import { AmendmentEntity } from '../entities/amendment.entity';
import { CodeChapterVersionEntity } from '../entities/code-chapter-version.entity';
import { CodeSectionVersionEntity } from '../entities/code-section-version.entity';
import { MatterDocumentEntity } from '../entities/matter-document.entity';
import { AmendmentRepository, PendingAttachment } from '../repositories/amendment.repository';
import { CodeBaselineRepository } from '../repositories/code-baseline.repository';
import { TextDiffService } from './text-diff.service';

export type AmendmentRecord = AmendmentEntity;
export type AmendmentSectionRecord = AmendmentSectionEntity;
export type MatterDocumentRecord = MatterDocumentEntity;

export interface FetchedDocument {
  matterId: string;
  url: string;
  fileName: string | null;
  contentType: string | null;
  bytes: Uint8Array;
  document: MarkedDocument;
  fetchedAt: Date;
}

export function toCodeSectionText(s: CodeSectionVersionEntity): CodeSectionText {
  return {
    number: s.number,
    heading: s.heading,
    paragraphs: s.paragraphs,
    historyNote: s.historyNote,
    history: s.history,
    historyComplete: true,
  };
}

/**
 * @description Reads amending documents against the stored code baseline: stores each attachment's
 * marked text, parses its instructions, applies them with the base-text check, and stores the
 * result per (document, baseline versions), so an amendment is recomputed only when its document or
 * a chapter it touches changes.
 */
@Injectable()
export class AmendmentService {
  private readonly logger = new Logger(AmendmentService.name);

  constructor(
    private readonly repo: AmendmentRepository,
    private readonly code: CodeBaselineRepository,
    private readonly diffs: TextDiffService,
    private readonly uow: UnitOfWork,
    private readonly clock: Clock,
  ) {}

  pendingAttachments(): Promise<PendingAttachment[]> {
    return this.repo.pendingAttachments();
  }

  async storeDocument(f: FetchedDocument): Promise<{ documentId: string; created: boolean }> {
    const row = {
      matterId: f.matterId,
      url: f.url,
      fileName: f.fileName,
      contentType: f.contentType,
      byteHash: createHash('sha256').update(f.bytes).digest('hex'),
      byteLength: f.bytes.byteLength,
      format: f.document.format,
      pages: f.document.pages ?? null,
      paragraphs: f.document.paragraphs,
      plainText: f.document.paragraphs.map(plainText).join('\n'),
      fetchedAt: f.fetchedAt,
    };
    return this.uow.transaction(async (tx) => {
      const { document, created } = await this.repo.insertDocument(row, tx);
      if (created) await bumpDataVersion(tx);
      return { documentId: document.id, created };
    });
  }

  /** Applies the document to the latest baseline of each chapter it touches; a no-op when that was done. */
  async computeForDocument(documentId: string): Promise<AmendmentEntity> {
    const doc = await this.repo.document(documentId);
    if (!doc) throw new Error(`No document ${documentId}`);
    const parsed = parseAmendment({
      format: doc.format as MarkedDocument['format'],
      paragraphs: doc.paragraphs,
      pages: doc.pages ?? undefined,
    });

    const chapters = [...new Set(parsed.sections.map((s) => chapterOfSection(s.number)))].sort();
    const versions: CodeChapterVersionEntity[] = [];
    const covered = new Set<string>();
    for (const number of chapters) {
      const chapter = await this.code.chapter(number);
      const latest = chapter && (await this.code.latestVersion(chapter.id));
      if (!latest) continue;
      versions.push(latest);
      covered.add(number);
    }
    const baselineKey = versions
      .map((v) => v.id)
      .sort()
      .join(',');
    const existing = await this.repo.findAmendment(documentId, baselineKey);
    if (existing) return existing;

    const baseline = (await this.code.sections(versions.flatMap((v) => v.sectionIds))).map(toCodeSectionText);
    const sections = await this.buildSections(parsed, baseline, covered);

    return this.uow.transaction(async (tx) => {
      const again = await this.repo.findAmendment(documentId, baselineKey, tx);
      if (again) return again;
      const amendment = await this.repo.insertAmendment(
        {
          matterId: doc.matterId,
          documentId,
          baselineKey,
          chapterVersionIds: versions.map((v) => v.id),
          effectiveDate: parsed.effectiveDate?.text ?? null,
          unparsed: parsed.unparsed,
          computedAt: this.clock.now(),
        },
        sections,
        tx,
      );
      await bumpDataVersion(tx);
      this.logger.log(
        `amendment ${amendment.id}: ${sections.length} sections, ${sections.filter((s) => s.baseTextMatches === false).length} base-text mismatches`,
      );
      return amendment;
    });
  }

  private async buildSections(
    parsed: ParsedAmendment,
    baseline: CodeSectionText[],
    covered: Set<string>,
  ): Promise<Omit<AmendmentSectionEntity, 'id' | 'amendmentId'>[]> {
    const applied = applyAmendment(baseline, parsed);
    const out: Omit<AmendmentSectionEntity, 'id' | 'amendmentId'>[] = [];
    for (const [ordinal, s] of parsed.sections.entries()) {
      const result = applied.sections[ordinal]!;
      const checkable = covered.has(chapterOfSection(s.number));
      const diff =
        result.applied && (result.baseText !== null || result.amendedText !== null)
          ? await this.diffs.diff(result.baseText ?? '', result.amendedText ?? '')
          : null;
      out.push({
        ordinal,
        ordinanceSection: s.ordinanceSection,
        number: s.number,
        change: s.change,
        heading: result.heading,
        baseText: result.baseText,
        amendedText: result.amendedText,
        // Without a stored baseline of the chapter nothing was checked: unknown, not failed.
        baseTextMatches: checkable ? result.baseTextMatches : null,
        applied: result.applied,
        mismatches: checkable ? result.mismatches : [],
        marked: {
          heading: s.headingRuns,
          paragraphs: s.paragraphs.map((p) => ({ runs: p.runs, omittedBefore: p.omittedBefore })),
          omittedAfter: s.omittedAfter,
        },
        diffId: diff?.id ?? null,
      });
    }
    return out;
  }

  /** Re-applies the latest document of every matter that amends `chapter` (after a new baseline). */
  async refreshForChapter(chapter: string): Promise<number> {
    const ids = await this.repo.documentsTouchingChapter(chapter);
    for (const id of ids) await this.computeForDocument(id);
    return ids.length;
  }
}
