/**
 * Error types for the eLMS client. Each carries a stable `code` so callers (ingestion, alerting)
 * can branch on the failure kind without relying on `instanceof` across bundles or message text.
 */

export type ElmsErrorCode = 'ELMS_HTTP' | 'ELMS_TIMEOUT' | 'ELMS_NETWORK' | 'ELMS_PARSE' | 'ELMS_SCHEMA' | 'ELMS_PAGING';

export class ElmsError extends Error {
  readonly code: ElmsErrorCode;
  readonly url: string;

  constructor(code: ElmsErrorCode, message: string, url: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
    this.url = url;
  }
}

export class ElmsHttpError extends ElmsError {
  readonly status: number;
  readonly bodySnippet: string;
  /** How many HTTP requests were spent before giving up (1 for non-retryable statuses). */
  readonly attempts: number;

  constructor(url: string, status: number, bodySnippet: string, attempts = 1) {
    super('ELMS_HTTP', `GET ${url} answered HTTP ${status}${attempts > 1 ? ` after ${attempts} attempts` : ''}`, url);
    this.status = status;
    this.bodySnippet = bodySnippet;
    this.attempts = attempts;
  }
}

export class ElmsTimeoutError extends ElmsError {
  readonly timeoutMs: number;
  readonly attempts: number;

  constructor(url: string, timeoutMs: number, attempts: number, options?: { cause?: unknown }) {
    super('ELMS_TIMEOUT', `GET ${url} timed out after ${timeoutMs} ms (${attempts} attempts)`, url, options);
    this.timeoutMs = timeoutMs;
    this.attempts = attempts;
  }
}

/** Connection refused/reset, DNS failure, body stream cut off mid-read, etc. */
export class ElmsNetworkError extends ElmsError {
  readonly attempts: number;

  constructor(url: string, detail: string, attempts: number, options?: { cause?: unknown }) {
    super('ELMS_NETWORK', `GET ${url} failed: ${detail} (${attempts} attempts)`, url, options);
    this.attempts = attempts;
  }
}

/** The body was not JSON (or was truncated). `snippet` holds the start and end of what arrived. */
export class ElmsParseError extends ElmsError {
  readonly snippet: string;
  readonly bodyLength: number;
  readonly attempts: number;

  constructor(url: string, detail: string, body: string, attempts: number, options?: { cause?: unknown }) {
    super('ELMS_PARSE', `GET ${url} returned an unreadable body (${detail}; ${body.length} chars)`, url, options);
    this.snippet = snippetOf(body);
    this.bodyLength = body.length;
    this.attempts = attempts;
  }
}

export interface ElmsSchemaIssue {
  /** Dotted/bracketed path into the validated document, e.g. `actions[2].votes[0].vote`. */
  path: string;
  message: string;
}

export class ElmsSchemaError extends ElmsError {
  readonly issues: readonly ElmsSchemaIssue[];
  /**
   * Canonical JSON of the one record that failed, when the failure is a record's own (a detail or a
   * list row) rather than the response's shape: what quarantine keeps.
   */
  readonly raw: string | null;

  constructor(url: string, issues: readonly ElmsSchemaIssue[], raw: string | null = null) {
    super('ELMS_SCHEMA', schemaMessage(url, issues), url);
    this.issues = issues;
    this.raw = raw;
  }
}

export class ElmsPagingError extends ElmsError {
  constructor(url: string, message: string) {
    super('ELMS_PAGING', message, url);
  }
}

const MAX_NAMED_PATHS = 3;

function schemaMessage(url: string, issues: readonly ElmsSchemaIssue[]): string {
  const named = issues
    .slice(0, MAX_NAMED_PATHS)
    .map((i) => `${i.path || '(root)'}: ${i.message}`)
    .join('; ');
  const more = issues.length > MAX_NAMED_PATHS ? ` (+${issues.length - MAX_NAMED_PATHS} more)` : '';
  return `eLMS response from ${url} does not match the expected schema at ${named}${more}`;
}

const SNIPPET_HEAD = 300;
const SNIPPET_TAIL = 100;

/** Head and tail: for truncation the tail is what shows where the body stopped. */
export function snippetOf(body: string): string {
  if (body.length <= SNIPPET_HEAD + SNIPPET_TAIL) return body;
  return `${body.slice(0, SNIPPET_HEAD)} … ${body.slice(-SNIPPET_TAIL)}`;
}
