import { gunzipSync, gzipSync } from 'node:zlib';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { chunk } from '@app/core';
import { DataSource, EntityManager, In } from 'typeorm';
import { QuarantinedRecordEntity } from '../entities/quarantined-record.entity';
import { contentHash } from '../sync/fetched-batch';
import { QuarantineEntry, sourceKey } from '../sync/quarantine';

export interface QuarantinedRecordRow extends Omit<QuarantinedRecordEntity, 'bodyGzip'> {
  raw?: string;
}

@Injectable()
export class QuarantineRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Adds records or, for one already kept, refreshes what it looks like now and when it was seen.
   * Row by row: quarantine is a trickle (a few records a run), and plain parameters behave the
   * same on PostgreSQL and PGlite.
   */
  async upsert(entries: QuarantineEntry[], runId: string, tx: EntityManager): Promise<void> {
    const byKey = new Map(entries.map((e) => [`${e.kind}\u0000${sourceKey(e)}`, e]));
    for (const e of byKey.values()) {
      await tx.query(
        `INSERT INTO quarantined_record (kind, source_key, source_id, url, field_path, message, issues, body_gzip, content_hash, first_seen_at, last_seen_at, first_run_id, last_run_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8, $9, $10, $10, $11, $11)
         ON CONFLICT (kind, source_key) DO UPDATE SET
           source_id = EXCLUDED.source_id, url = EXCLUDED.url, field_path = EXCLUDED.field_path, message = EXCLUDED.message,
           issues = EXCLUDED.issues, body_gzip = EXCLUDED.body_gzip, content_hash = EXCLUDED.content_hash,
           last_seen_at = GREATEST(quarantined_record.last_seen_at, EXCLUDED.last_seen_at), last_run_id = EXCLUDED.last_run_id,
           times_seen = quarantined_record.times_seen + 1`,
        [
          e.kind,
          sourceKey(e),
          e.sourceId,
          e.url,
          e.issues[0]?.path ?? '',
          e.issues[0]?.message ?? 'invalid record',
          JSON.stringify(e.issues.slice(0, 50)),
          gzipSync(Buffer.from(e.raw, 'utf8')),
          contentHash(e.raw),
          e.seenAt,
          runId,
        ],
      );
    }
  }

  /** Records of these ids that now validated and were stored leave quarantine. Returns how many left. */
  async release(kind: string, sourceIds: string[], tx: EntityManager): Promise<number> {
    let n = 0;
    for (const part of chunk(sourceIds)) {
      const res = await tx.delete(QuarantinedRecordEntity, { kind, sourceKey: In(part) });
      n += res.affected ?? 0;
    }
    return n;
  }

  async count(): Promise<number> {
    return this.dataSource.manager.count(QuarantinedRecordEntity);
  }

  async countByKind(): Promise<Map<string, number>> {
    const rows: { kind: string; n: number }[] = await this.dataSource.query(
      'SELECT kind, count(*)::int AS n FROM quarantined_record GROUP BY kind',
    );
    return new Map(rows.map((r) => [r.kind, r.n]));
  }

  /** Source ids of quarantined records of a kind, oldest seen first (to retry them). */
  async sourceIds(kind: string, limit: number): Promise<string[]> {
    const rows = await this.dataSource.manager.find(QuarantinedRecordEntity, {
      where: { kind },
      select: { sourceId: true },
      order: { lastSeenAt: 'ASC' },
      take: limit,
    });
    return rows.map((r) => r.sourceId).filter((x): x is string => x !== null);
  }

  /** Newest seen first, keyset-paged on (last_seen_at, id). */
  async list(first: number, after: { lastSeenAt: Date; id: string } | null, kind?: string): Promise<QuarantinedRecordRow[]> {
    const qb = this.dataSource.manager
      .createQueryBuilder(QuarantinedRecordEntity, 'q')
      .select([
        'q.id',
        'q.kind',
        'q.sourceKey',
        'q.sourceId',
        'q.url',
        'q.fieldPath',
        'q.message',
        'q.issues',
        'q.contentHash',
        'q.firstSeenAt',
        'q.lastSeenAt',
        'q.timesSeen',
        'q.firstRunId',
        'q.lastRunId',
      ])
      .orderBy('q.last_seen_at', 'DESC')
      .addOrderBy('q.id', 'DESC')
      .take(first);
    if (after) qb.where('(q.last_seen_at, q.id) < (:at, :id)', { at: after.lastSeenAt, id: after.id });
    if (kind) qb.andWhere('q.kind = :kind', { kind });
    return qb.getMany();
  }

  /** Every kept record with its raw text, for re-processing. */
  async *all(batch = 200): AsyncGenerator<QuarantinedRecordRow & { raw: string }> {
    let afterId: string | null = null;
    for (;;) {
      const qb = this.dataSource.manager.createQueryBuilder(QuarantinedRecordEntity, 'q').orderBy('q.id', 'ASC').take(batch);
      if (afterId) qb.where('q.id > :afterId', { afterId });
      const rows = await qb.getMany();
      if (rows.length === 0) return;
      for (const { bodyGzip, ...r } of rows) yield { ...r, raw: gunzipSync(bodyGzip).toString('utf8') };
      afterId = rows[rows.length - 1].id;
    }
  }
}
