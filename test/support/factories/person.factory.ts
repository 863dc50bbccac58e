import { UnitOfWork } from '@app/core';
import { LegislationIngestService, type SourcePerson } from '@app/legislation';
import { sourced } from './matter.factory';

interface HasProviders {
  get<T>(type: new (...args: never[]) => T): T;
}

/** Stores eLMS person records through the real ingest (one transaction), as the sweep would. */
export async function storePersons(app: HasProviders, docs: SourcePerson[]): Promise<void> {
  const rows = docs.map((d) => sourced(d));
  await app.get(UnitOfWork).transaction((tx) => app.get(LegislationIngestService).upsertPersons(rows, tx));
}
