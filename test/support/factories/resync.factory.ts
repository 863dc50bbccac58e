import { UnitOfWork } from '@app/core';
import { LegislationIngestService, MatterQueryService, MeetingQueryService, type SourceMatter, type SourceMeeting } from '@app/legislation';
import { RawDocumentQueryService } from '@app/scraper';
import { sourced } from './matter.factory';

interface HasProviders {
  get<T>(type: new (...args: never[]) => T): T;
}

/** The archived source document a row was stored from (eLMS double-encodes some details: decode twice then). */
async function archived<T>(app: HasProviders, rawDocumentId: string | null, what: string): Promise<T> {
  if (!rawDocumentId) throw new Error(`${what} has no archived source document`);
  const doc = (await app.get(RawDocumentQueryService).readJson([rawDocumentId])).get(rawDocumentId);
  if (!doc) throw new Error(`${what}: raw document ${rawDocumentId} not found`);
  return (typeof doc.json === 'string' ? JSON.parse(doc.json) : doc.json) as T;
}

/**
 * What the next sync stores after eLMS changed a matter: its archived document, patched, written by the real
 * ingest (rows, children, stage, events). Tests use it instead of UPDATE statements on the tables. The row
 * keeps pointing at its archived document, so `resyncMatter(app, n, (d) => d)` puts the original back.
 */
export async function resyncMatter(app: HasProviders, recordNumber: string, patch: (doc: SourceMatter) => SourceMatter): Promise<void> {
  const row = await app.get(MatterQueryService).getByRecordNumber(recordNumber);
  const doc = patch(await archived<SourceMatter>(app, row.rawDocumentId, recordNumber));
  await app
    .get(UnitOfWork)
    .transaction((tx) => app.get(LegislationIngestService).upsertMatters([sourced(doc, new Date(), row.rawDocumentId)], tx));
}

/** The same for a meeting's agenda detail (status, location, deadline, items, attendance). */
export async function resyncMeeting(app: HasProviders, meetingId: string, patch: (doc: SourceMeeting) => SourceMeeting): Promise<void> {
  const [row] = await app.get(MeetingQueryService).bySourceIds([meetingId]);
  if (!row) throw new Error(`meeting ${meetingId} not stored`);
  const doc = patch(await archived<SourceMeeting>(app, row.detailRawDocumentId, `meeting ${meetingId}`));
  await app
    .get(UnitOfWork)
    .transaction((tx) =>
      app.get(LegislationIngestService).upsertMeetings([sourced(doc, new Date(), row.detailRawDocumentId)], 'detail', tx),
    );
}
