import type { MatterLifecycleService } from '@app/legislation';
import { Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { RunContext } from './run-recorder.service';

const logger = new Logger('StageRefresh');

/**
 * Stages are derived from data the run has already committed, so failing to recompute them must not
 * mark the run failed (its rows are written): it is recorded as a warning, and the nightly sweep
 * recomputes every stage.
 */
export async function refreshStagesAfterCommit(
  lifecycle: MatterLifecycleService,
  recordNumbers: string[] | 'all',
  ctx: RunContext,
  announce = true,
): Promise<void> {
  try {
    await lifecycle.refreshStages(recordNumbers, { announce });
  } catch (err) {
    const message = `stage refresh failed (sweep will retry): ${(err as Error).message}`;
    logger.warn(message);
    ctx.warnings.push(message);
  }
}

/**
 * The same inside a step's transaction (fewer round trips: no second transaction). Under a
 * savepoint, so a failed refresh is undone alone and the step's rows still commit.
 */
export async function refreshStagesInStep(
  lifecycle: MatterLifecycleService,
  recordNumbers: string[],
  tx: EntityManager,
  ctx: RunContext,
): Promise<void> {
  if (recordNumbers.length === 0) return;
  await tx.query('SAVEPOINT stage_refresh');
  try {
    await lifecycle.refreshStagesIn(recordNumbers, tx);
    await tx.query('RELEASE SAVEPOINT stage_refresh');
  } catch (err) {
    await tx.query('ROLLBACK TO SAVEPOINT stage_refresh');
    const message = `stage refresh failed (sweep will retry): ${(err as Error).message}`;
    logger.warn(message);
    ctx.warnings.push(message);
  }
}
