import {
  DataQualityNote,
  MatterActionRecord,
  MatterAttachmentRecord,
  MatterLifecycle,
  MatterLifecycleService,
  MatterQueryService,
  MatterRecord,
  MatterSponsorRecord,
  PeopleQueryService,
  resultFromActionName,
  tallyVotes,
  toVoteValue,
  TrackingRuleRecord,
  TrackingService,
  VoteResult,
  VoteTally,
  VoteValue,
} from '@app/legislation';
import { TakeActionPanel, TakeActionService } from '@app/advocacy';
import { Injectable } from '@nestjs/common';

export interface RollCallVote {
  voterName: string | null;
  personId: string | null;
  ward: string | null;
  value: VoteValue;
  /** As eLMS wrote it, for values we do not know (OTHER). */
  verbatim: string | null;
}

export interface RollCallData {
  action: MatterActionRecord;
  result: VoteResult | null;
  tally: VoteTally;
  votes: RollCallVote[];
}

export interface SponsorData {
  sponsor: MatterSponsorRecord;
  ward: string | null;
}

export interface MatterPageData {
  matter: MatterRecord;
  lifecycle: MatterLifecycle;
  rules: TrackingRuleRecord[];
  /** Wards with an alder on record: only those get a link to /alders/:ward. */
  alderWards: Set<number>;
  /** The matter's own actions by id: the timeline shows their text and acting body. */
  actions: Map<string, MatterActionRecord>;
  sponsors: SponsorData[];
  attachments: MatterAttachmentRecord[];
  rollCalls: RollCallData[];
  /** Source anomalies, shown as a quiet note under the timeline. */
  dataQuality: DataQualityNote[];
  /** Who decides next, whom to call, how to comment; null once nothing is left to act on. */
  takeAction: TakeActionPanel | null;
}

/** eLMS gives a sponsor's office as the ward number ("03") for alders. */
function wardFromOffice(office: string | null): string | null {
  const n = office && /^\d{1,2}$/.test(office.trim()) ? Number(office) : NaN;
  return n >= 1 && n <= 50 ? String(n) : null;
}

function byWardThenName(a: RollCallVote, b: RollCallVote): number {
  const wa = a.ward ? Number(a.ward) : Infinity;
  const wb = b.ward ? Number(b.ward) : Infinity;
  return wa - wb || (a.voterName ?? '').localeCompare(b.voterName ?? '');
}

/** Everything the matter page shows, read through the legislation services. */
@Injectable()
export class MatterPageQuery {
  constructor(
    private readonly matters: MatterQueryService,
    private readonly lifecycle: MatterLifecycleService,
    private readonly tracking: TrackingService,
    private readonly people: PeopleQueryService,
    private readonly takeAction: TakeActionService,
  ) {}

  /** `ward`: the reader's remembered ward, for their alder in the take-action panel. Throws LegislationException INVALID_RECORD_NUMBER or MATTER_NOT_FOUND. */
  async load(recordNumber: string, ward: number | null = null): Promise<MatterPageData> {
    const matter = await this.matters.getByRecordNumber(recordNumber);
    const [lifecycles, actions, sponsors, attachments, rules, dataQuality] = await Promise.all([
      this.lifecycle.forMatters([matter]),
      this.matters.actionsByMatterIds([matter.id]),
      this.matters.sponsorsByMatterIds([matter.id]),
      this.matters.attachmentsByMatterIds([matter.id]),
      this.tracking.rulesByMatterIds([matter.id]),
      this.matters.dataQualityByMatterIds([matter.id]),
    ]);
    const votes = await this.matters.votesByActionIds(actions.map((a) => a.id));
    const personIds = [...new Set([...votes, ...sponsors].map((x) => x.personId).filter((id): id is string => !!id))];
    const lifecycle = lifecycles.get(matter.id)!;
    const [wards, alders, takeAction] = await Promise.all([
      this.people.wardsByPersonIds(personIds),
      this.people.alders(),
      this.takeAction.panelFor(matter, lifecycle, ward),
    ]);
    const wardOf = (personId: string | null) => (personId ? (wards.get(personId) ?? null) : null);

    const rollCalls = actions
      .map((action) => ({ action, votes: votes.filter((v) => v.actionId === action.id).sort((a, b) => a.ordinal - b.ordinal) }))
      .filter((x) => x.votes.length > 0)
      .sort((x, y) => (x.action.actionDate?.getTime() ?? 0) - (y.action.actionDate?.getTime() ?? 0))
      .map(({ action, votes: rows }) => ({
        action,
        result: resultFromActionName(action.actionName),
        tally: tallyVotes(rows),
        votes: rows
          .map((v) => ({
            voterName: v.voterName,
            personId: v.personId,
            ward: wardOf(v.personId),
            value: toVoteValue(v.vote),
            verbatim: v.vote,
          }))
          .sort(byWardThenName),
      }));

    return {
      matter,
      lifecycle,
      rules: rules.map((r) => r.rule),
      alderWards: new Set(alders.map((p) => Number(p.ward))),
      actions: new Map(actions.map((a) => [a.id, a])),
      sponsors: [...sponsors]
        .sort((a, b) => a.ordinal - b.ordinal)
        .map((sponsor) => ({ sponsor, ward: wardOf(sponsor.personId) ?? wardFromOffice(sponsor.office) })),
      attachments: [...attachments].sort((a, b) => a.ordinal - b.ordinal),
      rollCalls,
      dataQuality,
      takeAction,
    };
  }
}
