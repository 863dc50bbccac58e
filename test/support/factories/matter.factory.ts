import { createHash } from 'node:crypto';
import { UnitOfWork } from '@app/core';
import { LegislationIngestService, type SourceMatter, type Sourced } from '@app/legislation';

interface HasProviders {
  get<T>(type: new (...args: never[]) => T): T;
}

const FETCHED_AT = new Date('2026-07-16T21:00:00Z');

/** An eLMS document as the sync hands it over: with its content hash, and the stored raw copy it came from if any. */
export function sourced<T>(record: T, fetchedAt = FETCHED_AT, rawDocumentId: string | null = null): Sourced<T> {
  return { record, contentHash: createHash('sha256').update(JSON.stringify(record)).digest('hex'), rawDocumentId, fetchedAt };
}

/** Stores eLMS matter documents through the real ingest (one transaction), as a sync would: rows, children, stage. */
export async function storeMatters(app: HasProviders, docs: SourceMatter[], fetchedAt = FETCHED_AT): Promise<void> {
  const docsSourced = docs.map((d) => sourced(d, fetchedAt));
  await app.get(UnitOfWork).transaction((tx) => app.get(LegislationIngestService).upsertMatters(docsSourced, tx));
}
