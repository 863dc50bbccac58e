import { gunzipSync, gzipSync } from 'node:zlib';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { chunk, timeOrderedUuid } from '@app/core';
import { DataSource, EntityManager, In } from 'typeorm';
import { RawDocumentEntity } from '../entities/raw-document.entity';

export interface RawDocumentInput {
  kind: string;
  sourceId: string;
  url: string;
  fetchedAt: Date;
  contentHash: string;
  text: string;
}

const STORE = `
  WITH input AS (
    SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, kind text, "sourceId" text, url text, "fetchedAt" timestamptz,
           "contentHash" text, body text, "byteLength" int)),
  kept AS (
    SELECT r.id, r.kind, r.source_id AS "sourceId", r.content_hash AS "contentHash"
      FROM raw_document r JOIN input i ON r.source = 'elms' AND r.kind = i.kind AND r.source_id = i."sourceId" AND r.content_hash = i."contentHash"),
  added AS (
    INSERT INTO raw_document (id, source, kind, source_id, url, fetched_at, content_hash, body_gzip, byte_length, scrape_run_id)
    SELECT id, 'elms', kind, "sourceId", url, "fetchedAt", "contentHash", decode(body, 'base64'), "byteLength", $2::uuid FROM input
    ON CONFLICT (source, kind, source_id, content_hash) DO NOTHING
    RETURNING id, kind, source_id AS "sourceId", content_hash AS "contentHash")
  SELECT * FROM kept UNION ALL SELECT * FROM added`;

@Injectable()
export class RawDocumentRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Stores each document once per distinct content; an identical re-fetch writes nothing and
   * returns the id of the copy already kept. Keys are `${kind}:${sourceId}:${hash}`. One statement
   * per 500 documents: the insert skips kept copies, and the same statement reads their ids (its
   * snapshot predates the insert, so the two halves never overlap).
   */
  async store(docs: RawDocumentInput[], scrapeRunId: string, tx: EntityManager): Promise<Map<string, string>> {
    const ids = new Map<string, string>();
    const key = (d: { kind: string; sourceId: string; contentHash: string }) => `${d.kind}:${d.sourceId}:${d.contentHash}`;
    for (const part of chunk(dedupe(docs, key), 500)) {
      const rows = part.map((d) => ({
        id: timeOrderedUuid(),
        kind: d.kind,
        sourceId: d.sourceId,
        url: d.url,
        fetchedAt: d.fetchedAt,
        contentHash: d.contentHash,
        body: gzipSync(Buffer.from(d.text, 'utf8')).toString('base64'),
        byteLength: Buffer.byteLength(d.text),
      }));
      const stored: { id: string; kind: string; sourceId: string; contentHash: string }[] = await tx.query(STORE, [
        JSON.stringify(rows),
        scrapeRunId,
      ]);
      for (const r of stored) ids.set(key(r), r.id);
    }
    return ids;
  }

  async readJson(ids: string[]): Promise<Map<string, { json: unknown; fetchedAt: Date; url: string }>> {
    const out = new Map<string, { json: unknown; fetchedAt: Date; url: string }>();
    for (const part of chunk(ids)) {
      for (const r of await this.dataSource.manager.find(RawDocumentEntity, { where: { id: In(part) } })) {
        out.set(r.id, { json: JSON.parse(gunzipSync(r.bodyGzip).toString('utf8')), fetchedAt: r.fetchedAt, url: r.url });
      }
    }
    return out;
  }
}

function dedupe<T>(items: T[], key: (t: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((i) => (seen.has(key(i)) ? false : (seen.add(key(i)), true)));
}
