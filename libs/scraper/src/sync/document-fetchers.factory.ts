import { AppConfig, OutboundPolicy } from '@app/core';
import { Logger } from '@nestjs/common';
import { SourceFetcher } from '../elms';

/** Attachments (Azure blob storage) and the code library are other hosts: each gets its own rate limit. */
export interface DocumentFetchers {
  attachments: SourceFetcher;
  codeLibrary: SourceFetcher;
  /** Where an attachment URL given by eLMS is actually fetched from (ELMS_DOCUMENTS_BASE_URL). */
  attachmentUrl(url: string): string;
}

export const DOCUMENT_FETCHERS = Symbol('DOCUMENT_FETCHERS');

export function createDocumentFetchers(config: AppConfig, sourcePolicy: OutboundPolicy): DocumentFetchers {
  const e = config.elms;
  const d = config.documents;
  const logger = new Logger('DocumentFetcher');
  const common = {
    userAgent: e.userAgent,
    timeoutMs: Math.max(e.timeoutMs, 60_000),
    maxRetries: e.maxRetries,
    backoffBaseMs: e.backoffBaseMs,
    logger: { warn: (msg: string) => logger.warn(msg) },
    sourcePolicy,
  };
  return {
    attachments: new SourceFetcher({ ...common, baseUrl: d.attachmentsBaseUrl, requestsPerSecond: e.requestsPerSecond }),
    codeLibrary: new SourceFetcher({ ...common, baseUrl: d.codeLibraryBaseUrl, requestsPerSecond: d.codeLibraryRequestsPerSecond }),
    attachmentUrl: (url: string) => {
      if (!d.documentsBaseUrl) return url;
      const u = new URL(url);
      return `${d.documentsBaseUrl}${u.pathname}${u.search}`;
    },
  };
}
