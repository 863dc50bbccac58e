import { AppConfig, OutboundPolicy } from '@app/core';
import { CodeModule } from '@app/code';
import { LegislationModule } from '@app/legislation';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { QuarantinedRecordEntity } from './entities/quarantined-record.entity';
import { RawDocumentEntity } from './entities/raw-document.entity';
import { ScrapeRunEntity } from './entities/scrape-run.entity';
import { SyncStateEntity } from './entities/sync-state.entity';
import { QuarantineRepository } from './repositories/quarantine.repository';
import { RowCountRepository } from './repositories/row-count.repository';
import { DataIntegrityService } from './services/data-integrity.service';
import { RawDocumentRepository } from './repositories/raw-document.repository';
import { ScrapeRunRepository } from './repositories/scrape-run.repository';
import { SyncStateRepository } from './repositories/sync-state.repository';
import { RawDocumentQueryService } from './services/raw-document-query.service';
import { ScrapeRunQueryService } from './services/scrape-run-query.service';
import { SyncHealthService } from './services/sync-health.service';
import { QuarantineQueryService } from './services/quarantine-query.service';
import { createElmsClients, ELMS_CLIENTS } from './sync/elms-client.factory';
import { ElmsBackfillService } from './sync/elms-backfill.service';
import { ElmsReader } from './sync/elms-reader';
import { QuarantineReprocessService } from './sync/quarantine-reprocess.service';
import { ElmsSyncService } from './sync/elms-sync.service';
import { RunRecorder } from './sync/run-recorder.service';
import { SyncJobsService } from './sync/sync-jobs.service';
import { SyncWriter } from './sync/sync-writer.service';
import { CodeSyncService } from './code/code-sync.service';
import { createDocumentFetchers, DOCUMENT_FETCHERS } from './sync/document-fetchers.factory';
import { DocumentSyncService } from './sync/document-sync.service';

export const SCRAPER_ENTITIES = [ScrapeRunEntity, RawDocumentEntity, SyncStateEntity, QuarantinedRecordEntity];

@Module({
  imports: [TypeOrmModule.forFeature(SCRAPER_ENTITIES), LegislationModule, CodeModule],
  providers: [
    { provide: ELMS_CLIENTS, inject: [AppConfig, OutboundPolicy], useFactory: createElmsClients },
    { provide: DOCUMENT_FETCHERS, inject: [AppConfig, OutboundPolicy], useFactory: createDocumentFetchers },
    CodeSyncService,
    DocumentSyncService,
    ScrapeRunRepository,
    RawDocumentRepository,
    QuarantineRepository,
    RowCountRepository,
    DataIntegrityService,
    ElmsReader,
    SyncStateRepository,
    RunRecorder,
    SyncWriter,
    ElmsSyncService,
    ElmsBackfillService,
    SyncJobsService,
    ScrapeRunQueryService,
    RawDocumentQueryService,
    SyncHealthService,
    QuarantineQueryService,
    QuarantineReprocessService,
  ],
  exports: [
    SyncJobsService,
    ElmsBackfillService,
    ScrapeRunQueryService,
    RawDocumentQueryService,
    SyncHealthService,
    QuarantineQueryService,
    DataIntegrityService,
  ],
})
export class ScraperModule {}
