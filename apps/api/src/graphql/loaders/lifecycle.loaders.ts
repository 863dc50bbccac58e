import type { MatterLifecycle, MatterLifecycleService, MatterRecord } from '@app/legislation';
import DataLoader from 'dataloader';

export function createLifecycleLoaders(lifecycle: MatterLifecycleService) {
  return {
    lifecycleByMatter: new DataLoader<MatterRecord, MatterLifecycle, string>(
      async (matters) => {
        const byId = await lifecycle.forMatters([...matters]);
        return matters.map((m) => byId.get(m.id)!);
      },
      { cacheKeyFn: (m) => m.id },
    ),
  };
}
