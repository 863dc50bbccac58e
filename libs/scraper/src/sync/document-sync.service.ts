import { AppConfig, Clock, JOBS } from '@app/core';
import { AmendmentService } from '@app/code';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { DocumentSyncError } from '../code/code-source.errors';
import { extractMarkedText } from '../documents';
import { DOCUMENT_FETCHERS, DocumentFetchers } from './document-fetchers.factory';
import { RunRecorder, RunSummary } from './run-recorder.service';

/**
 * @description Reads the Legislation attachments of tracked matters that have not been read yet:
 * downloads each file, extracts its text with the struck and underlined runs, stores it and applies
 * it to the code baseline. Each file is its own unit: one that fails is stored not at all, is named
 * in the failed run, and is tried again on the next run; the others are kept.
 */
@Injectable()
export class DocumentSyncService {
  private readonly logger = new Logger(DocumentSyncService.name);

  constructor(
    @Inject(DOCUMENT_FETCHERS) private readonly fetchers: DocumentFetchers,
    private readonly recorder: RunRecorder,
    private readonly amendments: AmendmentService,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  sync(): Promise<RunSummary> {
    return this.recorder.record(JOBS.documentsSync, {}, async (ctx) => {
      const pending = await this.amendments.pendingAttachments();
      const failures: { recordNumber: string; url: string; error: string }[] = [];
      for (const a of pending) {
        try {
          const fetched = await this.fetchers.attachments.getBytes(this.fetchers.attachmentUrl(a.url));
          ctx.counts.fetched++;
          if (fetched.bytes.byteLength > this.config.documents.maxBytes) {
            throw new Error(`${fetched.bytes.byteLength} bytes is over DOCUMENT_MAX_BYTES (${this.config.documents.maxBytes})`);
          }
          const document = await extractMarkedText(
            fetched.bytes,
            fetched.contentType && !/octet-stream/i.test(fetched.contentType) ? fetched.contentType : (a.fileName ?? a.url),
          );
          const { documentId, created } = await this.amendments.storeDocument({
            matterId: a.matterId,
            url: a.url,
            fileName: a.fileName,
            contentType: fetched.contentType,
            bytes: fetched.bytes,
            document,
            fetchedAt: this.clock.now(),
          });
          await this.amendments.computeForDocument(documentId);
          if (created) ctx.counts.created++;
          else ctx.counts.unchanged++;
        } catch (err) {
          const message = err instanceof Error ? err.message : String(err);
          this.logger.warn(`${a.recordNumber} ${a.url}: ${message}`);
          failures.push({ recordNumber: a.recordNumber, url: a.url, error: message });
        }
      }
      if (failures.length) throw new DocumentSyncError(failures);
    });
  }
}
