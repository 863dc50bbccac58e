import { chicagoDay } from './chicago-day';
import { RULES_COMMITTEE } from './committees';
import { Stage, type StageResult, StepType, type TimelineStep, type UpcomingMeeting, VoteResult } from './lifecycle.types';

// Steps that end the matter's journey (or a leg of it); a later decisive step still wins, so a
// veto followed by an override reads OVERRIDDEN.
const TERMINAL: Partial<Record<StepType, Stage>> = {
  [StepType.PASSED]: Stage.PASSED,
  [StepType.FAILED]: Stage.FAILED,
  [StepType.ADOPTED]: Stage.ADOPTED,
  [StepType.APPROVED]: Stage.APPROVED,
  [StepType.PLACED_ON_FILE]: Stage.PLACED_ON_FILE,
  [StepType.VETOED]: Stage.VETOED,
  [StepType.OVERRIDE]: Stage.OVERRIDDEN,
  [StepType.WITHDRAWN]: Stage.WITHDRAWN,
  [StepType.TABLED]: Stage.TABLED,
};

const sameDay = (a: Date | null, b: Date | null): boolean => !!a && !!b && chicagoDay(a) === chicagoDay(b);

/**
 * Where the matter is now, from its steps in timeline order (as buildTimeline returns them).
 * The last decisive step wins; sponsorship, amendment, substitution, workflow and unknown steps
 * never move it. An agenda placement counts only while its meeting is still ahead of `now`.
 * `upcoming` lists future meetings whose agenda names the matter, when known apart from the steps.
 * `committee` is where the matter sits (held in, or reported out of); null once the Council has acted.
 */
const AGENDA_OUTCOME: Partial<Record<VoteResult, Stage>> = {
  [VoteResult.PASSED]: Stage.PASSED,
  [VoteResult.FAILED]: Stage.FAILED,
  [VoteResult.ADOPTED]: Stage.ADOPTED,
  [VoteResult.APPROVED]: Stage.APPROVED,
  [VoteResult.OVERRIDDEN]: Stage.OVERRIDDEN,
};

const DECIDED = new Set<Stage>([
  Stage.PASSED,
  Stage.FAILED,
  Stage.ADOPTED,
  Stage.APPROVED,
  Stage.PLACED_ON_FILE,
  Stage.OVERRIDDEN,
  Stage.WITHDRAWN,
  Stage.TABLED,
]);

export function deriveStage(steps: readonly TimelineStep[], now: Date, upcoming: readonly UpcomingMeeting[] = []): StageResult {
  let stage = Stage.UNKNOWN;
  let since: Date | null = null;
  let committee: string[] | null = null;
  let lastReferral: TimelineStep | null = null;
  const future: Date[] = [];

  for (const step of steps) {
    const terminal = TERMINAL[step.type];
    if (terminal) {
      [stage, since, committee] = [terminal, step.date, null];
      continue;
    }
    switch (step.type) {
      case StepType.INTRODUCED:
        if (stage === Stage.UNKNOWN) [stage, since] = [Stage.INTRODUCED, step.date];
        break;
      case StepType.REFERRED:
      case StepType.RE_REFERRED: {
        const targets = step.committees ?? (step.committee ? [step.committee] : []);
        // Same-day referrals are one joint referral: the matter sits in all the committees.
        const joint = stage === Stage.IN_COMMITTEE && lastReferral !== null && sameDay(lastReferral.date, step.date);
        committee = joint ? [...new Set([...(committee ?? []), ...targets])] : targets.length ? targets : null;
        if (!joint) since = step.date;
        stage = Stage.IN_COMMITTEE;
        lastReferral = step;
        break;
      }
      case StepType.RULE_42_REFERRAL:
        [stage, since] = [Stage.IN_RULES_COMMITTEE, step.date];
        committee = step.committees?.length ? step.committees : [RULES_COMMITTEE];
        lastReferral = step;
        break;
      case StepType.COMMITTEE_RECOMMENDATION:
        // Held, or sent back for re-referral: still in committee.
        if (step.recommendation === 'HELD' || step.recommendation === 'RE_REFER') break;
        [stage, since] = [Stage.REPORTED_OUT, step.date];
        if (step.committee) committee = [step.committee];
        break;
      case StepType.COMMITTEE_DISCHARGED:
        [stage, since] = [Stage.REPORTED_OUT, step.date];
        if (step.committee) committee = [step.committee];
        break;
      case StepType.DEFERRED_AND_PUBLISHED:
        [stage, since] = [Stage.DEFERRED, step.date];
        break;
      case StepType.RULE_41_NOTICE:
        [stage, since] = [Stage.RULE_41_NOTICE_FILED, step.date];
        break;
      case StepType.PLACED_ON_AGENDA:
        if (step.date && step.date.getTime() > now.getTime()) future.push(step.date);
        // A held meeting's published agenda records the outcome ("Passed") before eLMS republishes
        // the matter with that action; the Clerk's record of the meeting decides until it does.
        else if (step.result && AGENDA_OUTCOME[step.result]) [stage, since, committee] = [AGENDA_OUTCOME[step.result]!, step.date, null];
        break;
      default:
        break;
    }
  }

  for (const m of upcoming) if (m.meetingDate && m.meetingDate.getTime() > now.getTime()) future.push(m.meetingDate);
  const nextMeetingDate = future.length ? new Date(Math.min(...future.map((d) => d.getTime()))) : null;
  // When it was put on the agenda is not recorded, so ON_AGENDA has no `since`; the meeting date is nextMeetingDate.
  // A decided matter stays decided whatever agenda still lists it; a veto goes back for an override vote.
  if (nextMeetingDate && !DECIDED.has(stage)) [stage, since] = [Stage.ON_AGENDA, null];
  return { stage, since, committee, nextMeetingDate };
}
