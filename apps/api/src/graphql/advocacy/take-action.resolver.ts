import { MatterTakeActionService, SCRIPT_LANGUAGES, TakeActionPanel } from '@app/advocacy';
import { AppConfig } from '@app/core';
import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { toMeetingFileModel } from '../meetings/meeting.mapper';
import { toAlderModel, toCommitteeMemberModel } from '../people/alder.mapper';
import { CommentChannel, ScriptLanguage } from './take-action-data.model';
import { CommentWindowState, DecidingBody, TakeAction, TakeActionCommittee } from './take-action.model';

const committee = (c: { name: string; members: Parameters<typeof toCommitteeMemberModel>[0][] }): TakeActionCommittee => ({
  name: c.name,
  members: c.members.map(toCommitteeMemberModel),
});

export function toTakeActionModel(recordNumber: string, p: TakeActionPanel, ward: number | null, baseUrl: string): TakeAction {
  const matterUrl = `${baseUrl}/matters/${encodeURIComponent(recordNumber)}`;
  return {
    recordNumber,
    decidedBy: p.decider.kind === 'COUNCIL' ? DecidingBody.COUNCIL : DecidingBody.COMMITTEE,
    decidingCommittees: p.decider.kind === 'COMMITTEE' ? p.decider.committees.map(committee) : [],
    heldIn: p.heldIn.map(committee),
    meeting: p.meeting && {
      meetingId: p.meeting.meetingId,
      body: p.meeting.body,
      startsAt: p.meeting.date,
      location: p.meeting.location,
      publicCommentDeadline: p.meeting.publicCommentDeadline,
      files: p.meeting.files.map(toMeetingFileModel),
      comment: p.meeting.comment,
    },
    commentWindows: p.windows.map((w) => ({
      channel: w.rule.channel as CommentChannel,
      state: w.state as CommentWindowState,
      opensAt: w.opensAt,
      closesAt: w.closesAt,
      phone: w.rule.phone,
      email: w.rule.email,
      howEn: w.rule.howEn,
      howEs: w.rule.howEs,
      calendarUrl: `${matterUrl}/public-comment/${w.rule.channel.toLowerCase()}.ics`,
    })),
    rulesCheckedOn: p.rulesCheckedOn,
    ward,
    alder: p.alder?.alder ? toAlderModel(p.alder.alder) : null,
    callScripts: SCRIPT_LANGUAGES.map((language) => ({ language: language as ScriptLanguage, text: p.scripts[language] })),
  };
}

@Resolver()
export class TakeActionResolver {
  constructor(
    private readonly panels: MatterTakeActionService,
    private readonly config: AppConfig,
  ) {}

  @Query(() => TakeAction, {
    nullable: true,
    description:
      'The take-action panel of one matter: who decides next, the committee holding it, the meeting, its public-comment windows, call scripts, and the alder of `ward` if given. Null once the matter has no next step.',
  })
  async takeAction(
    @Args('recordNumber', { type: () => String }) recordNumber: string,
    @Args('ward', { type: () => Int, nullable: true, description: 'The reader’s ward (1–50), for their alder.' }) ward?: number | null,
  ): Promise<TakeAction | null> {
    const w = ward ?? null;
    const { matter, panel } = await this.panels.forRecordNumber(recordNumber, w);
    return panel && toTakeActionModel(matter.recordNumber, panel, w, this.config.publicBaseUrl.replace(/\/+$/, ''));
  }
}
