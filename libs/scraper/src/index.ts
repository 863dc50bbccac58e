export { ScraperModule, SCRAPER_ENTITIES } from './scraper.module';
export { SyncJobsService, type SyncJobName, type SyncJobOutcome } from './sync/sync-jobs.service';
export {
  ElmsBackfillService,
  BackfillAlreadyRunningError,
  type BackfillOptions,
  type BackfillProgress,
} from './sync/elms-backfill.service';
export { MATTER_WATERMARK, INITIAL_SYNC_STATE } from './sync/elms-sync.service';
export { type RunSummary } from './sync/run-recorder.service';
export { ScrapeRunQueryService, type ScrapeRunRecord } from './services/scrape-run-query.service';
export { SyncHealthService, type SyncHealth } from './services/sync-health.service';
export { DataIntegrityService, type DataIntegrity } from './services/data-integrity.service';
export { QuarantineQueryService, type QuarantinedRecord } from './services/quarantine-query.service';
export { ElmsClient, SourceFetcher, type FetchedDoc } from './elms';
export { RawDocumentQueryService } from './services/raw-document-query.service';
export { codePageText } from './code/code-page-text';
export {
  extractMarkedText,
  extractPdfMarkedText,
  extractDocxMarkedText,
  extractHtmlMarkedText,
  UnsupportedDocumentError,
  InvalidDocxError,
  PDF_LAYOUT_RULES,
} from './documents';
export { QuarantineReprocessService, SyncRunningError, type ReprocessSummary } from './sync/quarantine-reprocess.service';
