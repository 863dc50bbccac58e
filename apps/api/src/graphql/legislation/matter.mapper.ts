import type { ActionVoteRecord, MatterActionRecord, MatterAttachmentRecord, MatterRecord, MatterSponsorRecord } from '@app/legislation';
import { Attachment, Matter, MatterAction, Sponsor, Vote } from './matter.model';

export function toMatterModel(m: MatterRecord): Matter {
  return Object.assign(new Matter(), {
    rowId: m.id,
    record: m,
    rawDocumentId: m.rawDocumentId,
    matterId: m.matterId,
    recordNumber: m.recordNumber,
    legacyRecordNumber: m.legacyRecordNumber,
    title: m.title,
    type: m.type,
    status: m.status,
    subStatus: m.subStatus,
    matterCategory: m.matterCategory,
    introductionDate: m.introductionDate,
    finalActionDate: m.finalActionDate,
    filingSponsor: m.filingSponsor,
    committeeReferral: m.committeeReferral,
    controllingBody: m.controllingBody,
    originalRecordNumber: m.originalRecordNumber,
    supersededBy: m.supersededBy,
    relations: m.relations,
    lastPublicationDate: m.lastPublicationDate,
    fetchedAt: m.fetchedAt,
  });
}

export function toActionModel(a: MatterActionRecord): MatterAction {
  return Object.assign(new MatterAction(), {
    id: a.id,
    historyId: a.historyId,
    date: a.actionDate,
    name: a.actionName,
    text: a.actionText,
    byName: a.actionByName,
    journalPage: a.journalPage,
    meetingId: a.meetingId,
    sort: a.sort,
  });
}

export function toVoteModel(v: ActionVoteRecord): Vote {
  return { personId: v.personId, voterName: v.voterName, vote: v.vote };
}

export function toSponsorModel(s: MatterSponsorRecord): Sponsor {
  return { personId: s.personId, name: s.sponsorName, type: s.sponsorType, office: s.office };
}

export function toAttachmentModel(a: MatterAttachmentRecord): Attachment {
  return { fileName: a.fileName, url: a.path, type: a.attachmentType };
}
