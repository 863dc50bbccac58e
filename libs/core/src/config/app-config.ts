import * as path from 'node:path';
import { loadEnv, ParsedEnv, RawEnv } from './load-env';

export type DatabaseConfig = { kind: 'postgres'; url: string; poolSize: number } | { kind: 'pglite'; dataDir: string };

/** The Azure blob store eLMS attachment URLs point at (ELMS_DOCUMENTS_BASE_URL unset). */
export const ELMS_ATTACHMENTS_BASE_URL = 'https://occprodstoragev1.blob.core.usgovcloudapi.net';

export interface ElmsConfig {
  baseUrl: string;
  requestsPerSecond: number;
  timeoutMs: number;
  maxRetries: number;
  backoffBaseMs: number;
  pageSize: number;
  pollPageSize: number;
  userAgent: string;
}

export interface ScheduleConfig {
  enabled: boolean;
  pollOnStart: boolean;
  pollCron: string;
  sweepCron: string;
  codeSyncCron: string;
  timeZone: string;
}

export interface SyncConfig {
  initialSyncDays: number;
  sweepDays: number;
  meetingsLookbackDays: number;
  meetingsLookaheadDays: number;
  agendaWatchDays: number;
  /** List rows per committed step of the first sync. */
  initialSyncStep: number;
  /** A run whose quarantined share of records read exceeds this is systemic drift (fails, writes nothing). */
  quarantineMaxShare: number;
  /** ...provided at least this many records failed (two records, one bad, is one bad record). */
  quarantineMinSystemic: number;
  /** How often a running sync run writes its request count and heartbeat. */
  runHeartbeatMs: number;
}

export interface HealthConfig {
  /** Degraded when the last successful poll is older than this. */
  staleAfterMs: number;
  /** Degraded after this many failed poll runs in a row. */
  maxConsecutiveFailures: number;
  /** Degraded when more records than this sit in quarantine. */
  maxQuarantined: number;
  /** Answer degraded with HTTP 503 (for load balancers) instead of 200. */
  degradedStatus: 200 | 503;
  /** Bearer token /metrics requires; null: open. */
  metricsToken: string | null;
}

export interface ApiConfig {
  port: number;
  host: string;
  maxDepth: number;
  maxCost: number;
}

export interface RateLimitConfig {
  windowMs: number;
  /** Per IP without an API key; 0 means no rate limiting at all. */
  anonymous: number;
  /** Per operator API key. */
  operator: number;
  /** Express 'trust proxy' value, or null to trust none. */
  trustProxy: string | number | boolean | null;
}

export interface AlertsConfig {
  /** nodemailer SMTP URL; null: e-mail alerts are off. */
  smtpUrl: string | null;
  from: string;
  /** Chicago hour daily digests go out. */
  digestHour: number;
  signupsPerAddress: number;
  signupsPerClient: number;
  /** Unconfirmed sign-ups are deleted after this long. */
  unconfirmedMs: number;
  /** Sent and dead messages (and their attempts) are deleted after this long. */
  logMs: number;
}

export interface ResponseCacheConfig {
  /** 0: no response cache. */
  maxBytes: number;
  ttlMs: number;
  maxAgeSeconds: number;
  staleSeconds: number;
}

/**
 * Typed, namespaced view of the validated environment. The only reader of process.env
 * is `AppConfig.fromProcessEnv`; everything else receives this object.
 */
export class AppConfig {
  private constructor(private readonly env: ParsedEnv) {}

  static fromEnv(raw: RawEnv): AppConfig {
    return new AppConfig(loadEnv(raw));
  }

  static fromProcessEnv(): AppConfig {
    const config = AppConfig.fromEnv(process.env);
    // Express (its error pages print stacks unless NODE_ENV=production) and other libraries read
    // NODE_ENV themselves: give them the resolved mode, so an unset NODE_ENV means production for all.
    process.env.NODE_ENV = config.development ? 'development' : 'production';
    return config;
  }

  private str(name: string): string {
    return this.env[name] as string;
  }
  private num(name: string): number {
    return this.env[name] as number;
  }
  private bool(name: string): boolean {
    return this.env[name] as boolean;
  }

  get database(): DatabaseConfig {
    const url = this.env.DATABASE_URL as string | undefined;
    if (url) return { kind: 'postgres', url, poolSize: this.num('DATABASE_POOL_SIZE') };
    return { kind: 'pglite', dataDir: path.resolve(this.str('PGLITE_DATA_DIR')) };
  }

  get webhooks(): { allowHosts: string[]; timeoutMs: number; disableAfterHours: number; pausedQueueLimit: number } {
    return {
      allowHosts:
        (this.env.WEBHOOK_ALLOW_HOSTS as string | undefined)
          ?.split(',')
          .map((h) => h.trim())
          .filter(Boolean) ?? [],
      timeoutMs: this.num('WEBHOOK_TIMEOUT_MS'),
      disableAfterHours: this.num('WEBHOOK_DISABLE_AFTER_HOURS'),
      pausedQueueLimit: this.num('WEBHOOK_PAUSED_QUEUE_LIMIT'),
    };
  }

  /** E-mail alerts: off (smtpUrl null) unless SMTP_URL is set. */
  get alerts(): AlertsConfig {
    return {
      smtpUrl: this.str('SMTP_URL').trim() || null,
      from: this.str('SMTP_FROM'),
      digestHour: this.num('ALERTS_DIGEST_HOUR'),
      signupsPerAddress: this.num('ALERTS_SIGNUPS_PER_ADDRESS'),
      signupsPerClient: this.num('ALERTS_SIGNUPS_PER_CLIENT'),
      unconfirmedMs: this.num('ALERTS_UNCONFIRMED_DAYS') * 86_400_000,
      logMs: this.num('ALERTS_LOG_DAYS') * 86_400_000,
    };
  }

  /** The at-rest key for stored secrets; without SECRETS_KEY, a generated one kept in `keyFile`. */
  get secrets(): { key: string | null; previousKeys: string[]; keyFile: string } {
    const key = (this.env.SECRETS_KEY as string | undefined)?.trim();
    return {
      key: key || null,
      previousKeys: ((this.env.SECRETS_PREVIOUS_KEYS as string | undefined) ?? '')
        .split(',')
        .map((k) => k.trim())
        .filter(Boolean),
      keyFile: path.resolve(this.str('SECRETS_KEY_FILE')),
    };
  }

  /** NODE_ENV=development: stack traces and the GraphiQL explorer. Anything else (production, test) is production. */
  get development(): boolean {
    return this.str('NODE_ENV') === 'development';
  }

  /** Web pages say that they show demo data (`npm run demo`). */
  get demoMode(): boolean {
    return this.bool('DEMO_MODE');
  }

  get publicBaseUrl(): string {
    return this.str('PUBLIC_BASE_URL').replace(/\/+$/, '');
  }

  get api(): ApiConfig {
    return {
      port: this.num('PORT'),
      host: this.str('HOST'),
      maxDepth: this.num('GRAPHQL_MAX_DEPTH'),
      maxCost: this.num('GRAPHQL_MAX_COST'),
    };
  }

  get responseCache(): ResponseCacheConfig {
    return {
      maxBytes: this.num('RESPONSE_CACHE_MAX_BYTES'),
      ttlMs: this.num('RESPONSE_CACHE_TTL_SECONDS') * 1000,
      maxAgeSeconds: this.num('RESPONSE_CACHE_MAX_AGE_SECONDS'),
      staleSeconds: this.num('RESPONSE_CACHE_STALE_SECONDS'),
    };
  }

  get rateLimit(): RateLimitConfig {
    const trust = this.str('TRUST_PROXY').trim();
    return {
      windowMs: this.num('RATE_LIMIT_WINDOW_SECONDS') * 1000,
      anonymous: this.num('RATE_LIMIT_ANONYMOUS'),
      operator: this.num('RATE_LIMIT_OPERATOR'),
      trustProxy: trust === '' ? null : trust === 'true' ? true : trust === 'false' ? false : /^\d+$/.test(trust) ? Number(trust) : trust,
    };
  }

  get elms(): ElmsConfig {
    return {
      baseUrl: this.str('ELMS_BASE_URL').replace(/\/+$/, ''),
      requestsPerSecond: this.num('ELMS_REQUESTS_PER_SECOND'),
      timeoutMs: this.num('ELMS_TIMEOUT_MS'),
      maxRetries: this.num('ELMS_MAX_RETRIES'),
      backoffBaseMs: this.num('ELMS_BACKOFF_BASE_MS'),
      pageSize: this.num('ELMS_PAGE_SIZE'),
      pollPageSize: this.num('ELMS_POLL_PAGE_SIZE'),
      userAgent: this.str('SCRAPER_USER_AGENT'),
    };
  }

  /** Where attachments and Municipal Code pages are read from. */
  get documents(): {
    documentsBaseUrl: string | null;
    attachmentsBaseUrl: string;
    codeLibraryBaseUrl: string;
    codeLibraryRequestsPerSecond: number;
    maxBytes: number;
  } {
    const docs = (this.env.ELMS_DOCUMENTS_BASE_URL as string | undefined)?.trim();
    return {
      documentsBaseUrl: docs ? docs.replace(/\/+$/, '') : null,
      // Attachment URLs in eLMS data all name this blob store; they are fetched only there.
      attachmentsBaseUrl: docs ? docs.replace(/\/+$/, '') : ELMS_ATTACHMENTS_BASE_URL,
      codeLibraryBaseUrl: this.str('CODE_LIBRARY_BASE_URL').replace(/\/+$/, ''),
      codeLibraryRequestsPerSecond: this.num('CODE_LIBRARY_REQUESTS_PER_SECOND'),
      maxBytes: this.num('DOCUMENT_MAX_BYTES'),
    };
  }

  get schedule(): ScheduleConfig {
    return {
      enabled: this.bool('SCHEDULER_ENABLED'),
      pollOnStart: this.bool('POLL_ON_START'),
      pollCron: this.str('POLL_CRON'),
      sweepCron: this.str('SWEEP_CRON'),
      codeSyncCron: this.str('CODE_SYNC_CRON'),
      timeZone: this.str('SCHEDULE_TIMEZONE'),
    };
  }

  get sync(): SyncConfig {
    return {
      initialSyncDays: this.num('INITIAL_SYNC_DAYS'),
      sweepDays: this.num('SWEEP_DAYS'),
      meetingsLookbackDays: this.num('MEETINGS_LOOKBACK_DAYS'),
      meetingsLookaheadDays: this.num('MEETINGS_LOOKAHEAD_DAYS'),
      agendaWatchDays: this.num('AGENDA_WATCH_DAYS'),
      initialSyncStep: this.num('INITIAL_SYNC_STEP'),
      quarantineMaxShare: this.num('QUARANTINE_MAX_SHARE'),
      quarantineMinSystemic: this.num('QUARANTINE_MIN_SYSTEMIC'),
      runHeartbeatMs: this.num('RUN_HEARTBEAT_SECONDS') * 1000,
    };
  }

  get health(): HealthConfig {
    return {
      staleAfterMs: this.num('HEALTH_STALE_AFTER_MINUTES') * 60_000,
      maxConsecutiveFailures: this.num('HEALTH_MAX_CONSECUTIVE_FAILURES'),
      maxQuarantined: this.num('HEALTH_MAX_QUARANTINED'),
      degradedStatus: this.bool('HEALTH_DEGRADED_503') ? 503 : 200,
      metricsToken: (this.env.METRICS_TOKEN as string | undefined)?.trim() || null,
    };
  }

  /** How the Council votes: when a roll call counts as divided. */
  get votes(): { dividedMinNays: number } {
    return { dividedMinNays: Math.max(1, this.num('VOTES_DIVIDED_MIN_NAYS')) };
  }

  /** Find your alder: the address geocoder and how often one client may use it. */
  get geocoder(): { baseUrl: string; timeoutMs: number; lookupLimit: number; windowMs: number; userAgent: string } {
    return {
      baseUrl: this.str('GEOCODER_URL').replace(/\/+$/, ''),
      timeoutMs: this.num('GEOCODER_TIMEOUT_MS'),
      lookupLimit: this.num('ADDRESS_LOOKUP_LIMIT'),
      windowMs: this.num('RATE_LIMIT_WINDOW_SECONDS') * 1000,
      userAgent: this.str('SCRAPER_USER_AGENT'),
    };
  }

  get logging(): { level: string; format: 'text' | 'json' } {
    return { level: this.str('LOG_LEVEL'), format: this.str('LOG_FORMAT') === 'json' ? 'json' : 'text' };
  }
}
