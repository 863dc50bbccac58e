import { type ActionNameEntry, StepType, VoteResult } from './lifecycle.types';

/*
 * eLMS action names and what they mean. Kept as data so a new name seen in the wild is a one-line
 * change. Names are matched ignoring case and whitespace, but otherwise exactly: "Passed" and
 * "Passed as Amended" are different rows, never prefixes of each other.
 * Source: opencivicdata scrapers-us-municipal chicago/bills.py ACTION (every name it maps), plus the
 * workflow names it drops and variants seen in Legistar-era data.
 */
export const ACTION_NAMES: readonly ActionNameEntry[] = [
  { name: 'Introduce', type: StepType.INTRODUCED },
  { name: 'Introduced', type: StepType.INTRODUCED },
  { name: 'Direct Introduction', type: StepType.INTRODUCED },
  { name: 'Introduced (Agreed Calendar)', type: StepType.INTRODUCED },
  // Skips committee; the vote that follows at the same meeting is its own action.
  { name: 'Rules Suspended - Immediate Consideration', type: StepType.OTHER },
  { name: 'Immediate Consideration', type: StepType.OTHER },

  { name: 'Refer', type: StepType.REFERRED },
  { name: 'Referred', type: StepType.REFERRED },
  { name: 'Re-Referred', type: StepType.RE_REFERRED },
  { name: 'Recommended for Re-Referral', type: StepType.COMMITTEE_RECOMMENDATION, recommendation: 'RE_REFER' },

  { name: 'Substituted in Committee', type: StepType.SUBSTITUTED },
  { name: 'Single Substitute', type: StepType.SUBSTITUTED },
  { name: 'Substituted-Aggregated', type: StepType.SUBSTITUTED },
  { name: 'Substituted', type: StepType.SUBSTITUTED },
  { name: 'Amended in Committee', type: StepType.AMENDED },
  { name: 'Amended', type: StepType.AMENDED },
  { name: 'Amended in City Council', type: StepType.AMENDED },

  { name: 'Withdrawn', type: StepType.WITHDRAWN },
  { name: 'Remove Co-Sponsor(s)', type: StepType.SPONSORSHIP_CHANGED },
  { name: 'Add Co-Sponsor(s)', type: StepType.SPONSORSHIP_CHANGED },
  { name: 'Journaled', type: StepType.OTHER },

  { name: 'Committee Discharged', type: StepType.COMMITTEE_DISCHARGED },
  { name: 'Held in Committee', type: StepType.COMMITTEE_RECOMMENDATION, recommendation: 'HELD' },
  { name: 'Recommend Do Not Pass', type: StepType.COMMITTEE_RECOMMENDATION, recommendation: 'DO_NOT_PASS' },
  { name: 'Recommended Do Not Pass', type: StepType.COMMITTEE_RECOMMENDATION, recommendation: 'DO_NOT_PASS' },
  { name: 'Recommend to Pass', type: StepType.COMMITTEE_RECOMMENDATION, recommendation: 'PASS' },
  { name: 'Recommended to Pass', type: StepType.COMMITTEE_RECOMMENDATION, recommendation: 'PASS' },
  { name: 'Recommended to Pass as Amended', type: StepType.COMMITTEE_RECOMMENDATION, recommendation: 'PASS_AS_AMENDED' },
  { name: 'Do Pass as Amended', type: StepType.COMMITTEE_RECOMMENDATION, recommendation: 'PASS_AS_AMENDED' },

  { name: 'Deferred and Published', type: StepType.DEFERRED_AND_PUBLISHED },
  { name: 'Failed to Pass', type: StepType.FAILED, result: VoteResult.FAILED },
  { name: 'Passed', type: StepType.PASSED, result: VoteResult.PASSED },
  { name: 'Passed as Amended', type: StepType.PASSED, result: VoteResult.PASSED },
  { name: 'Passed as Substitute', type: StepType.PASSED, result: VoteResult.PASSED },
  { name: 'Adopted', type: StepType.ADOPTED, result: VoteResult.ADOPTED },
  { name: 'Adopted as Substitute', type: StepType.ADOPTED, result: VoteResult.ADOPTED },
  { name: 'Approved', type: StepType.APPROVED, result: VoteResult.APPROVED },
  { name: 'Approved as Amended', type: StepType.APPROVED, result: VoteResult.APPROVED },
  { name: 'Placed on File', type: StepType.PLACED_ON_FILE },
  { name: 'Tabled', type: StepType.TABLED },
  { name: 'Vetoed', type: StepType.VETOED },
  { name: 'Override', type: StepType.OVERRIDE, result: VoteResult.OVERRIDDEN },
  { name: 'Veto Overridden', type: StepType.OVERRIDE, result: VoteResult.OVERRIDDEN },
  { name: 'Published in Special Pamphlet', type: StepType.PUBLISHED },
  { name: 'Signed by Mayor', type: StepType.SIGNED },
  // A later ordinance undid it; the matter's own stage (passed) is unchanged.
  { name: 'Repealed', type: StepType.OTHER },

  { name: 'Create', type: StepType.WORKFLOW, workflow: true },
  { name: 'Submit', type: StepType.WORKFLOW, workflow: true },
  { name: 'Accept', type: StepType.WORKFLOW, workflow: true },
  { name: 'Post to Public', type: StepType.WORKFLOW, workflow: true },
];
