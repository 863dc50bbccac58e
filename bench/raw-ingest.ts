/**
 * The benchmark's baseline: the least work that still moves the same matter documents from eLMS
 * into the database. Plain fetch + JSON.parse, no validation, no mapping, no raw-document store, one
 * `(matter_id, doc jsonb)` row per matter, one transaction per step. Same walk as the backfill:
 * list pages of `pageSize` sorted by introductionDate asc, details fetched one after another, a
 * commit every `stepSize` matters.
 */
import type { RawSql } from './bench-db';

export const RAW_TABLE = 'bench_raw_matter';

export interface RawIngestOptions {
  baseUrl: string;
  sql: RawSql;
  pageSize: number;
  stepSize: number;
  userAgent: string;
  onProgress?: (processed: number, total: number) => void;
}

export interface RawIngestResult {
  matters: number;
  listRequests: number;
  detailRequests: number;
  bytes: number;
}

/** Parses a JSON body; eLMS double-encodes details for Accept: application/json, so a string is parsed again. */
export function parseMaybeDoubleEncoded(text: string): { json: unknown; text: string } {
  let json: unknown = JSON.parse(text);
  let inner = text;
  if (typeof json === 'string') {
    inner = json;
    json = JSON.parse(json);
  }
  return { json, text: inner };
}

async function getText(url: string, userAgent: string): Promise<string> {
  const res = await fetch(url, { headers: { 'User-Agent': userAgent, Accept: 'application/json' } });
  const text = await res.text();
  if (res.status !== 200) throw new Error(`GET ${url}: HTTP ${res.status} ${text.slice(0, 200)}`);
  return text;
}

/** Drops and recreates the baseline table (outside the timed section). */
export async function resetRawTable(sql: RawSql): Promise<void> {
  await sql.query(`DROP TABLE IF EXISTS ${RAW_TABLE}`);
  await sql.query(`CREATE TABLE ${RAW_TABLE} (matter_id text PRIMARY KEY, doc jsonb NOT NULL)`);
}

export async function rawFetchAndInsert(opts: RawIngestOptions): Promise<RawIngestResult> {
  const base = opts.baseUrl.replace(/\/+$/, '');
  const result: RawIngestResult = { matters: 0, listRequests: 0, detailRequests: 0, bytes: 0 };
  let pending: string[] = [];
  let total = 0;

  const flush = async (): Promise<void> => {
    const docs: { id: string; text: string }[] = [];
    for (const id of pending) {
      const body = await getText(`${base}/matter/${encodeURIComponent(id)}`, opts.userAgent);
      result.detailRequests++;
      result.bytes += body.length;
      const { json, text } = parseMaybeDoubleEncoded(body);
      const matterId = (json as { matterId?: unknown } | null)?.matterId;
      if (typeof matterId !== 'string' || matterId.trim() !== id) throw new Error(`detail for ${id} has matterId ${String(matterId)}`);
      docs.push({ id, text });
    }
    await opts.sql.transaction(async (q) => {
      for (const d of docs) {
        await q(`INSERT INTO ${RAW_TABLE} (matter_id, doc) VALUES ($1, $2::jsonb)`, [d.id, d.text]);
      }
    });
    result.matters += docs.length;
    pending = [];
    opts.onProgress?.(result.matters, total);
  };

  for (let skip = 0; ;) {
    const url = `${base}/matter?sort=${encodeURIComponent('introductionDate asc')}&top=${opts.pageSize}&skip=${skip}`;
    const body = await getText(url, opts.userAgent);
    result.listRequests++;
    result.bytes += body.length;
    const page = parseMaybeDoubleEncoded(body).json as { data?: { matterId?: string }[]; meta?: { count?: number } };
    const rows = page.data ?? [];
    total = page.meta?.count ?? total;
    if (rows.length === 0) break;
    for (const row of rows) {
      if (typeof row.matterId !== 'string') throw new Error(`list row without matterId at skip ${skip}`);
      pending.push(row.matterId.trim());
      if (pending.length >= opts.stepSize) await flush();
    }
    skip += rows.length;
    if (skip >= total) break;
  }
  if (pending.length) await flush();
  return result;
}
