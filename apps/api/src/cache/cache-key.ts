import { createHash } from 'node:crypto';
import type { Request } from 'express';
import { readWardCookie } from '../web/ward-cookie';

export const GRAPHQL_PATH = '/graphql';

/** Never cached: probes, the metrics scrape, the development explorer; assets are immutable already. */
const UNCACHED_PREFIXES = ['/health', '/metrics', '/graphiql', '/assets/'];

/** Larger query texts or variables are not worth a key (and a key must stay cheap to build). */
const MAX_KEY_PART = 16_384;

export interface GraphqlCacheKey {
  kind: 'graphql';
  key: string;
  /** sha256 hex of the query text (the APQ hash, given or computed). */
  hash: string;
  /** The query text when the request carries it (a persisted-query GET carries only the hash). */
  query: string | null;
  operationName: string | null;
}

export interface PageCacheKey {
  kind: 'page';
  key: string;
}

export type CacheKey = GraphqlCacheKey | PageCacheKey;

/** What a key is computed from: an Express request, or CacheHitsFirst's view of a raw one. */
export type KeyedRequest = Pick<Request, 'method' | 'headers' | 'path' | 'query' | 'body' | 'originalUrl'>;

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

function parsed(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value);
  } catch {
    return undefined;
  }
}

function persistedHash(extensions: unknown): string | null {
  const pq = (parsed(extensions) as { persistedQuery?: { version?: unknown; sha256Hash?: unknown } } | undefined)?.persistedQuery;
  return pq && pq.version === 1 && typeof pq.sha256Hash === 'string' && /^[0-9a-f]{64}$/.test(pq.sha256Hash) ? pq.sha256Hash : null;
}

function text(value: unknown): string | null {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value.length <= MAX_KEY_PART ? value : null;
  const json = JSON.stringify(value);
  return json.length <= MAX_KEY_PART ? json : null;
}

/** The primary language the reader asked for: the GraphQL key varies by it, as a localized field would. */
function language(req: KeyedRequest): string {
  const header = req.headers['accept-language'];
  return typeof header === 'string' ? header.slice(0, 2).toLowerCase() : '';
}

function graphqlKey(req: KeyedRequest): GraphqlCacheKey | null {
  const source = (req.method === 'GET' ? req.query : req.body) as Record<string, unknown> | undefined;
  if (!source || typeof source !== 'object' || Array.isArray(source)) return null;
  const query = typeof source.query === 'string' && source.query.length <= MAX_KEY_PART ? source.query : null;
  if (source.query !== undefined && query === null) return null;
  const hash = persistedHash(source.extensions) ?? (query ? sha256Hex(query) : null);
  const variables = text(source.variables);
  const operationName = typeof source.operationName === 'string' ? source.operationName : null;
  if (!hash || variables === null) return null;
  // The answer's form depends on what the client accepts (application/json or graphql-response+json).
  const accept = req.headers.accept ?? '';
  return {
    kind: 'graphql',
    key: `${req.method} gql ${hash} ${operationName ?? ''} ${variables} ${language(req)} ${accept}`,
    hash,
    query,
    operationName,
  };
}

/**
 * What a request would be cached under, or null when it must not be: anything with credentials
 * (an operator's answers differ), a reader's remembered ward (pages then name their alder), anything
 * but GET pages/feeds and GET/POST GraphQL, and the probes.
 */
export function cacheKeyOf(req: KeyedRequest): CacheKey | null {
  if (req.headers.authorization !== undefined) return null;
  if (readWardCookie(req) !== null) return null;
  if (req.path === GRAPHQL_PATH) return req.method === 'GET' || req.method === 'POST' ? graphqlKey(req) : null;
  if (req.method !== 'GET' || UNCACHED_PREFIXES.some((p) => req.path.startsWith(p))) return null;
  // Pages take their language from ?lang=, so the URL is the key.
  return req.originalUrl.length <= MAX_KEY_PART ? { kind: 'page', key: `GET page ${req.originalUrl}` } : null;
}
