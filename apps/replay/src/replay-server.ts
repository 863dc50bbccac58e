/**
 * Offline replay of the Chicago City Clerk eLMS API (https://api.chicityclerkelms.chicago.gov) from a
 * folder of real captures (layout: see fixture-store.ts and apps/replay/README.md), with the live
 * API's paths, envelopes, paging and transport quirks, plus injectable faults for tests.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { CodePages } from './code-pages';
import { ElmsRoutes } from './elms-routes';
import { FaultPlan, type FaultRule } from './faults';
import { FixtureStore } from './fixture-store';
import { HttpError } from './http-error';
import { DEFAULT_RATE_LIMIT, RateLimiter, type RateLimitOptions } from './rate-limiter';

export type { FaultRule, FaultKind } from './faults';
export type { RateLimitOptions } from './rate-limiter';

export interface ReplayServerOptions {
  /** Fixtures folder (else $ELMS_FIXTURES_DIR, else <project root>/test/fixtures/elms). Ignored if `store` is given. */
  dir?: string;
  store?: FixtureStore;
  /** Serve at least this many matters, cloning the real ones (FixtureStore.scaleMatters). */
  scale?: number;
  /** With `scale`: mess the clones up like the real eLMS, deterministically from this seed (see mess.ts). */
  mess?: number;
  /**
   * Starting X-RateLimit-Remaining allowance (default 500, refilling 6.5/s). `false` turns throttling
   * off (header fixed at 500), e.g. for an ingest benchmark that should measure our code, not the bucket.
   */
  rateLimit?: RateLimitOptions | false;
  /** Double-encode /matter/{id} and /matter/recordNumber/{n} for Accept: application/json (default true). */
  doubleEncodeDetails?: boolean;
  /** Send `text/plain` instead of `application/json` on every response (a live quirk). */
  textPlain?: boolean;
  faults?: FaultRule[];
  /** Rewrites every successful body before faults and encoding; `path` includes the query string. */
  transform?: (path: string, body: unknown) => unknown;
  /** Municipal Code pages under the publisher's paths (default: built from test/fixtures/municipal-code). */
  codePages?: CodePages;
  /** Rewrites a code page's HTML before it is sent (tests derive drifted pages with it). */
  transformCodePage?: (path: string, html: string) => string;
  /**
   * Matter attachments served at /matterattachmentspublic/{file}, as on eLMS's blob storage: a map of
   * file name to a local file, or a folder whose files are served by name.
   */
  attachments?: Record<string, string> | string;
}

export interface RequestLogEntry {
  method: string;
  /** Path and query string as requested, e.g. `/matter?top=100&skip=0`. */
  path: string;
  /** 0 while unanswered (e.g. a 'hang' fault). */
  status: number;
  /** Epoch ms when the request arrived. */
  time: number;
  /** Which fault, if any, shaped the answer. */
  fault?: FaultRule['kind'] | 'rate-limit';
}

export interface ReplayServer {
  server: Server;
  codePages: CodePages;
  url: string;
  port: number;
  store: FixtureStore;
  requests: RequestLogEntry[];
  setFaults(rules: FaultRule[]): void;
  /** Re-reads the fixtures folder. */
  reload(): void;
  close(): Promise<void>;
}

export interface ReplayHandler {
  server: Server;
  codePages: CodePages;
  store: FixtureStore;
  requests: RequestLogEntry[];
  setFaults(rules: FaultRule[]): void;
  reload(): void;
}

const JSON_TYPE = 'application/json; charset=utf-8';
const TEXT_TYPE = 'text/plain; charset=utf-8';

/** Builds the (not yet listening) HTTP server. Use startReplayServer unless you manage listen() yourself. */
export function createReplayServer(opts: ReplayServerOptions = {}): ReplayHandler {
  const store = opts.store ?? FixtureStore.load(opts.dir);
  if (opts.scale !== undefined) store.scaleMatters(opts.scale);
  if (opts.mess !== undefined) store.mess(opts.mess);
  const routes = new ElmsRoutes(store);
  const limiter =
    opts.rateLimit === false
      ? { take: () => ({ allowed: true, remaining: DEFAULT_RATE_LIMIT.capacity }) }
      : new RateLimiter(opts.rateLimit ?? DEFAULT_RATE_LIMIT);
  const faults = new FaultPlan(opts.faults);
  const doubleEncode = opts.doubleEncodeDetails ?? true;
  const requests: RequestLogEntry[] = [];
  const codePages = opts.codePages ?? CodePages.load();

  /** Code pages and attachments are not JSON: they are answered here, byte for byte. */
  const serveDocument = (rawPath: string): { status: number; type: string; bytes: Buffer } | null => {
    const pathname = new URL(rawPath, 'http://replay.invalid').pathname;
    if (pathname.startsWith('/codes/')) {
      const html = codePages.get(pathname);
      if (html === undefined)
        return { status: 404, type: 'text/html; charset=utf-8', bytes: Buffer.from('<!DOCTYPE html><title>Not found</title>') };
      const out = opts.transformCodePage ? opts.transformCodePage(pathname, html) : html;
      return { status: 200, type: 'text/html; charset=utf-8', bytes: Buffer.from(out) };
    }
    const m = /^\/matterattachmentspublic\/([^/]+)$/.exec(pathname);
    if (!m) return null;
    const name = decodeURIComponent(m[1]!);
    const file = typeof opts.attachments === 'string' ? path.join(opts.attachments, path.basename(name)) : opts.attachments?.[name];
    if (!file || !existsSync(file))
      return {
        status: 404,
        type: 'application/xml',
        bytes: Buffer.from('<?xml version="1.0" encoding="utf-8"?><Error><Code>BlobNotFound</Code></Error>'),
      };
    const type = name.endsWith('.pdf')
      ? 'application/pdf'
      : name.endsWith('.docx')
        ? 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
        : 'application/octet-stream';
    return { status: 200, type, bytes: readFileSync(file) };
  };

  const handle = (req: IncomingMessage, res: ServerResponse): void => {
    const rawPath = req.url ?? '/';
    const entry: RequestLogEntry = { method: req.method ?? 'GET', path: rawPath, status: 0, time: Date.now() };
    requests.push(entry);

    const send = (status: number, payload: string, headers: Record<string, string | number> = {}): void => {
      entry.status = status;
      res.writeHead(status, {
        'Content-Type': opts.textPlain ? TEXT_TYPE : JSON_TYPE,
        'Content-Length': Buffer.byteLength(payload),
        ...headers,
      });
      res.end(payload);
    };

    const { allowed, remaining } = limiter.take();
    const rateHeader = { 'X-RateLimit-Remaining': remaining };
    if (!allowed) {
      entry.fault = 'rate-limit';
      send(429, JSON.stringify({ message: 'Rate limit exceeded. Try again later.' }), { ...rateHeader, 'Retry-After': 1 });
      return;
    }
    if (req.method !== 'GET') {
      send(405, JSON.stringify({ message: `The requested resource does not support http method '${req.method}'.` }), {
        ...rateHeader,
        Allow: 'GET',
      });
      return;
    }

    const fault = faults.take(rawPath);
    if (fault) entry.fault = fault.kind;
    if (fault?.kind === 'hang') return; // answered never; close() drops the socket
    if (fault?.kind === 'status') {
      const status = fault.status ?? 500;
      const headers: Record<string, string | number> = { ...rateHeader };
      if (fault.retryAfter !== undefined) headers['Retry-After'] = fault.retryAfter;
      send(status, JSON.stringify({ message: fault.message ?? `Injected fault: HTTP ${status}` }), headers);
      return;
    }
    if (fault?.kind === 'redirect') {
      send(fault.status ?? 302, '', { ...rateHeader, Location: fault.location! });
      return;
    }

    const document = serveDocument(rawPath);
    if (document) {
      let bytes = document.bytes;
      if (fault?.kind === 'truncate') bytes = bytes.subarray(0, Math.floor(bytes.length / 2));
      entry.status = document.status;
      res.writeHead(document.status, { 'Content-Type': document.type, 'Content-Length': bytes.length, ...rateHeader });
      res.end(bytes);
      return;
    }

    let status = 200;
    let body: unknown;
    let matterDetail = false;
    try {
      const url = new URL(rawPath, 'http://replay.invalid');
      let segments: string[];
      try {
        segments = url.pathname
          .split('/')
          .filter((s) => s !== '')
          .map(decodeURIComponent);
      } catch {
        throw new HttpError(400, `Malformed URL path ${url.pathname}.`);
      }
      const result = routes.handle(segments, url.searchParams);
      // Clone first: a transform that mutates in place must not corrupt the store for later requests.
      body = opts.transform ? opts.transform(rawPath, structuredClone(result.body)) : result.body;
      matterDetail = result.matterDetail === true;
    } catch (err) {
      if (!(err instanceof HttpError)) throw err;
      status = err.status;
      body = { message: err.message };
    }

    if (status === 200 && fault?.kind === 'drift') body = fault.patch!(structuredClone(body));
    let payload = JSON.stringify(body);
    const acceptsJson = /\bapplication\/json\b/i.test(req.headers.accept ?? '');
    if (status === 200 && matterDetail && doubleEncode && acceptsJson) payload = JSON.stringify(payload);
    if (fault?.kind === 'truncate') payload = payload.slice(0, Math.floor(payload.length / 2));
    // A stray character up front keeps the rest real but makes any JSON parser fail at position 0.
    if (fault?.kind === 'malformed') payload = `<${payload}`;
    send(status, payload, rateHeader);
  };

  const server = createServer((req, res) => {
    try {
      handle(req, res);
    } catch (err) {
      // A bug in a route or a test's transform/patch: answer 500 rather than crash the test run.
      const last = requests[requests.length - 1];
      if (last) last.status = 500;
      if (!res.headersSent) {
        const payload = JSON.stringify({ message: `Replay server error: ${(err as Error).message}` });
        res.writeHead(500, { 'Content-Type': JSON_TYPE, 'Content-Length': Buffer.byteLength(payload) });
        res.end(payload);
      }
    }
  });

  return {
    server,
    codePages,
    store,
    requests,
    setFaults: (rules) => faults.set(rules),
    reload: () => {
      store.reload();
    },
  };
}

/** Creates the server and listens (port 0 = ephemeral, host 127.0.0.1 by default). */
export async function startReplayServer(opts: ReplayServerOptions & { port?: number; host?: string } = {}): Promise<ReplayServer> {
  const handler = createReplayServer(opts);
  const { server } = handler;
  const host = opts.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const urlHost = host.includes(':') ? `[${host}]` : host;
  let closing: Promise<void> | undefined;
  return {
    ...handler,
    port,
    url: `http://${urlHost}:${port}`,
    close: () => {
      closing ??= new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        // Keep-alive sockets (undici keeps them) and 'hang' faults would otherwise hold close() open.
        server.closeAllConnections();
      });
      return closing;
    },
  };
}
