import { randomUUID } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { chunk } from '@app/core';
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

@Injectable()
export class RawDocumentRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Stores each document once per distinct content; an identical re-fetch writes nothing and
   * returns the id of the copy already kept. Keys are `${kind}:${sourceId}:${hash}`.
   */
  async store(docs: RawDocumentInput[], scrapeRunId: string, tx: EntityManager): Promise<Map<string, string>> {
    const ids = new Map<string, string>();
    const key = (d: { kind: string; sourceId: string; contentHash: string }) => `${d.kind}:${d.sourceId}:${d.contentHash}`;
    for (const part of chunk(docs, 500)) {
      const existing = await tx.find(RawDocumentEntity, {
        where: { contentHash: In(part.map((d) => d.contentHash)) },
        select: { id: true, kind: true, sourceId: true, contentHash: true },
      });
      for (const e of existing) ids.set(key(e), e.id);
      const fresh = part.filter((d) => !ids.has(key(d)));
      const rows = dedupe(fresh, key).map((d) => {
        const body = gzipSync(Buffer.from(d.text, 'utf8'));
        const id = randomUUID();
        ids.set(key(d), id);
        return {
          id,
          source: 'elms',
          kind: d.kind,
          sourceId: d.sourceId,
          url: d.url,
          fetchedAt: d.fetchedAt,
          contentHash: d.contentHash,
          bodyGzip: body,
          byteLength: Buffer.byteLength(d.text),
        };
      });
      if (rows.length)
        await tx
          .createQueryBuilder()
          .insert()
          .into(RawDocumentEntity)
          .values(rows.map((r) => ({ ...r, scrapeRunId })))
          .updateEntity(false)
          .execute();
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
