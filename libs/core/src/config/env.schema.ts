/**
 * Every environment variable the tracker reads, with its type, default and meaning.
 * The README's configuration table and `.env.example` are generated from this list
 * (`npm run config:docs`), so the two cannot drift apart.
 */
export type EnvKind = 'string' | 'int' | 'number' | 'bool' | 'url' | 'cron';

export interface EnvVariable {
  name: string;
  kind: EnvKind;
  default?: string;
  /** Unset: take this other variable's value when it is set (before the default). */
  fallback?: string;
  description: string;
}

export const ENV_VARIABLES: readonly EnvVariable[] = [
  {
    name: 'NODE_ENV',
    kind: 'string',
    default: 'production',
    description:
      'production: GraphQL errors carry no stack traces or field suggestions, no introspection, no explorer. development (`npm run dev`): stack traces, introspection and the GraphiQL explorer at /graphiql, served from node_modules (a devDependency).',
  },
  {
    name: 'DATABASE_URL',
    kind: 'url',
    description:
      'PostgreSQL connection string. Unset: an embedded PGlite database under PGLITE_DATA_DIR (api and worker then run in one process).',
  },
  {
    name: 'PGLITE_DATA_DIR',
    kind: 'string',
    default: './data/pglite',
    description: 'Where the embedded PGlite database is stored when DATABASE_URL is unset.',
  },
  { name: 'DATABASE_POOL_SIZE', kind: 'int', default: '10', description: 'Connections per process on PostgreSQL.' },
  { name: 'PORT', kind: 'int', default: '3000', description: 'HTTP port of the api (GraphQL at /graphql, health at /health).' },
  { name: 'HOST', kind: 'string', default: '0.0.0.0', description: 'Interface the api listens on.' },
  {
    name: 'PUBLIC_BASE_URL',
    kind: 'url',
    default: 'http://localhost:3000',
    description: 'Public address of the tracker, for links in webhook payloads, feeds and calendars.',
  },
  { name: 'GRAPHQL_MAX_DEPTH', kind: 'int', default: '10', description: 'Deepest GraphQL query accepted.' },
  {
    name: 'GRAPHQL_MAX_COST',
    kind: 'int',
    default: '5000',
    description: "Highest GraphQL query cost accepted (graphql-armor's weights; `first`/`last` read from variables and defaults too).",
  },
  {
    name: 'RATE_LIMIT_WINDOW_SECONDS',
    kind: 'int',
    default: '60',
    description:
      'Length of the rate-limit window for GraphQL, pages and feeds (one GraphQL request counts once, however many fields it asks for).',
  },
  {
    name: 'RATE_LIMIT_ANONYMOUS',
    kind: 'int',
    default: '300',
    description:
      'Requests per window from one IP address without an API key (IPv6 by /64); 0 turns rate limiting off. Behind a proxy, set TRUST_PROXY so the client address is used.',
  },
  {
    name: 'RATE_LIMIT_OPERATOR',
    kind: 'int',
    default: '3000',
    description: 'Requests per window per operator API key (a valid `Authorization: Bearer trk_…`).',
  },
  {
    name: 'TRUST_PROXY',
    kind: 'string',
    default: '',
    description:
      "Express 'trust proxy': empty trusts no proxy (the socket address is the client); e.g. `loopback` or `1` (hops) behind a reverse proxy, so rate limits apply per client.",
  },
  {
    name: 'RESPONSE_CACHE_MAX_BYTES',
    kind: 'int',
    default: '67108864',
    description:
      'Memory for cached anonymous answers (GraphQL reads, pages, feeds) per api process, least recently used evicted first; 0 turns the response cache off.',
  },
  {
    name: 'RESPONSE_CACHE_TTL_SECONDS',
    kind: 'int',
    default: '60',
    description:
      'Longest a cached answer is served without rendering it again, even if no sync committed (pages that say "upcoming" depend on the clock too).',
  },
  {
    name: 'RESPONSE_CACHE_MAX_AGE_SECONDS',
    kind: 'int',
    default: '10',
    description: '`Cache-Control: max-age` on cacheable GET answers, for browsers and a CDN in front.',
  },
  {
    name: 'RESPONSE_CACHE_STALE_SECONDS',
    kind: 'int',
    default: '60',
    description: '`Cache-Control: stale-while-revalidate` on cacheable GET answers: a CDN may serve a spike from a slightly old copy.',
  },
  {
    name: 'SOURCE_BASE_URL',
    kind: 'url',
    description:
      'One switch for offline sources: the base URL of a replay server (`npm run replay`) used for eLMS, attachments and the code library together. ELMS_BASE_URL, ELMS_DOCUMENTS_BASE_URL and CODE_LIBRARY_BASE_URL, when set, still win.',
  },
  {
    name: 'ELMS_BASE_URL',
    fallback: 'SOURCE_BASE_URL',
    kind: 'url',
    default: 'https://api.chicityclerkelms.chicago.gov',
    description: 'Base URL of the eLMS public API (point it at `npm run replay` to work offline).',
  },
  {
    name: 'ELMS_REQUESTS_PER_SECOND',
    kind: 'number',
    default: '2',
    description: 'Upper bound on requests per second to eLMS; the client slows further as X-RateLimit-Remaining falls.',
  },
  { name: 'ELMS_TIMEOUT_MS', kind: 'int', default: '20000', description: 'Timeout of one eLMS request.' },
  {
    name: 'ELMS_MAX_RETRIES',
    kind: 'int',
    default: '5',
    description: 'Retries (exponential backoff with jitter) on 429, 5xx, timeouts and truncated bodies.',
  },
  { name: 'ELMS_BACKOFF_BASE_MS', kind: 'int', default: '500', description: 'First retry delay; doubles per attempt, with full jitter.' },
  { name: 'ELMS_PAGE_SIZE', kind: 'int', default: '500', description: 'Rows per list request (`top`) in sweeps and backfills.' },
  {
    name: 'ELMS_POLL_PAGE_SIZE',
    kind: 'int',
    default: '25',
    description: 'Rows per list request in the routine poll, which usually stops on its first page.',
  },
  {
    name: 'ELMS_DOCUMENTS_BASE_URL',
    fallback: 'SOURCE_BASE_URL',
    kind: 'string',
    default: '',
    description:
      'Empty: fetch matter attachments from the URLs eLMS gives (Azure blob storage). Set (e.g. to the replay server) to fetch them from this origin instead, keeping their paths.',
  },
  {
    name: 'CODE_LIBRARY_BASE_URL',
    fallback: 'SOURCE_BASE_URL',
    kind: 'url',
    default: 'https://codelibrary.amlegal.com',
    description:
      "Base URL of American Legal Publishing's code library, where the Municipal Code chapters are read from (point it at `npm run replay` to work offline).",
  },
  {
    name: 'CODE_LIBRARY_REQUESTS_PER_SECOND',
    kind: 'number',
    default: '1',
    description: 'Upper bound on requests per second to the code library (a website, not an API: keep it low).',
  },
  {
    name: 'CODE_SYNC_CRON',
    kind: 'cron',
    default: '15 4 * * *',
    description: 'When the worker re-reads the tracked Municipal Code chapters (a new version is stored only when the text changed).',
  },
  {
    name: 'DOCUMENT_MAX_BYTES',
    kind: 'int',
    default: '26214400',
    description: 'Largest attachment the worker downloads and reads (bytes).',
  },
  {
    name: 'SCRAPER_USER_AGENT',
    kind: 'string',
    default: 'chicago-legislation-tracker/0.1 (+https://github.com/chicago-legislation-tracker/tracker)',
    description: 'User-Agent sent to eLMS: names the project and where to reach it.',
  },
  {
    name: 'POLL_CRON',
    kind: 'cron',
    default: '*/5 * * * *',
    description: 'When the worker polls recently published matters and upcoming meetings.',
  },
  {
    name: 'SWEEP_CRON',
    kind: 'cron',
    default: '30 3 * * *',
    description: 'When the worker runs the nightly wider sweep (matters republished in SWEEP_DAYS, meetings, bodies, people).',
  },
  { name: 'SCHEDULE_TIMEZONE', kind: 'string', default: 'America/Chicago', description: 'Time zone of POLL_CRON and SWEEP_CRON.' },
  {
    name: 'SCHEDULER_ENABLED',
    kind: 'bool',
    default: 'true',
    description: 'Set false to run a worker that never schedules (jobs only by command).',
  },
  { name: 'POLL_ON_START', kind: 'bool', default: 'true', description: 'Run one poll as soon as the worker starts.' },
  {
    name: 'INITIAL_SYNC_DAYS',
    kind: 'int',
    default: '365',
    description: 'How far back the first poll on an empty database reaches (later polls continue from the stored watermark).',
  },
  {
    name: 'SWEEP_DAYS',
    kind: 'int',
    default: '30',
    description: 'How far back the nightly sweep re-reads matters regardless of the watermark.',
  },
  {
    name: 'MEETINGS_LOOKBACK_DAYS',
    kind: 'int',
    default: '3',
    description: 'Recently held meetings re-read by every poll (votes and actions are posted after the meeting).',
  },
  { name: 'MEETINGS_LOOKAHEAD_DAYS', kind: 'int', default: '90', description: 'Upcoming meetings read by every poll.' },
  {
    name: 'AGENDA_WATCH_DAYS',
    kind: 'int',
    default: '2',
    description:
      'Agendas of meetings this many days ahead are re-read by every poll even when their list row is unchanged; further-off agendas are re-read when their row changes and by the nightly sweep.',
  },
  {
    name: 'INITIAL_SYNC_STEP',
    kind: 'int',
    default: '100',
    description: 'Matters per committed step of the first sync (a killed first sync resumes after its last step).',
  },
  {
    name: 'QUARANTINE_MAX_SHARE',
    kind: 'number',
    default: '0.2',
    description:
      'A run in which more than this share of the records read fail validation is systemic drift: it fails and writes nothing. Below it, bad records are quarantined and the rest stored.',
  },
  {
    name: 'QUARANTINE_MIN_SYSTEMIC',
    kind: 'int',
    default: '10',
    description: 'The share above counts only when at least this many records failed in the run.',
  },
  {
    name: 'RUN_HEARTBEAT_SECONDS',
    kind: 'int',
    default: '10',
    description:
      'How often a running sync run records its request count and heartbeat (so a killed run leaves what it spent, and /health tells a long run from a stalled one).',
  },
  {
    name: 'HEALTH_STALE_AFTER_MINUTES',
    kind: 'int',
    default: '15',
    description: '/health is degraded when the last successful poll is older than this (3 poll intervals by default).',
  },
  {
    name: 'HEALTH_MAX_CONSECUTIVE_FAILURES',
    kind: 'int',
    default: '3',
    description: '/health is degraded after this many failed polls in a row.',
  },
  {
    name: 'HEALTH_MAX_QUARANTINED',
    kind: 'int',
    default: '50',
    description: '/health is degraded when more records than this are in quarantine.',
  },
  {
    name: 'HEALTH_DEGRADED_503',
    kind: 'bool',
    default: 'false',
    description: 'Answer a degraded /health with HTTP 503 (for load balancers) instead of 200.',
  },
  {
    name: 'METRICS_TOKEN',
    kind: 'string',
    default: '',
    description:
      'If set, GET /metrics requires `Authorization: Bearer <token>` (set it when the api is reachable from outside; Prometheus sends it with `authorization: { credentials: … }`).',
  },
  {
    name: 'VOTES_DIVIDED_MIN_NAYS',
    kind: 'int',
    default: '1',
    description:
      'A City Council roll call is divided when at least this many alders vote Nay (0 is taken as 1); agreement on /votes and in alderAgreement counts divided roll calls only.',
  },
  {
    name: 'WEBHOOK_ALLOW_HOSTS',
    kind: 'string',
    default: '',
    description: 'Comma-separated host names or CIDRs that webhooks may reach although private (local testing only; e.g. 127.0.0.1/32).',
  },
  {
    name: 'WEBHOOK_TIMEOUT_MS',
    kind: 'int',
    default: '10000',
    description: 'Timeout of one webhook delivery attempt; only a 2xx answer counts as delivered.',
  },
  {
    name: 'WEBHOOK_DISABLE_AFTER_HOURS',
    kind: 'int',
    default: '72',
    description: 'A subscription whose deliveries have failed this long is disabled, with the reason recorded.',
  },
  {
    name: 'WEBHOOK_PAUSED_QUEUE_LIMIT',
    kind: 'int',
    default: '1000',
    description:
      'Events kept per paused or disabled subscription for delivery on resume (the newest; older ones are dropped and logged). A disabled subscription also drops those older than the retry window (71.7 h).',
  },
  {
    name: 'SMTP_URL',
    kind: 'string',
    default: '',
    description:
      'SMTP server for e-mail alerts, as a nodemailer URL (`smtps://user:pass@mail.example.org:465`, `smtp://127.0.0.1:2525`). Unset: e-mail alerts are off and the /alerts page says so.',
  },
  {
    name: 'SMTP_FROM',
    kind: 'string',
    default: 'Chicago legislation tracker <alerts@localhost>',
    description: 'From address of e-mail alerts (set it to an address of your domain, with SPF and DKIM in place).',
  },
  {
    name: 'ALERTS_DIGEST_HOUR',
    kind: 'int',
    default: '7',
    description: 'Hour of the day (Chicago time, 0-23) daily-digest alerts are sent, gathering the events since the last one.',
  },
  {
    name: 'ALERTS_SIGNUPS_PER_ADDRESS',
    kind: 'int',
    default: '5',
    description: 'Alert sign-ups accepted per e-mail address in 24 hours (each sends a confirmation message).',
  },
  {
    name: 'ALERTS_SIGNUPS_PER_CLIENT',
    kind: 'int',
    default: '20',
    description: 'Alert sign-ups accepted per client (IP address; see TRUST_PROXY) in 24 hours.',
  },
  {
    name: 'ALERTS_UNCONFIRMED_DAYS',
    kind: 'int',
    default: '7',
    description: 'Unconfirmed alert sign-ups (and their confirmation links) are deleted after this many days.',
  },
  {
    name: 'ALERTS_LOG_DAYS',
    kind: 'int',
    default: '30',
    description: 'Sent and failed alert messages and their attempt log are kept this many days.',
  },
  {
    name: 'SECRETS_KEY',
    kind: 'string',
    description:
      'Base64 of 32 random bytes (`openssl rand -base64 32`): encrypts webhook secrets at rest (AES-256-GCM). Set it in production, the same in every process. Unset: a key generated once into SECRETS_KEY_FILE.',
  },
  {
    name: 'SECRETS_PREVIOUS_KEYS',
    kind: 'string',
    default: '',
    description:
      'Comma-separated earlier SECRETS_KEY values, still accepted for reading; on start, secrets under them are re-encrypted with SECRETS_KEY (key rotation).',
  },
  {
    name: 'SECRETS_KEY_FILE',
    kind: 'string',
    default: './data/secrets.key',
    description: 'Where the generated key is kept (mode 0600) when SECRETS_KEY is unset.',
  },
  {
    name: 'GEOCODER_URL',
    kind: 'url',
    default: 'https://geocoding.geo.census.gov',
    description:
      "Base URL of the address geocoder behind /find-your-alder and `alderForAddress` (the U.S. Census Bureau's public geocoder, no key; its `/geocoder/locations/onelineaddress` API). Fetched only on this origin (OutboundPolicy).",
  },
  { name: 'GEOCODER_TIMEOUT_MS', kind: 'int', default: '8000', description: 'Timeout of one geocoder request.' },
  {
    name: 'ADDRESS_LOOKUP_LIMIT',
    kind: 'int',
    default: '10',
    description:
      'Address look-ups (page form and `alderForAddress`) per RATE_LIMIT_WINDOW_SECONDS per client IP, on top of RATE_LIMIT_ANONYMOUS: each one costs the geocoder a request. 0: no separate limit.',
  },
  {
    name: 'ELMS_FIXTURES_DIR',
    kind: 'string',
    description: 'Folder of eLMS captures served by `npm run replay` (default test/fixtures/elms, the project copies of the captures).',
  },
  {
    name: 'DEMO_MODE',
    kind: 'bool',
    default: 'false',
    description: 'Every web page shows a "demo data" banner (set by `npm run demo`, which serves replayed and synthetic records).',
  },
  { name: 'LOG_LEVEL', kind: 'string', default: 'log', description: 'Least level logged: error, warn, log, debug or verbose.' },
  { name: 'LOG_FORMAT', kind: 'string', default: 'text', description: 'text, or json for one JSON object per line.' },
];
