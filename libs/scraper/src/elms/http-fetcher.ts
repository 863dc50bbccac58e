import { MAX_SOURCE_REDIRECTS, OutboundPolicy, OutboundTargetRefusedError } from '@app/core';
import { ElmsHttpError, ElmsNetworkError, ElmsParseError, ElmsTimeoutError, snippetOf } from './elms.errors';
import { Clock, defaultSleep, parseRetryAfter, RateLimiter, Sleep } from './rate-limiter';

export const ELMS_BASE_URL = 'https://api.chicityclerkelms.chicago.gov';

/** Structural subset of Nest's Logger / console, so callers can pass either. */
export interface ElmsLogger {
  warn(message: string): void;
  debug?(message: string): void;
}

export type FetchImpl = (
  input: string,
  init: { method: 'GET'; headers: Record<string, string>; signal: AbortSignal; redirect: 'manual' },
) => Promise<Response>;

/** The part of the outbound policy a fetcher needs: is this URL, or this redirect, on a source host? */
export type SourceUrlPolicy = Pick<OutboundPolicy, 'assertSourceUrl' | 'assertSourceRedirect'>;

export interface SourceFetcherOptions {
  baseUrl?: string;
  /** Identify the tracker and a contact; the clerk's office has no other way to reach us. */
  userAgent: string;
  requestsPerSecond?: number;
  timeoutMs?: number;
  /** Retries after the first attempt (so maxRetries 5 = up to 6 requests). */
  maxRetries?: number;
  backoffBaseMs?: number;
  backoffMaxMs?: number;
  /** Upper bound on a single Retry-After wait, so a hostile header cannot park us for hours. */
  retryAfterMaxMs?: number;
  fetchImpl?: FetchImpl;
  sleep?: Sleep;
  now?: Clock;
  /** In [0, 1); used for full jitter. */
  random?: () => number;
  logger?: ElmsLogger;
  /** Share one limiter between fetchers, or tune low-water/pause settings. */
  rateLimiter?: RateLimiter;
  /** Which hosts may be fetched and redirected to (default: baseUrl's origin only). */
  sourcePolicy?: SourceUrlPolicy;
}

export type QueryValue = string | number | boolean | null | undefined;
export type Query = Record<string, QueryValue>;

export interface SourceFetchResult {
  url: string;
  status: number;
  fetchedAt: Date;
  /** The JSON text an object was parsed from (the inner text when the body was double-encoded). */
  text: string;
  json: unknown;
  rateLimitRemaining?: number;
}

export interface FetchedBytes {
  url: string;
  status: number;
  fetchedAt: Date;
  bytes: Uint8Array;
  contentType: string | null;
}

type Decoder<T> = (url: string, status: number, fetchedAt: Date, response: Response, body: Buffer, attempt: number) => T | AttemptFailure;

function isFailure<T>(outcome: T | AttemptFailure): outcome is AttemptFailure {
  return typeof outcome === 'object' && outcome !== null && 'retryable' in outcome && 'error' in outcome;
}

/** Why an attempt failed and whether another attempt may help. */
interface AttemptFailure {
  retryable: boolean;
  /** An ElmsError, or OutboundTargetRefusedError for a URL or redirect off the source hosts. */
  error: Error;
  /** Server-requested wait (429 Retry-After), overriding the jittered backoff. */
  retryAfterMs?: number;
}

/**
 * Polite GET of one source host (eLMS, its attachment store, the code publisher): rate limit, retries with
 * jittered backoff, Retry-After, timeouts, redirects checked against the outbound policy. Named for what it
 * fetches from, not for eLMS: the documents and code syncs use it for other hosts.
 */
export class SourceFetcher {
  readonly baseUrl: string;
  private readonly userAgent: string;
  private readonly timeoutMs: number;
  private readonly maxRetries: number;
  private readonly backoffBaseMs: number;
  private readonly backoffMaxMs: number;
  private readonly retryAfterMaxMs: number;
  private readonly fetchImpl: FetchImpl;
  private readonly sleep: Sleep;
  private readonly now: Clock;
  private readonly random: () => number;
  private readonly logger?: ElmsLogger;
  private readonly limiter: RateLimiter;
  private readonly sourcePolicy: SourceUrlPolicy;
  private requests = 0;
  private retries = 0;
  private readonly outcomes = new Map<string, number>();

  constructor(options: SourceFetcherOptions) {
    if (!options.userAgent?.trim()) throw new Error('SourceFetcher needs a userAgent');
    this.baseUrl = (options.baseUrl ?? ELMS_BASE_URL).replace(/\/+$/, '');
    this.userAgent = options.userAgent;
    this.timeoutMs = options.timeoutMs ?? 20_000;
    this.maxRetries = options.maxRetries ?? 5;
    this.backoffBaseMs = options.backoffBaseMs ?? 500;
    this.backoffMaxMs = options.backoffMaxMs ?? 30_000;
    this.retryAfterMaxMs = options.retryAfterMaxMs ?? 5 * 60_000;
    this.fetchImpl = options.fetchImpl ?? ((input, init) => fetch(input, init));
    this.sleep = options.sleep ?? defaultSleep;
    this.now = options.now ?? Date.now;
    this.random = options.random ?? Math.random;
    this.logger = options.logger;
    this.limiter =
      options.rateLimiter ?? new RateLimiter({ requestsPerSecond: options.requestsPerSecond, now: this.now, sleep: this.sleep });
    this.sourcePolicy = options.sourcePolicy ?? new OutboundPolicy([this.baseUrl]);
  }

  /** HTTP requests actually sent, retries included: the cost of a poll. */
  get requestCount(): number {
    return this.requests;
  }

  /** Of `requestCount`, how many were retries. */
  get retryCount(): number {
    return this.retries;
  }

  /** Requests so far by outcome: the HTTP status, or `timeout` / `network` (for /metrics). */
  get requestsByOutcome(): ReadonlyMap<string, number> {
    return this.outcomes;
  }

  private countOutcome(outcome: string): void {
    this.outcomes.set(outcome, (this.outcomes.get(outcome) ?? 0) + 1);
  }

  /** `path` is appended to baseUrl as is; callers encode path segments (see `encodePathSegment`). */
  buildUrl(path: string, query?: Query): string {
    const qs = Object.entries(query ?? {})
      .filter((entry): entry is [string, string | number | boolean] => entry[1] !== undefined && entry[1] !== null)
      // encodeURIComponent, not URLSearchParams: spaces must be %20 and `+` in offsets %2B.
      .map(([k, v]) => `${encodeQueryComponent(k)}=${encodeQueryComponent(String(v))}`)
      .join('&');
    const sep = path.startsWith('/') ? '' : '/';
    return `${this.baseUrl}${sep}${path}${qs ? `?${qs}` : ''}`;
  }

  async get(path: string, query?: Query): Promise<SourceFetchResult> {
    return this.withRetries<SourceFetchResult>(
      this.buildUrl(path, query),
      'application/json',
      (url, status, fetchedAt, response, body, attempt) => {
        const decoded = decodeJson(body.toString('utf8'));
        if ('failure' in decoded) {
          // Usually a body cut short by a proxy or a dropped connection; another attempt can fix it.
          return { retryable: true, error: new ElmsParseError(url, decoded.failure, body.toString('utf8'), attempt) };
        }
        return {
          url,
          status,
          fetchedAt,
          text: decoded.text,
          json: decoded.json,
          rateLimitRemaining: parseRemaining(response.headers.get('x-ratelimit-remaining')),
        };
      },
    );
  }

  /**
   * A document (an attachment PDF, a code page) by absolute URL or path, with the same politeness,
   * retries and error reporting as API calls. An empty body counts as truncated and is retried.
   */
  async getBytes(pathOrUrl: string, accept = '*/*'): Promise<FetchedBytes> {
    const url = /^https?:\/\//i.test(pathOrUrl) ? pathOrUrl : this.buildUrl(pathOrUrl);
    return this.withRetries<FetchedBytes>(url, accept, (u, status, fetchedAt, response, body, attempt) => {
      if (body.length === 0) return { retryable: true, error: new ElmsParseError(u, 'empty body', '', attempt) };
      return { url: u, status, fetchedAt, bytes: new Uint8Array(body), contentType: response.headers.get('content-type') };
    });
  }

  private async withRetries<T>(url: string, accept: string, decode: Decoder<T>): Promise<T> {
    // Refused before any request: a URL from source data or an operator that is off the source hosts.
    this.sourcePolicy.assertSourceUrl(url);
    for (let attempt = 1; ; attempt++) {
      await this.limiter.acquire();
      this.requests++;
      if (attempt > 1) this.retries++;
      const outcome = await this.attempt(url, attempt, accept, decode);
      if (!isFailure(outcome)) return outcome;

      if (!outcome.retryable || attempt > this.maxRetries) throw outcome.error;
      const delay = outcome.retryAfterMs !== undefined ? Math.min(outcome.retryAfterMs, this.retryAfterMaxMs) : this.backoffDelay(attempt);
      this.logger?.warn(`${outcome.error.message}; retry ${attempt}/${this.maxRetries} in ${delay} ms`);
      if (outcome.retryAfterMs !== undefined) {
        // Everyone sharing the limiter should respect the server's request, not just this call.
        this.limiter.pauseFor(delay);
      } else {
        await this.sleep(delay);
      }
    }
  }

  /** Full jitter: uniform in [0, min(max, base * 2^(attempt-1))]. */
  private backoffDelay(attempt: number): number {
    const ceiling = Math.min(this.backoffMaxMs, this.backoffBaseMs * 2 ** (attempt - 1));
    return Math.round(this.random() * ceiling);
  }

  private async attempt<T>(url: string, attempt: number, accept: string, decode: Decoder<T>): Promise<T | AttemptFailure> {
    const fetchedAt = new Date(this.now());
    const signal = AbortSignal.timeout(this.timeoutMs);
    let response: Response;
    let body: Buffer;
    try {
      response = await this.fetchFollowingSourceRedirects(url, accept, signal);
      // The timeout signal also covers the body read: a stalled stream counts as a timeout.
      body = Buffer.from(await response.arrayBuffer());
    } catch (err) {
      if (err instanceof OutboundTargetRefusedError) return { retryable: false, error: err };
      this.countOutcome(signal.aborted ? 'timeout' : 'network');
      return this.transportFailure(url, err, signal, attempt);
    }
    this.countOutcome(String(response.status));

    this.limiter.observeRemaining(parseRemaining(response.headers.get('x-ratelimit-remaining')));
    const status = response.status;
    const snippet = () => snippetOf(body.toString('utf8'));

    if (status === 429) {
      return {
        retryable: true,
        error: new ElmsHttpError(url, status, snippet(), attempt),
        retryAfterMs: parseRetryAfter(response.headers.get('retry-after'), this.now()),
      };
    }
    if (status >= 500) return { retryable: true, error: new ElmsHttpError(url, status, snippet(), attempt) };
    if (status < 200 || status >= 300) {
      return { retryable: false, error: new ElmsHttpError(url, status, snippet(), attempt) };
    }
    return decode(url, status, fetchedAt, response, body, attempt);
  }

  /**
   * Redirects are followed by hand, each hop checked by the source policy, so a source cannot send a
   * fetch to another host (a metadata service, an internal address) or from https down to http.
   */
  private async fetchFollowingSourceRedirects(url: string, accept: string, signal: AbortSignal): Promise<Response> {
    let current = url;
    for (let hop = 0; ; hop++) {
      const response = await this.fetchImpl(current, {
        method: 'GET',
        headers: { 'User-Agent': this.userAgent, Accept: accept },
        signal,
        redirect: 'manual',
      });
      const location = REDIRECT_STATUSES.has(response.status) ? response.headers.get('location') : null;
      if (location === null) return response;
      await response.body?.cancel();
      const next = this.sourcePolicy.assertSourceRedirect(current, location);
      if (hop >= MAX_SOURCE_REDIRECTS) {
        throw new OutboundTargetRefusedError('URL_NOT_SOURCE', `GET ${url}: more than ${MAX_SOURCE_REDIRECTS} redirects`);
      }
      this.logger?.debug?.(`GET ${current} redirected to ${next.href}`);
      current = next.href;
    }
  }

  private transportFailure(url: string, err: unknown, signal: AbortSignal, attempt: number): AttemptFailure {
    // Duck-typed: the DOMException may come from another realm (e.g. under jest), failing instanceof.
    const name = (err as { name?: unknown } | null)?.name;
    if (signal.aborted || name === 'TimeoutError') {
      return { retryable: true, error: new ElmsTimeoutError(url, this.timeoutMs, attempt, { cause: err }) };
    }
    const detail = describeNetworkError(err);
    return { retryable: true, error: new ElmsNetworkError(url, detail, attempt, { cause: err }) };
  }
}

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/** Encode one path segment; keeps trailing spaces as %20 (needed for record-number lookups). */
export function encodePathSegment(value: string): string {
  return encodeURIComponent(value);
}

/**
 * encodeURIComponent plus RFC 3986 reserved `!'()*`, so the URL we report (and log) is exactly
 * what fetch puts on the wire (it would escape the quotes in `type eq 'Ordinance'` itself).
 */
function encodeQueryComponent(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

function parseRemaining(header: string | null): number | undefined {
  if (header == null || header.trim() === '') return undefined;
  const n = Number(header);
  return Number.isFinite(n) ? n : undefined;
}

/**
 * Parses without trusting content-type (text/plain happens). `/matter/{id}` with
 * `Accept: application/json` answers with a JSON string containing the JSON, so a string result is
 * parsed once more.
 */
export function decodeJson(body: string): { text: string; json: unknown } | { failure: string } {
  let text = body.charCodeAt(0) === 0xfeff ? body.slice(1) : body;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    return { failure: err instanceof Error ? err.message : String(err) };
  }
  if (typeof json === 'string') {
    text = json;
    try {
      json = JSON.parse(text);
    } catch (err) {
      return { failure: `double-encoded body: ${err instanceof Error ? err.message : String(err)}` };
    }
  }
  if (json === null || typeof json !== 'object') {
    return { failure: `expected a JSON object or array, got ${json === null ? 'null' : typeof json}` };
  }
  return { text, json };
}

function describeNetworkError(err: unknown): string {
  if (!(err instanceof Error)) return String(err);
  // undici wraps the interesting part (ECONNRESET, ECONNREFUSED, "other side closed") in `cause`.
  const cause = (err as { cause?: unknown }).cause;
  const causeText = cause instanceof Error ? `: ${(cause as { code?: string }).code ?? cause.message}` : '';
  return `${err.message}${causeText}`;
}
