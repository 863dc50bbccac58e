import { Injectable } from '@nestjs/common';
import { LegislationIngestService, Sourced, SourceBody, SourceMatter, SourceMeeting, SourcePerson, UpsertCounts } from '@app/legislation';
import type { EntityManager } from 'typeorm';
import type { FetchedDoc } from '../elms';
import { RawDocumentRepository } from '../repositories/raw-document.repository';
import { contentHash, FetchedBatch } from './fetched-batch';

export interface WriteCounts extends UpsertCounts {
  fetched: number;
}

/**
 * @description The write phase of a run: archives the raw documents that changed and upserts the
 * records, all inside the caller's transaction. A document already stored with the same content
 * writes no row anywhere.
 */
@Injectable()
export class SyncWriter {
  constructor(
    private readonly raw: RawDocumentRepository,
    private readonly ingest: LegislationIngestService,
  ) {}

  async write(batch: FetchedBatch, runId: string, tx: EntityManager): Promise<WriteCounts> {
    const total: WriteCounts = { fetched: 0, created: 0, updated: 0, unchanged: 0 };
    const add = (c: UpsertCounts, n: number) => {
      total.fetched += n;
      total.created += c.created;
      total.updated += c.updated;
      total.unchanged += c.unchanged;
    };
    const matters = await this.sourced(batch.matters, 'matter', (d) => d.matterId, runId, tx);
    add(await this.ingest.upsertMatters(matters as Sourced<SourceMatter>[], tx), matters.length);
    const rows = await this.sourced(batch.meetingRows, 'meeting_list_row', (d) => d.meetingId, runId, tx);
    add(await this.ingest.upsertMeetings(rows as Sourced<SourceMeeting>[], 'list', tx), rows.length);
    const agendas = await this.sourced(batch.meetingAgendas, 'meeting_agenda', (d) => d.meetingId, runId, tx);
    add(await this.ingest.upsertMeetings(agendas as Sourced<SourceMeeting>[], 'detail', tx), agendas.length);
    const bodies = await this.sourced(batch.bodies, 'body', (d) => d.bodyId, runId, tx);
    add(await this.ingest.upsertBodies(bodies as Sourced<SourceBody>[], tx), bodies.length);
    const persons = await this.sourced(batch.persons, 'person', (d) => d.personId, runId, tx);
    add(await this.ingest.upsertPersons(persons as Sourced<SourcePerson>[], tx), persons.length);
    return total;
  }

  private async sourced<T>(docs: FetchedDoc<T>[], kind: string, idOf: (d: T) => string, runId: string, tx: EntityManager): Promise<Sourced<T>[]> {
    if (docs.length === 0) return [];
    const hashed = docs.map((d) => ({ doc: d, sourceId: idOf(d.data).trim(), hash: contentHash(d.raw) }));
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
