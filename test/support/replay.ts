import { startReplayServer, ReplayServer, ReplayServerOptions } from '../../apps/replay/src';

/** The replay server over the real captures in test/fixtures (or ELMS_FIXTURES_DIR), rate limit off. */
export function startReplay(opts: ReplayServerOptions = {}): Promise<ReplayServer> {
  return startReplayServer({ rateLimit: false, ...opts, port: 0 });
}

/** Environment pointing the app at a replay server, with fast retries so failure tests stay quick. */
export function replayEnv(replay: ReplayServer): Record<string, string> {
  return {
    ELMS_BASE_URL: replay.url,
    ELMS_DOCUMENTS_BASE_URL: replay.url,
    CODE_LIBRARY_BASE_URL: replay.url,
    CODE_LIBRARY_REQUESTS_PER_SECOND: '1000',
    ELMS_REQUESTS_PER_SECOND: '1000',
    ELMS_MAX_RETRIES: '2',
    ELMS_BACKOFF_BASE_MS: '5',
    ELMS_TIMEOUT_MS: '2000',
    SCHEDULER_ENABLED: 'false',
  };
}
