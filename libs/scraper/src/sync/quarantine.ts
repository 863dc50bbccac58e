import type { ElmsSchemaIssue, RejectedRow } from '../elms';
import { ElmsSchemaError } from '../elms';
import { contentHash } from './fetched-batch';

/** One record set aside by a run: what it was, where it came from, and why. */
export interface QuarantineEntry {
  kind: string;
  sourceId: string | null;
  url: string;
  issues: ElmsSchemaIssue[];
  raw: string;
  seenAt: Date;
}

export function sourceKey(e: Pick<QuarantineEntry, 'sourceId' | 'raw'>): string {
  return e.sourceId ?? `sha256:${contentHash(e.raw)}`;
}

export function fromRejectedRow(kind: string, row: RejectedRow): QuarantineEntry {
  return { kind, sourceId: row.sourceId, url: row.url, issues: row.issues, raw: row.raw, seenAt: row.fetchedAt };
}

/** A detail that failed validation; null when the error is not a record's own (systemic). */
export function fromSchemaError(kind: string, sourceId: string, err: unknown, seenAt: Date): QuarantineEntry | null {
  if (!(err instanceof ElmsSchemaError) || err.raw === null) return null;
  return { kind, sourceId, url: err.url, issues: [...err.issues], raw: err.raw, seenAt };
}

/** A record that validated but could not be written (the database refused a value). */
export function fromWriteError(kind: string, sourceId: string, url: string, raw: string, err: unknown, seenAt: Date): QuarantineEntry {
  const message = err instanceof Error ? err.message : String(err);
  return { kind, sourceId, url, issues: [{ path: '', message: `could not be stored: ${message}` }], raw, seenAt };
}

/**
 * Whether a run's failures look systemic rather than a few bad records: more than `maxShare` of
 * the records it read failed, and at least `minCount` of them (so two records, one bad, is still
 * one bad record).
 */
export function isSystemic(failed: number, total: number, maxShare: number, minCount: number): boolean {
  return failed >= minCount && total > 0 && failed / total > maxShare;
}

/** Too many records of one run failed: the source changed, not a few records. Fails the run, writes nothing. */
export class SystemicDriftError extends Error {
  readonly code = 'ELMS_DRIFT';
  constructor(
    readonly failed: number,
    readonly total: number,
    readonly sample: QuarantineEntry[],
  ) {
    super(
      `${failed} of ${total} records read failed validation (more than the allowed share): treating it as a change in eLMS, nothing written. ` +
        `First: ${sample[0] ? `${sample[0].kind} ${sample[0].sourceId ?? ''} at ${sample[0].issues[0]?.path || '(root)'}: ${sample[0].issues[0]?.message}` : 'none'}`,
    );
  }

  get detail(): Record<string, unknown> {
    return {
      failed: this.failed,
      total: this.total,
      issues: this.sample.slice(0, 20).map((q) => ({
        kind: q.kind,
        sourceId: q.sourceId,
        url: q.url,
        path: q.issues[0]?.path ?? '',
        message: q.issues[0]?.message ?? '',
      })),
    };
  }
}
