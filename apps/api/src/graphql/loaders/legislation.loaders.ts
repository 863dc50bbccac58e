import type {
  ActionVoteRecord,
  DataQualityNote,
  MatterActionRecord,
  MatterAttachmentRecord,
  MatterQueryService,
  MatterSponsorRecord,
} from '@app/legislation';
import DataLoader from 'dataloader';
import { groupByKey } from './group-by-key.util';

export function createLegislationLoaders(matters: MatterQueryService) {
  return {
    actionsByMatterId: new DataLoader<string, MatterActionRecord[]>(async (ids) =>
      groupByKey(ids, await matters.actionsByMatterIds([...ids]), (a) => a.matterId),
    ),
    votesByActionId: new DataLoader<string, ActionVoteRecord[]>(async (ids) =>
      groupByKey(ids, await matters.votesByActionIds([...ids]), (v) => v.actionId),
    ),
    sponsorsByMatterId: new DataLoader<string, MatterSponsorRecord[]>(async (ids) =>
      groupByKey(ids, await matters.sponsorsByMatterIds([...ids]), (s) => s.matterId),
    ),
    attachmentsByMatterId: new DataLoader<string, MatterAttachmentRecord[]>(async (ids) =>
      groupByKey(ids, await matters.attachmentsByMatterIds([...ids]), (a) => a.matterId),
    ),
    dataQualityByMatterId: new DataLoader<string, DataQualityNote[]>(async (ids) =>
      groupByKey(ids, await matters.dataQualityByMatterIds([...ids]), (n) => n.matterId),
    ),
  };
}
