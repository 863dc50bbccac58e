/*
 * Streaming CSV/JSON export writer — libs/core/src/export/tabular-export.ts, exported from '@app/core'.
 *
 * Usage (a repository reads batches, the writer turns rows into text chunks, the edge pipes them out):
 *
 *   import { exportChunks, keysetBatches, type ExportColumn } from '@app/core';
 *
 *   const columns: ExportColumn<VoteRow>[] = [
 *     { name: 'record_number', value: (r) => r.recordNumber },   // names are the file's stable contract
 *     { name: 'alder', value: (r) => r.alderName },              // strings, numbers, booleans, Dates, null
 *     { name: 'vote_date', value: (r) => r.date },               // Date -> ISO 8601; null/undefined -> empty
 *   ];
 *   // keysetBatches asks for the next batch after the last row it got (null first), until a short batch:
 *   const rows = keysetBatches<VoteRow>((after, limit) => repo.votesAfter(after?.id ?? null, limit), 500);
 *   const chunks = exportChunks('csv', rows, columns);           // AsyncIterable<string>
 *   // In apps/api: await sendExport(res, { format: 'csv', filename: 'roll-calls', chunks })
 *   // (apps/api/src/web/send-export.ts sets the headers and pipes with backpressure).
 *
 * CSV: UTF-8 with a BOM (spreadsheet programs then read "Peña" right), a header row, CRLF line ends, fields
 * quoted per RFC 4180 when they hold a comma, quote, CR or LF (quotes doubled). A string cell starting with
 * = + - @ or a tab is prefixed with ' so a spreadsheet shows it instead of running it as a formula (OWASP
 * "CSV injection"); numbers are written as numbers. JSON: one array of objects keyed by the column names.
 *
 * Memory stays flat: rows are read in batches (one query per batch; no transaction is held between batches,
 * so on PGlite's single session other requests run in between) and text leaves in ~64 KiB chunks.
 * The first chunk is yielded only after the first row was read, so a query that fails at once fails before
 * any response header is sent (the caller can still answer with a proper error).
 */

export type ExportFormat = 'csv' | 'json';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['csv', 'json'];

export type ExportValue = string | number | boolean | Date | null | undefined;

export interface ExportColumn<T> {
  /** The column's name in the CSV header and the JSON key: part of the published file format. */
  readonly name: string;
  readonly value: (row: T) => ExportValue;
}

/** The UTF-8 byte order mark, as a character: the text is encoded as UTF-8 by whoever writes it. */
export const CSV_BOM = '\uFEFF';
const FLUSH_AT = 64 * 1024;

/** Reads rows in batches: `fetch(lastRowOfPreviousBatch | null, limit)` until a batch comes back short. */
export async function* keysetBatches<T>(fetch: (after: T | null, limit: number) => Promise<T[]>, batchSize = 500): AsyncGenerator<T> {
  let after: T | null = null;
  for (;;) {
    const batch = await fetch(after, batchSize);
    yield* batch;
    if (batch.length < batchSize) return;
    after = batch[batch.length - 1];
  }
}

export function exportChunks<T>(
  format: ExportFormat,
  rows: AsyncIterable<T> | Iterable<T>,
  columns: readonly ExportColumn<T>[],
): AsyncGenerator<string> {
  return format === 'csv' ? csvChunks(rows, columns) : jsonChunks(rows, columns);
}

export async function* csvChunks<T>(rows: AsyncIterable<T> | Iterable<T>, columns: readonly ExportColumn<T>[]): AsyncGenerator<string> {
  let buffer = CSV_BOM + columns.map((c) => csvField(c.name)).join(',') + '\r\n';
  for await (const row of rows) {
    buffer += columns.map((c) => csvField(c.value(row))).join(',') + '\r\n';
    if (buffer.length >= FLUSH_AT) {
      yield buffer;
      buffer = '';
    }
  }
  yield buffer;
}

export async function* jsonChunks<T>(rows: AsyncIterable<T> | Iterable<T>, columns: readonly ExportColumn<T>[]): AsyncGenerator<string> {
  let buffer = '[';
  let first = true;
  for await (const row of rows) {
    const record: Record<string, string | number | boolean | null> = {};
    for (const c of columns) record[c.name] = jsonValue(c.value(row));
    buffer += (first ? '\n' : ',\n') + JSON.stringify(record);
    first = false;
    if (buffer.length >= FLUSH_AT) {
      yield buffer;
      buffer = '';
    }
  }
  yield buffer + (first ? ']\n' : '\n]\n');
}

/** One CSV field: RFC 4180 quoting, formula-looking text defused. */
export function csvField(value: ExportValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  let text = value instanceof Date ? value.toISOString() : value;
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function jsonValue(value: ExportValue): string | number | boolean | null {
  if (value === undefined || value === null) return null;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'number' && !Number.isFinite(value)) return null;
  return value;
}
