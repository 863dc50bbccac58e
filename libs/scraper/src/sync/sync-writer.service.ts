import { bumpDataVersion } from '@app/core';
import { Injectable, Logger } from '@nestjs/common';
import { LegislationIngestService, Sourced, SourceBody, SourceMatter, SourceMeeting, SourcePerson, UpsertCounts } from '@app/legislation';
import type { EntityManager } from 'typeorm';
import type { FetchedDoc } from '../elms';
import { QuarantineRepository } from '../repositories/quarantine.repository';
import { RawDocumentRepository } from '../repositories/raw-document.repository';
import { contentHash, emptyBatch, FetchedBatch } from './fetched-batch';
import { fromWriteError } from './quarantine';

export interface WriteCounts extends UpsertCounts {
  fetched: number;
  /** Records this batch set aside (failed validation, or the database refused them). */
  quarantined: number;
  /** Records that were in quarantine and are now stored. */
  released: number;
}

type Kind = 'matter' | 'meeting_list_row' | 'meeting_agenda' | 'body' | 'person';

const SOURCE_ID: Record<Kind, (d: any) => string> = {
  matter: (d) => d.matterId,
  meeting_list_row: (d) => d.meetingId,
  meeting_agenda: (d) => d.meetingId,
  body: (d) => d.bodyId,
  person: (d) => d.personId,
};

/**
 * @description The write phase of a run: archives the raw documents that changed, upserts the
 * records and keeps quarantine current, all inside the caller's transaction. A document already
 * stored with the same content writes no row anywhere. If the database refuses the batch, it is
 * written again record by record, each under a savepoint, and only the records it refuses are
 * quarantined: one bad value never holds back the rest.
 */
@Injectable()
export class SyncWriter {
  private readonly logger = new Logger(SyncWriter.name);

  constructor(
    private readonly raw: RawDocumentRepository,
    private readonly ingest: LegislationIngestService,
    private readonly quarantine: QuarantineRepository,
  ) {}

  async write(batch: FetchedBatch, runId: string, tx: EntityManager): Promise<WriteCounts> {
    const total: WriteCounts = { fetched: 0, created: 0, updated: 0, unchanged: 0, quarantined: 0, released: 0, staleStages: [] };
    const refused = [...batch.quarantine];
    let stored: FetchedBatch;
    try {
      stored = await this.underSavepoint('sync_batch', () => this.writeAll(batch, runId, total, tx), tx);
    } catch (err) {
      this.logger.warn(`batch write refused (${(err as Error).message}); writing record by record`);
      Object.assign(total, { fetched: 0, created: 0, updated: 0, unchanged: 0, staleStages: [] });
      stored = emptyBatch();
      for (const single of singles(batch)) {
        try {
          await this.underSavepoint('sync_record', () => this.writeAll(single.batch, runId, total, tx), tx);
          merge(stored, single.batch);
        } catch (recordErr) {
          refused.push(fromWriteError(single.kind, single.sourceId, single.doc.url, single.doc.raw, recordErr, single.doc.fetchedAt));
        }
      }
    }
    if (refused.length) await this.quarantine.upsert(refused, runId, tx);
    total.quarantined = refused.length;
    total.released = await this.release(stored, tx);
    // Stored records and quarantine (a matter's dataQuality) are what the public reads.
    if (total.created + total.updated + total.quarantined + total.released > 0) await bumpDataVersion(tx);
    return total;
  }

  private async writeAll(batch: FetchedBatch, runId: string, total: WriteCounts, tx: EntityManager): Promise<FetchedBatch> {
    const add = (c: UpsertCounts, n: number) => {
      total.fetched += n;
      total.created += c.created;
      total.updated += c.updated;
      total.unchanged += c.unchanged;
      // The refresh that follows the commit re-derives them.
      total.staleStages = [...new Set([...total.staleStages, ...c.staleStages])];
    };
    const matters = await this.sourced(batch.matters, 'matter', runId, tx);
    add(await this.ingest.upsertMatters(matters as Sourced<SourceMatter>[], tx), matters.length);
    const rows = await this.sourced(batch.meetingRows, 'meeting_list_row', runId, tx);
    add(await this.ingest.upsertMeetings(rows as Sourced<SourceMeeting>[], 'list', tx), rows.length);
    const agendas = await this.sourced(batch.meetingAgendas, 'meeting_agenda', runId, tx);
    add(await this.ingest.upsertMeetings(agendas as Sourced<SourceMeeting>[], 'detail', tx), agendas.length);
    const bodies = await this.sourced(batch.bodies, 'body', runId, tx);
    add(await this.ingest.upsertBodies(bodies as Sourced<SourceBody>[], tx), bodies.length);
    const persons = await this.sourced(batch.persons, 'person', runId, tx);
    add(await this.ingest.upsertPersons(persons as Sourced<SourcePerson>[], tx), persons.length);
    return batch;
  }

  /** Stored records leave quarantine (a record that validates now is no longer a problem). */
  private async release(stored: FetchedBatch, tx: EntityManager): Promise<number> {
    let n = 0;
    const ids = (kind: Kind, docs: FetchedDoc<unknown>[]) => docs.map((d) => SOURCE_ID[kind](d.data).trim());
    n += await this.quarantine.release('matter', ids('matter', stored.matters), tx);
    n += await this.quarantine.release('meeting_list_row', ids('meeting_list_row', stored.meetingRows), tx);
    n += await this.quarantine.release('meeting_agenda', ids('meeting_agenda', stored.meetingAgendas), tx);
    n += await this.quarantine.release('body', ids('body', stored.bodies), tx);
    n += await this.quarantine.release('person', ids('person', stored.persons), tx);
    return n;
  }

  private async underSavepoint<T>(name: string, work: () => Promise<T>, tx: EntityManager): Promise<T> {
    await tx.query(`SAVEPOINT ${name}`);
    try {
      const out = await work();
      await tx.query(`RELEASE SAVEPOINT ${name}`);
      return out;
    } catch (err) {
      await tx.query(`ROLLBACK TO SAVEPOINT ${name}`);
      throw err;
    }
  }

  private async sourced<T>(docs: FetchedDoc<T>[], kind: Kind, runId: string, tx: EntityManager): Promise<Sourced<T>[]> {
    if (docs.length === 0) return [];
    const hashed = docs.map((d) => ({ doc: d, sourceId: SOURCE_ID[kind](d.data).trim(), hash: contentHash(d.raw) }));
    const ids = await this.raw.store(
      hashed.map((h) => ({ kind, sourceId: h.sourceId, url: h.doc.url, fetchedAt: h.doc.fetchedAt, contentHash: h.hash, text: h.doc.raw })),
      runId,
      tx,
    );
    return hashed.map((h) => ({
      record: h.doc.data,
      contentHash: h.hash,
      rawDocumentId: ids.get(`${kind}:${h.sourceId}:${h.hash}`) ?? null,
      fetchedAt: h.doc.fetchedAt,
    }));
  }
}

interface Single {
  kind: Kind;
  sourceId: string;
  doc: FetchedDoc<unknown>;
  batch: FetchedBatch;
}

/** The batch as one-record batches, in write order. */
function* singles(b: FetchedBatch): Generator<Single> {
  const parts: [Kind, keyof Omit<FetchedBatch, 'quarantine'>][] = [
    ['matter', 'matters'],
    ['meeting_list_row', 'meetingRows'],
    ['meeting_agenda', 'meetingAgendas'],
    ['body', 'bodies'],
    ['person', 'persons'],
  ];
  for (const [kind, field] of parts) {
    for (const doc of b[field] as FetchedDoc<unknown>[]) {
      const batch = emptyBatch();
      (batch[field] as FetchedDoc<unknown>[]).push(doc);
      yield { kind, sourceId: SOURCE_ID[kind](doc.data).trim(), doc, batch };
    }
  }
}

function merge(into: FetchedBatch, from: FetchedBatch): void {
  into.matters.push(...from.matters);
  into.meetingRows.push(...from.meetingRows);
  into.meetingAgendas.push(...from.meetingAgendas);
  into.bodies.push(...from.bodies);
  into.persons.push(...from.persons);
}
