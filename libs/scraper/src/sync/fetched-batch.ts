import { createHash } from 'node:crypto';
import type { ElmsBody, ElmsMatterDetail, ElmsMeetingAgendaDetail, ElmsMeetingListRow, ElmsPerson, FetchedDoc } from '../elms';

/** Everything one run (or one backfill step) fetched, validated, before any of it is written. */
export interface FetchedBatch {
  matters: FetchedDoc<ElmsMatterDetail>[];
  meetingRows: FetchedDoc<ElmsMeetingListRow>[];
  meetingAgendas: FetchedDoc<ElmsMeetingAgendaDetail>[];
  bodies: FetchedDoc<ElmsBody>[];
  persons: FetchedDoc<ElmsPerson>[];
}

export function emptyBatch(): FetchedBatch {
  return { matters: [], meetingRows: [], meetingAgendas: [], bodies: [], persons: [] };
}

export function batchSize(b: FetchedBatch): number {
  return b.matters.length + b.meetingRows.length + b.meetingAgendas.length + b.bodies.length + b.persons.length;
}

/** Hash of the canonical JSON the client produced: same content, same hash, whatever the key order served. */
export function contentHash(raw: string): string {
  return createHash('sha256').update(raw).digest('hex');
}
