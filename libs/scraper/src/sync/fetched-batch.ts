import { createHash } from 'node:crypto';
import { rule41RecordNumbers } from '@app/legislation';
import type { ElmsBody, ElmsMatterDetail, ElmsMeetingAgendaDetail, ElmsMeetingListRow, ElmsPerson, FetchedDoc } from '../elms';
import type { QuarantineEntry } from './quarantine';

/** Everything one run (or one backfill step) fetched, validated, before any of it is written. */
export interface FetchedBatch {
  matters: FetchedDoc<ElmsMatterDetail>[];
  meetingRows: FetchedDoc<ElmsMeetingListRow>[];
  meetingAgendas: FetchedDoc<ElmsMeetingAgendaDetail>[];
  bodies: FetchedDoc<ElmsBody>[];
  persons: FetchedDoc<ElmsPerson>[];
  /** Records read that failed validation: kept raw, written to quarantine with the batch. */
  quarantine: QuarantineEntry[];
}

export function emptyBatch(): FetchedBatch {
  return { matters: [], meetingRows: [], meetingAgendas: [], bodies: [], persons: [], quarantine: [] };
}

export function batchSize(b: FetchedBatch): number {
  return b.matters.length + b.meetingRows.length + b.meetingAgendas.length + b.bodies.length + b.persons.length;
}

/** Hash of the canonical JSON the client produced: same content, same hash, whatever the key order served. */
export function contentHash(raw: string): string {
  return createHash('sha256').update(raw).digest('hex');
}

/** Record numbers whose lifecycle this batch may change: its matters, agenda lines and Rule 41 notices. */
export function affectedRecordNumbers(b: FetchedBatch): string[] {
  const out = new Set<string>();
  for (const m of b.matters) out.add(m.data.recordNumber.trim().toUpperCase());
  for (const a of b.meetingAgendas) {
    for (const g of a.data.agenda?.groups ?? [])
      for (const i of g.items ?? []) if (i.recordNumber) out.add(i.recordNumber.trim().toUpperCase());
  }
  for (const m of [...b.meetingAgendas, ...b.meetingRows])
    for (const f of m.data.files ?? []) for (const n of rule41RecordNumbers(f.fileName)) out.add(n);
  return [...out];
}
