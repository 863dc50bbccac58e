import * as fs from 'fs';
import * as http from 'http';
import type { AddressInfo } from 'net';
import * as path from 'path';
import { SourceFetcher, SourceFetcherOptions } from '../../../../libs/scraper/src/elms';
import { resolveFixturesDir } from '../../../../apps/replay/src';

export const FIXTURES_DIR = resolveFixturesDir();

export const CAPTURES = {
  matterDetail: 'matter-detail-SO2025-0019977.json',
  meetingAgendaDetail: 'meeting-agenda-detail-city-council-2026-07-15.json',
  meetingList: 'meeting-list-2023-09.json',
  body: 'body-office-of-the-mayor.json',
  person: 'person-zalewski.json',
} as const;

/** Raw text of a real capture; fails loudly rather than skipping when the fixtures are absent. */
export function loadCaptureText(name: string): string {
  const file = path.join(FIXTURES_DIR, name);
  if (!fs.existsSync(file)) {
    throw new Error(`eLMS capture ${file} not found; set ELMS_FIXTURES_DIR to the directory holding the real captures`);
  }
  return fs.readFileSync(file, 'utf8');
}

export function loadCapture<T = any>(name: string): T {
  return JSON.parse(loadCaptureText(name)) as T;
}

export interface RecordedRequest {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
}

export interface TestServer {
  baseUrl: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

export type Handler = (req: http.IncomingMessage, res: http.ServerResponse, index: number) => void;

export async function startServer(handler: Handler): Promise<TestServer> {
  const requests: RecordedRequest[] = [];
  const server = http.createServer((req, res) => {
    requests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers });
    handler(req, res, requests.length - 1);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export function sendJson(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
  res.end(text);
}

/** A virtual clock: sleeping advances time instantly and is recorded. */
export function fakeClock(start = Date.UTC(2026, 6, 20, 12, 0, 0)) {
  let t = start;
  const sleeps: number[] = [];
  return {
    now: () => t,
    sleep: async (ms: number) => {
      sleeps.push(ms);
      t += Math.max(0, ms);
    },
    advance: (ms: number) => {
      t += ms;
    },
    sleeps,
  };
}

/** Fast fetcher for tests: virtual clock, tiny backoffs, deterministic jitter. */
export function testFetcher(baseUrl: string, overrides: Partial<SourceFetcherOptions> = {}) {
  const clock = fakeClock();
  const fetcher = new SourceFetcher({
    baseUrl,
    userAgent: 'chi-legislation-tracker-test/1.0 (+mailto:test@example.org)',
    requestsPerSecond: 2,
    timeoutMs: 2000,
    maxRetries: 3,
    backoffBaseMs: 10,
    backoffMaxMs: 100,
    now: clock.now,
    sleep: clock.sleep,
    random: () => 0.5,
    ...overrides,
  });
  return { fetcher, clock };
}
