export { ScraperModule, SCRAPER_ENTITIES } from './scraper.module';
export { SyncJobsService, type SyncJobName, type SyncJobOutcome } from './sync/sync-jobs.service';
export { ElmsBackfillService, BackfillAlreadyRunningError, type BackfillOptions, type BackfillProgress } from './sync/elms-backfill.service';
export { ELMS_JOBS, MATTER_WATERMARK } from './sync/elms-sync.service';
export { type RunSummary } from './sync/run-recorder.service';
export { ScrapeRunQueryService, type ScrapeRunRecord } from './services/scrape-run-query.service';
export { ElmsClient, ElmsFetcher, type FetchedDoc } from './elms';
export { RawDocumentQueryService } from './services/raw-document-query.service';
