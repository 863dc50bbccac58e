import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

/** Channel a bump notifies on commit (PostgreSQL delivers NOTIFY only if the transaction commits). */
export const DATA_VERSION_CHANNEL = 'tracker_data_version';

/**
 * Marks the caller's transaction as one that changes public data: every api process's response
 * cache is invalidated when it commits, and not before (a rollback changes nothing). Call it once
 * per transaction, last, just before the transaction returns: the row lock it takes is then held
 * only for the commit, so concurrent writers queue for a moment instead of for a whole batch.
 */
export async function bumpDataVersion(tx: EntityManager): Promise<void> {
  await tx.query(
    `WITH bumped AS (UPDATE data_version SET version = version + 1, changed_at = now() WHERE id = 1 RETURNING version)
     SELECT pg_notify('${DATA_VERSION_CHANNEL}', version::text) FROM bumped`,
  );
}

/**
 * @description The committed data version, read for each request that could be answered from a
 * cache. Reads are coalesced: every request waits for one read that started after it arrived, so a
 * commit is seen by the very next request while a burst of requests costs one query per round trip.
 */
@Injectable()
export class DataVersion {
  private inFlight: Promise<string> | null = null;
  private queued: Promise<string> | null = null;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  current(): Promise<string> {
    if (!this.inFlight) return this.start();
    // The read in flight may have started before this request's commit: wait for the next one.
    return (this.queued ??= this.inFlight.then(ignore, ignore).then(() => {
      this.queued = null;
      return this.start();
    }));
  }

  private start(): Promise<string> {
    const read: Promise<string> = this.dataSource
      .query('SELECT version FROM data_version WHERE id = 1')
      .then((rows: { version: string | number }[]) => String(rows[0]?.version ?? '0'))
      .finally(() => {
        if (this.inFlight === read) this.inFlight = null;
      });
    this.inFlight = read;
    return read;
  }
}

function ignore(): void {}
