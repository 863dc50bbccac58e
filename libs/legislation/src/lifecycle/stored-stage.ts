import { Stage, type StageResult } from './lifecycle.types';

/**
 * The version of the rules that turn a matter's story into its stage (action names, timeline, stage).
 * Stored stages derived under another version are not served; the nightly sweep re-derives them. Bump it
 * with any change to what `buildTimeline` or `deriveStage` return (test/unit/stored-stage.spec.ts holds a
 * fingerprint of this folder to remind you).
 */
export const STAGE_RULES_VERSION = 1;

/** The stage columns of a matter row, as MatterLifecycleService stores them. */
export interface StoredStageColumns {
  stage: string | null;
  stageSince: Date | null;
  stageCommittees: string[] | null;
  stageHoldsUntil: Date | null;
  stageRules: number | null;
}

/**
 * The stored stage, when it is still what the live lifecycle would derive at `now`: derived under these
 * rules, from inputs no write has changed since (a write nulls `stageRules` in its transaction), and
 * before the next scheduled meeting on the matter's agenda (the only way time alone moves a stage).
 * Otherwise null: the caller derives it live.
 */
export function storedStage(row: StoredStageColumns, now: Date): StageResult | null {
  if (row.stageRules !== STAGE_RULES_VERSION || row.stage === null) return null;
  if (row.stageHoldsUntil && row.stageHoldsUntil.getTime() <= now.getTime()) return null;
  return {
    stage: row.stage as Stage,
    since: row.stageSince,
    committee: row.stageCommittees,
    nextMeetingDate: row.stageHoldsUntil,
  };
}
