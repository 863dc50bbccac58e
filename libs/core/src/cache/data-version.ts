import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client } from 'pg';
import { DataSource, EntityManager, EntitySubscriberInterface, QueryRunner, TransactionCommitEvent } from 'typeorm';
import { AppConfig } from '../config/app-config';

/** Channel a bump notifies on commit (PostgreSQL delivers NOTIFY only if the transaction commits). */
export const DATA_VERSION_CHANNEL = 'tracker_data_version';

/** How long a version read is trusted without a notification; bounds staleness if one is ever lost. */
const TRUST_MS = 5_000;
const RECONNECT_MS = 1_000;

/** Transactions of this process that bumped the version and have not yet committed. */
const bumpedRunners = new WeakSet<QueryRunner>();
/** Goes up when a bump of this process commits: every DataVersion here then reads the row again. */
let localCommits = 0;

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
  const runner = tx.queryRunner;
  if (runner?.isTransactionActive) bumpedRunners.add(runner);
  else localCommits++;
}

/** Sees this process's commits as they happen (a savepoint's release is not the commit). */
const commitWatcher: EntitySubscriberInterface = {
  afterTransactionCommit(event: TransactionCommitEvent): void {
    if (event.queryRunner.isTransactionActive || !bumpedRunners.has(event.queryRunner)) return;
    bumpedRunners.delete(event.queryRunner);
    localCommits++;
  },
  afterTransactionRollback(event): void {
    if (!event.queryRunner.isTransactionActive) bumpedRunners.delete(event.queryRunner);
  },
};

/**
 * @description The committed data version, for the api's response cache. It is read from the row
 * and then trusted until something says it changed: a bump committed by this process (seen at once,
 * so the very next request after a sync sees it), a NOTIFY from another process on PostgreSQL
 * (LISTEN on its own connection), or TRUST_MS passing. While that listener is down every request
 * reads the row (reads are coalesced: one query per round trip, however many requests wait).
 */
@Injectable()
export class DataVersion implements OnApplicationShutdown {
  private readonly logger = new Logger(DataVersion.name);
  private known: string | null = null;
  private knownAtCommits = -1;
  /** Notifications received; a read trusts nothing that arrived while it was in flight. */
  private notifications = 0;
  private knownAtNotifications = -1;
  private trustedUntil = 0;
  private inFlight: Promise<string> | null = null;
  private queued: Promise<string> | null = null;
  private listener: Client | null = null;
  private listening = false;
  private closed = false;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {
    if (!dataSource.subscribers.includes(commitWatcher)) dataSource.subscribers.push(commitWatcher);
  }

  /** The version, without waiting, when it is known to be current; null when it must be read. */
  peek(): string | null {
    const unchanged = this.knownAtCommits === localCommits && this.knownAtNotifications === this.notifications;
    return this.known !== null && unchanged && Date.now() < this.trustedUntil ? this.known : null;
  }

  current(): Promise<string> {
    const known = this.peek();
    if (known !== null) return Promise.resolve(known);
    this.listen();
    if (!this.inFlight) return this.start();
    // The read in flight may have started before this request's commit: wait for the next one.
    return (this.queued ??= this.inFlight.then(ignore, ignore).then(() => {
      this.queued = null;
      return this.start();
    }));
  }

  async onApplicationShutdown(): Promise<void> {
    this.closed = true;
    await this.listener?.end().catch(ignore);
  }

  private start(): Promise<string> {
    const commits = localCommits;
    const notifications = this.notifications;
    const startedAt = Date.now();
    const read: Promise<string> = this.dataSource
      .query('SELECT version FROM data_version WHERE id = 1')
      .then((rows: { version: string | number }[]) => {
        const version = String(rows[0]?.version ?? '0');
        this.known = version;
        this.knownAtCommits = commits;
        this.knownAtNotifications = notifications;
        // Without a notification channel (PostgreSQL listener down) nothing is trusted.
        const embedded = this.config.database.kind === 'pglite';
        this.trustedUntil = embedded || this.listening ? startedAt + TRUST_MS : 0;
        return version;
      })
      .finally(() => {
        if (this.inFlight === read) this.inFlight = null;
      });
    this.inFlight = read;
    return read;
  }

  /** On PostgreSQL, LISTEN for other processes' commits (embedded PGlite has no other process). */
  private listen(): void {
    const db = this.config.database;
    if (db.kind !== 'postgres' || this.listener || this.closed) return;
    const client = new Client({ connectionString: db.url });
    this.listener = client;
    const lost = (err?: Error) => {
      if (this.listener !== client) return;
      this.listening = false;
      this.trustedUntil = 0;
      this.listener = null;
      client.end().catch(ignore);
      if (this.closed) return;
      if (err) this.logger.warn(`data version listener lost (${err.message}); reading the version on every request until it is back`);
      setTimeout(() => this.listen(), RECONNECT_MS).unref();
    };
    client.on('notification', () => {
      this.notifications++;
    });
    client.on('error', lost);
    client.on('end', () => lost());
    client
      .connect()
      .then(() => client.query(`LISTEN ${DATA_VERSION_CHANNEL}`))
      .then(() => {
        if (this.listener !== client) return;
        this.listening = true;
        // Anything committed before LISTEN took effect is caught by reading the row again.
        this.notifications++;
      })
      .catch(lost);
  }
}

function ignore(): void {}
