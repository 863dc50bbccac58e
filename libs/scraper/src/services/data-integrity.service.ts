import { Injectable } from '@nestjs/common';
import { GROWING_TABLES, RowCountRepository, type GrowingTable } from '../repositories/row-count.repository';

export interface DataIntegrity {
  ok: boolean;
  /** Tables holding fewer rows than the last successful run left, or why they could not be counted. */
  problems: string[];
  /** The counts the last successful run left; null before the first. */
  expected: Record<string, number> | null;
}

/**
 * @description Whether the stored tables still hold what the last successful run wrote. Each run
 * that succeeds stores the row counts of tables that only grow (matter, meeting, person); a later
 * count below them means rows vanished underneath the application (a truncated or lost table file
 * reads as an empty table, without an error), which /health reports as a failure.
 */
@Injectable()
export class DataIntegrityService {
  constructor(private readonly rows: RowCountRepository) {}

  /** Called by the run recorder as a run succeeds. */
  async recordAfterRun(): Promise<void> {
    await this.rows.store({ counts: await this.rows.count() });
  }

  async check(): Promise<DataIntegrity> {
    let reference;
    let actual;
    try {
      reference = await this.rows.stored();
      actual = await this.rows.count();
    } catch (err) {
      return { ok: false, problems: [`stored tables could not be read: ${(err as Error).message}`], expected: null };
    }
    if (!reference) return { ok: true, problems: [], expected: null };
    const problems = GROWING_TABLES.filter((t: GrowingTable) => actual[t] < (reference.counts[t] ?? 0)).map(
      (t) => `${t} holds ${actual[t]} rows; the last successful run left ${reference.counts[t]}`,
    );
    return { ok: problems.length === 0, problems, expected: reference.counts };
  }
}
