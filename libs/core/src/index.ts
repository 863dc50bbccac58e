export { CoreModule, type CoreModuleOptions } from './core.module';
export {
  AppConfig,
  type DatabaseConfig,
  type ElmsConfig,
  type ScheduleConfig,
  type SyncConfig,
  type ApiConfig,
  type RateLimitConfig,
  type ResponseCacheConfig,
  type AlertsConfig,
} from './config/app-config';
export { ConfigValidationError } from './config/load-env';
export { ENV_VARIABLES, type EnvVariable } from './config/env.schema';
export { buildDataSourceOptions, MIGRATIONS_TABLE } from './database/data-source.options';
export { openPGlite } from './database/pglite-instance';
export { PGLITE_INSTANCE } from './database/database.tokens';
export { UnitOfWork } from './database/unit-of-work';
export { AdvisoryLock, advisoryLockKey } from './database/advisory-lock';
export { AdvisoryLockService } from './database/advisory-lock.service';
export { JobFence, JobLockLostError, currentJobFence } from './database/job-fence';
export { bulkInsert, chunk } from './database/bulk-insert';
export { plainColumns, plainRowsByKeys } from './database/plain-rows';
export { timeOrderedUuid } from './database/time-ordered-id';
export { toSnakeCase, conflictUpdateColumns } from './database/snake-case.util';
export { DomainException, type DomainErrorKind } from './errors/domain.exception';
export { DatabaseHealth } from './database/database-health';
export { OutboundPolicy, MAX_SOURCE_REDIRECTS } from './outbound/outbound-policy';
export {
  OutboundTargetRefusedError,
  nonPublicReason,
  resolvePublicTarget,
  type OutboundRefusalCode,
  type PublicTarget,
  type ResolvePublicTargetOptions,
} from './outbound/ssrf-guard';
export { createAppLogger } from './logging/app-logger';
export { installProcessGuard, uninstallProcessGuard } from './logging/process-guard';
export { Clock } from './clock';
export { SecretBox, SecretKeyError } from './secrets/secret-box';
export { AuthModule } from './auth/auth.module';
export { ApiKeyService, type Operator } from './auth/api-key.service';
export { ApiKeyEntity } from './auth/api-key.entity';
export { writeOutboxEvents, type OutboxEventInput } from './outbox/outbox';
export { EventText, type EventSummary, type TextLanguage } from './outbox/event-text';
export { seededRandom, pick } from './random/seeded-random';
export { bumpDataVersion, DataVersion, DATA_VERSION_CHANNEL } from './cache/data-version';
export { JOBS, RECORDED_JOBS, type JobName } from './jobs/job-names';
export { CHICAGO_TIME_ZONE, formatChicagoDateTime, formatChicagoDate, chicagoDateTimeOrNull, type TimeLang } from './time/chicago-time';
export { chicagoDayOf, chicagoInstant, addDays, weekdayOf } from './time/chicago-wall-time';
export {
  exportChunks,
  csvChunks,
  jsonChunks,
  csvField,
  keysetBatches,
  CSV_BOM,
  EXPORT_FORMATS,
  type ExportColumn,
  type ExportFormat,
  type ExportValue,
} from './export/tabular-export';
