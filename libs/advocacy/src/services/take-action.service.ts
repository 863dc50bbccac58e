import { CHICAGO_TIME_ZONE, Clock } from '@app/core';
import {
  MatterLifecycle,
  MatterRecord,
  MeetingFileRecord,
  MeetingQueryService,
  MembershipRow,
  PeopleQueryService,
  StepType,
  StoryStep,
} from '@app/legislation';
import { Injectable } from '@nestjs/common';
import { TakeActionRepository } from '../repositories/take-action.repository';
import { fillCallScript, SCRIPT_LANGUAGES, ScriptLanguage, ScriptValues } from '../take-action/call-script';
import { CommentWindow, commentWindows } from '../take-action/public-comment-rule';
import { FindAlderService, WardAlder } from './find-alder.service';

/** The eLMS body of full Council meetings. */
export const CITY_COUNCIL = 'City Council';

export interface CommitteeRef {
  name: string;
  /** Current members as eLMS lists them (empty when it lists none). */
  members: MembershipRow[];
}

export interface TakeActionMeeting {
  meetingId: string;
  body: string | null;
  date: Date;
  location: string | null;
  /** As eLMS publishes it for the meeting; null when it has not. */
  publicCommentDeadline: Date | null;
  /** The meeting's files as eLMS lists them (agenda, notices). */
  files: MeetingFileRecord[];
  /** The Clerk's own note on the meeting's deadlines, verbatim ("*Public Comment Deadline 1/15/2025 9:00 AM …"). */
  comment: string | null;
}

/** Everything the take-action panel of a matter shows; null when there is nothing left to act on. */
export interface TakeActionPanel {
  /** Who decides next: the full Council, or a committee (with its members). */
  decider: { kind: 'COUNCIL' } | { kind: 'COMMITTEE'; committees: CommitteeRef[] };
  /** The committees holding the matter now (a Rule 41 notice can call it out of one). */
  heldIn: CommitteeRef[];
  meeting: TakeActionMeeting | null;
  /** Ways to comment at that meeting, by the rules kept as data (none without a meeting or rules for its body). */
  windows: CommentWindow[];
  /** The day the rules behind `windows` were last checked (the oldest, if they differ). */
  rulesCheckedOn: string | null;
  /** The reader's ward and alder, when the ward is known. */
  alder: WardAlder | null;
  /** The call script in each language, filled with the matter. */
  scripts: Record<ScriptLanguage, string>;
  /** The clock the panel was computed at (countdowns count from it). */
  now: Date;
}

const REFERRALS = new Set([StepType.REFERRED, StepType.RE_REFERRED, StepType.RULE_42_REFERRAL]);
const LEFT_COMMITTEE = new Set([StepType.COMMITTEE_RECOMMENDATION, StepType.COMMITTEE_DISCHARGED]);

/** The committees of the latest referral, unless a committee has reported or been discharged since. */
export function committeesHolding(timeline: StoryStep[]): string[] {
  let held: string[] = [];
  for (const s of timeline) {
    if (REFERRALS.has(s.type)) held = s.committees?.length ? s.committees : s.committee ? [s.committee] : [];
    else if (LEFT_COMMITTEE.has(s.type)) held = [];
  }
  return held;
}

const DATE = {
  en: new Intl.DateTimeFormat('en-US', { timeZone: CHICAGO_TIME_ZONE, weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' }),
  es: new Intl.DateTimeFormat('es-US', { timeZone: CHICAGO_TIME_ZONE, weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' }),
};

function scriptValues(
  lang: ScriptLanguage,
  m: MatterRecord,
  decider: TakeActionPanel['decider'],
  meeting: TakeActionMeeting | null,
): ScriptValues {
  const names = decider.kind === 'COMMITTEE' ? decider.committees.map((c) => c.name) : [];
  const deciderText =
    decider.kind === 'COUNCIL'
      ? { en: 'the full City Council', es: 'el pleno del Concejo Municipal' }[lang]
      : lang === 'en'
        ? `the ${names.join(' and the ')}`
        : `el comité ${names.map((n) => `«${n}»`).join(' y el comité ')}`;
  const when = meeting
    ? { en: `on ${DATE.en.format(meeting.date)}`, es: `el ${DATE.es.format(meeting.date)}` }[lang]
    : { en: 'at its next meeting', es: 'en su próxima reunión' }[lang];
  return { recordNumber: m.recordNumber, title: m.title ?? m.recordNumber, when, decider: deciderText };
}

/**
 * @description The take-action panel of a matter: who decides next and who sits there, the
 * reader's alder, the meeting and its public-comment windows (rules kept as data plus what eLMS
 * publishes), and a call script in English and Spanish. Nothing here is invented: a phone number,
 * address or file appears only if eLMS or an operator-kept rule gives it.
 */
@Injectable()
export class TakeActionService {
  constructor(
    private readonly data: TakeActionRepository,
    private readonly people: PeopleQueryService,
    private readonly meetings: MeetingQueryService,
    private readonly findAlder: FindAlderService,
    private readonly clock: Clock,
  ) {}

  /** The panel for a matter at its lifecycle; `ward` is the reader's, when they told us. */
  async panelFor(matter: MatterRecord, lifecycle: MatterLifecycle, ward: number | null): Promise<TakeActionPanel | null> {
    const next = lifecycle.nextStep;
    if (!next) return null;
    const now = this.clock.now();
    const heldNames = committeesHolding(lifecycle.timeline);
    let deciderNames: string[] | null = null; // null: the full Council
    if (next.kind === 'MEETING' && next.body && next.body !== CITY_COUNCIL) deciderNames = [next.body];
    if (next.kind === 'COMMITTEE') deciderNames = next.committees.length ? next.committees : heldNames;

    const [committees, meetingRows, alder, templates] = await Promise.all([
      this.committeesByName([...heldNames, ...(deciderNames ?? [])]),
      next.kind === 'MEETING' ? this.meetings.bySourceIds([next.meetingId]) : Promise.resolve([]),
      ward === null ? Promise.resolve(null) : this.findAlder.alderOf(ward).then((a) => ({ ward, alder: a })),
      this.data.templates(),
    ]);
    const ref = (name: string): CommitteeRef => committees.get(name.toLowerCase()) ?? { name, members: [] };
    const decider: TakeActionPanel['decider'] = deciderNames
      ? { kind: 'COMMITTEE', committees: deciderNames.map(ref) }
      : { kind: 'COUNCIL' };

    let meeting: TakeActionMeeting | null = null;
    let windows: CommentWindow[] = [];
    if (next.kind === 'MEETING') {
      const files = meetingRows[0] ? await this.meetings.filesByMeetingIds([meetingRows[0].id]) : [];
      meeting = {
        meetingId: next.meetingId,
        body: next.body,
        date: next.date,
        location: next.location,
        publicCommentDeadline: next.publicCommentDeadline,
        files,
        comment: meetingRows[0]?.comment?.trim() || null,
      };
      windows = next.body ? commentWindows(await this.data.rules([next.body]), next.date, now) : [];
    }
    const scripts = Object.fromEntries(
      SCRIPT_LANGUAGES.map((lang) => {
        const template = templates.find((t) => t.language === lang)?.template;
        return [lang, template ? fillCallScript(template, scriptValues(lang, matter, decider, meeting)) : ''];
      }),
    ) as Record<ScriptLanguage, string>;
    const checked = windows.map((w) => w.rule.checkedOn).sort();
    return { decider, heldIn: heldNames.map(ref), meeting, windows, rulesCheckedOn: checked[0] ?? null, alder, scripts, now };
  }

  /** Committees by (case-insensitive) eLMS body name, with their current members. */
  private async committeesByName(names: string[]): Promise<Map<string, CommitteeRef>> {
    const wanted = new Set(names.map((n) => n.toLowerCase()));
    if (wanted.size === 0) return new Map();
    const bodies = (await this.people.committees()).filter((b) => wanted.has(b.name.toLowerCase()));
    const members = await this.people.membersByBodyIds(bodies.map((b) => b.bodyId));
    const now = this.clock.now();
    return new Map(
      bodies.map((b) => [
        b.name.toLowerCase(),
        { name: b.name, members: members.filter((m) => m.bodyId === b.bodyId && (!m.endDate || m.endDate > now)) },
      ]),
    );
  }
}
