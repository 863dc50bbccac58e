import { chicagoDayOf, type ExportColumn } from '@app/core';
import { resultFromActionName, VoteValue, type RollCallVoteExportRow } from '@app/legislation';

/**
 * The roll-call download (`/votes/roll-calls.csv|json`): one row per alder vote. The column names are the
 * file's published format (README, "How the Council votes"); add columns at the end, never rename.
 */
export const ROLL_CALL_VOTE_COLUMNS: readonly ExportColumn<RollCallVoteExportRow>[] = [
  { name: 'date', value: (r) => (r.rollCall.date ? chicagoDayOf(r.rollCall.date) : null) },
  { name: 'record_number', value: (r) => r.rollCall.recordNumber },
  { name: 'title', value: (r) => r.rollCall.title },
  { name: 'action', value: (r) => r.rollCall.actionName },
  { name: 'result', value: (r) => resultFromActionName(r.rollCall.actionName) },
  { name: 'roll_call_id', value: (r) => r.rollCall.actionId },
  { name: 'divided', value: (r) => r.divided },
  { name: 'majority', value: (r) => r.majority },
  { name: 'yeas', value: (r) => r.rollCall.yeas },
  { name: 'nays', value: (r) => r.rollCall.nays },
  { name: 'alder', value: (r) => r.vote.voterName },
  { name: 'person_id', value: (r) => r.vote.personId },
  { name: 'ward', value: (r) => r.ward },
  { name: 'vote', value: (r) => r.vote.vote },
  { name: 'vote_value', value: (r) => r.vote.value },
  {
    name: 'with_majority',
    value: (r) => (r.majority && (r.vote.value === VoteValue.YEA || r.vote.value === VoteValue.NAY) ? r.vote.value === r.majority : null),
  },
];
