import type { TrackingRuleRecord, TrackingService } from '@app/legislation';
import DataLoader from 'dataloader';
import { groupByKey } from './group-by-key.util';

export function createTrackingLoaders(tracking: TrackingService) {
  return {
    trackingRulesByMatterId: new DataLoader<string, TrackingRuleRecord[]>(async (ids) =>
      groupByKey(ids, await tracking.rulesByMatterIds([...ids]), (r) => r.matterId).map((g) => g.map((r) => r.rule)),
    ),
  };
}
