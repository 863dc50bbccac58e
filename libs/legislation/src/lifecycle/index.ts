export {
  StepType,
  Stage,
  VoteResult,
  VoteValue,
  type Recommendation,
  type ActionNameEntry,
  type LifecycleActionInput,
  type Rule41NoticeInput,
  type AgendaPlacementInput,
  type TimelineInput,
  type StepSource,
  type TimelineStep,
  type UpcomingMeeting,
  type StageResult,
} from './lifecycle.types';
export { ACTION_NAMES } from './action-names.data';
export { classifyActionName, normalizeActionName } from './classify-action';
export { RULES_COMMITTEE, committeesFromText, isCommitteeName, isRulesCommittee, mentionsRule42 } from './committees';
export { chicagoDay } from './chicago-day';
export { buildTimeline, joinNames } from './build-timeline';
export { deriveStage } from './derive-stage';
export { STAGE_RULES_VERSION, storedStage, type StoredStageColumns } from './stored-stage';
export { isRule41Notice, rule41RecordNumbers } from './rule41';
export { toVoteValue, voteValueSql } from './vote-value';
export { tallyVotes, resultFromActionName, type VoteTally } from './vote-tally';
