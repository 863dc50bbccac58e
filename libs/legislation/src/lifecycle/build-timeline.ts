import { chicagoDay } from './chicago-day';
import { classifyActionName } from './classify-action';
import { RULES_COMMITTEE, committeesFromText, isCommitteeName, isRulesCommittee, mentionsRule42 } from './committees';
import {
  type AgendaPlacementInput,
  type LifecycleActionInput,
  type Recommendation,
  type Rule41NoticeInput,
  StepType,
  type TimelineInput,
  type TimelineStep,
} from './lifecycle.types';
import { resultFromActionName } from './vote-tally';

// On one day, a notice precedes the agenda it puts the matter on, and the agenda precedes the
// actions the meeting produced (those carry local midnight, the meeting its start time).
const RANK = { meeting_file: 0, agenda: 1, action: 2 } as const;

interface Keyed<T> {
  item: T;
  day: string | null;
  rank: number;
  time: number;
  sort: number | null;
  ordinal: number;
}

function keyed<T>(item: T, date: Date | null, rank: number, sort: number | null, ordinal: number): Keyed<T> {
  return { item, day: date ? chicagoDay(date) : null, rank, time: date ? date.getTime() : 0, sort, ordinal };
}

/** Undated entries go last: we cannot place them, but must not drop them. */
function compareKeys(a: Keyed<unknown>, b: Keyed<unknown>): number {
  if (a.day !== b.day) {
    if (a.day === null) return 1;
    if (b.day === null) return -1;
    return a.day < b.day ? -1 : 1;
  }
  if (a.rank !== b.rank) return a.rank - b.rank;
  if (a.time !== b.time) return a.time - b.time;
  if (a.sort !== b.sort) {
    if (a.sort === null) return 1;
    if (b.sort === null) return -1;
    return a.sort - b.sort;
  }
  return a.ordinal - b.ordinal;
}

const clean = (s: string): string => s.replace(/\s+/g, ' ').trim();

export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

const RECOMMENDATION_LABEL: Record<Recommendation, string> = {
  PASS: 'Recommended to pass',
  PASS_AS_AMENDED: 'Recommended to pass as amended',
  DO_NOT_PASS: 'Recommended do not pass',
  HELD: 'Held',
  RE_REFER: 'Recommended for re-referral',
};

/** Turns actions in date order into steps; referral targets depend on what came before. */
function actionSteps(actions: LifecycleActionInput[], committeeReferral: string | null | undefined): TimelineStep[] {
  let referrals = 0;
  let current: string[] = [];
  return actions.map((a) => {
    const entry = classifyActionName(a.actionName);
    const verbatim = a.actionName ?? '';
    const byCommittee = isCommitteeName(a.actionByName) ? clean(a.actionByName) : null;
    const step: TimelineStep = {
      type: entry?.type ?? StepType.OTHER,
      date: a.actionDate,
      label: clean(verbatim) || 'Unnamed action',
      actionName: a.actionName,
      source: 'action',
      sourceId: a.id,
      meetingId: a.meetingId || null,
    };
    if (entry?.result) step.result = entry.result;

    if (step.type === StepType.REFERRED || step.type === StepType.RE_REFERRED) {
      // The text names the target; actionByName is usually the acting body ("City Council"), and
      // committeReferral only describes the first referral.
      let committees = committeesFromText(a.actionText);
      if (committees.length === 0 && byCommittee) committees = [byCommittee];
      if (committees.length === 0 && referrals === 0 && committeeReferral?.trim()) committees = [clean(committeeReferral)];
      const toRules = committees.length === 1 && isRulesCommittee(committees[0]);
      if (mentionsRule42(a.actionText, a.actionByName) || (toRules && referrals > 0)) {
        step.type = StepType.RULE_42_REFERRAL;
        if (committees.length === 0) committees = [RULES_COMMITTEE];
        step.label = `Re-referred to ${joinNames(committees)} under Rule 42`;
      } else {
        const verb = step.type === StepType.REFERRED ? 'Referred' : 'Re-referred';
        step.label = committees.length ? `${verb} to ${joinNames(committees)}` : `${verb} to committee`;
      }
      step.committees = committees;
      step.committee = committees[0] ?? null;
      current = committees;
      referrals += 1;
    } else if (step.type === StepType.COMMITTEE_RECOMMENDATION || step.type === StepType.COMMITTEE_DISCHARGED) {
      const committee = byCommittee ?? (current.length === 1 ? current[0] : null);
      step.committee = committee;
      if (entry?.recommendation) {
        step.recommendation = entry.recommendation;
        const base = RECOMMENDATION_LABEL[entry.recommendation];
        step.label = committee
          ? `${base} ${entry.recommendation === 'HELD' ? 'in' : 'by'} ${committee}`
          : `${base}${entry.recommendation === 'HELD' ? ' in committee' : ''}`;
      } else {
        step.label = committee ? `Discharged from ${committee}` : 'Committee discharged';
      }
    }
    return step;
  });
}

function noticeStep(n: Rule41NoticeInput): TimelineStep {
  const body = n.meetingBody?.trim() || 'City Council';
  return {
    type: StepType.RULE_41_NOTICE,
    date: n.noticeDate ?? n.meetingDate,
    label: n.meetingDate
      ? `Rule 41 notice filed to call it up at the ${body} meeting of ${chicagoDay(n.meetingDate)}`
      : 'Rule 41 notice filed',
    actionName: null,
    source: 'meeting_file',
    sourceId: `${n.meetingId}:${n.fileName}`,
    meetingId: n.meetingId,
    url: n.url,
  };
}

function agendaStep(p: AgendaPlacementInput, index: number): TimelineStep {
  const body = p.body?.trim() || 'meeting';
  const step: TimelineStep = {
    type: StepType.PLACED_ON_AGENDA,
    date: p.meetingDate,
    label: p.meetingDate ? `On the ${body} agenda for ${chicagoDay(p.meetingDate)}` : `On the ${body} agenda`,
    actionName: null,
    source: 'agenda',
    sourceId: `${p.meetingId}:${p.sort ?? `#${index}`}`,
    meetingId: p.meetingId,
    body: p.body,
    location: p.location,
    publicCommentDeadline: p.publicCommentDeadline,
  };
  const result = resultFromActionName(p.actionName);
  if (result) step.result = result;
  return step;
}

/**
 * One matter's history as ordered steps: every action (unknown names become OTHER, never dropped),
 * every Rule 41 notice and every agenda placement. Order: Chicago day, then notice < agenda <
 * action within a day, then time, eLMS `sort`, and input position.
 */
export function buildTimeline(input: TimelineInput): TimelineStep[] {
  // eLMS returns actions newest-first by its own sort, so order them before reading referral context.
  const actions = input.actions
    .map((a) => keyed(a, a.actionDate, RANK.action, a.sort, a.ordinal))
    .sort(compareKeys)
    .map((k) => k.item);
  const all: Keyed<TimelineStep>[] = [
    ...actionSteps(actions, input.committeeReferral).map((s, i) => keyed(s, s.date, RANK.action, null, i)),
    ...input.rule41Notices.map((n, i) => keyed(noticeStep(n), n.noticeDate ?? n.meetingDate, RANK.meeting_file, null, i)),
    ...input.agendaPlacements.map((p, i) => keyed(agendaStep(p, i), p.meetingDate, RANK.agenda, p.sort, i)),
  ];
  return all.sort(compareKeys).map((k) => k.item);
}
