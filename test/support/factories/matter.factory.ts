import { createHash } from 'node:crypto';
import { UnitOfWork } from '@app/core';
import { LegislationIngestService, type SourceMatter } from '@app/legislation';

interface HasProviders {
  get<T>(type: new (...args: never[]) => T): T;
}

/** Stores eLMS matter documents through the real ingest (one transaction), as a sync would: rows, children, stage. */
export async function storeMatters(app: HasProviders, docs: SourceMatter[], fetchedAt = new Date('2026-07-16T21:00:00Z')): Promise<void> {
  const sourced = docs.map((record) => ({
    record,
    contentHash: createHash('sha256').update(JSON.stringify(record)).digest('hex'),
    rawDocumentId: null,
    fetchedAt,
  }));
  await app.get(UnitOfWork).transaction((tx) => app.get(LegislationIngestService).upsertMatters(sourced, tx));
}
