/** Public surface of the eLMS replay server, for tests and the ingest benchmark. */
export { startReplayServer, createReplayServer } from './replay-server';
export type { ReplayServer, ReplayHandler, ReplayServerOptions, RequestLogEntry } from './replay-server';
export { FixtureStore, resolveFixturesDir, findProjectRoot, FIXTURES_DIR_ENV, recordNumberKey } from './fixture-store';
export type { StoredMeeting, StoreSummary } from './fixture-store';
export type { FaultRule, FaultKind } from './faults';
export type { RateLimitOptions } from './rate-limiter';
export { parseFilter, matchesFilter, FilterError } from './odata-filter';
export { flatMeeting, groupedMeeting, matterListRow, meetingListRow } from './elms-routes';
export { DEFAULT_TOP, MAX_TOP, MAX_SKIP } from './list-query';
export { CodePages } from './code-pages';
export { projectFixturesDir } from './fixtures-dir';
export { MESS_RATES, messUp, type MessManifest, type FlaggedMess } from './mess';
