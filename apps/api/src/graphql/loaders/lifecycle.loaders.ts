import type { MatterLifecycle, MatterLifecycleService, MatterRecord, NextStep } from '@app/legislation';
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
    /** The next step alone: from the stored stage and next meeting where they hold (see stagesAndNextSteps). */
    nextStepByMatter: new DataLoader<MatterRecord, NextStep | null, string>(
      async (matters) => {
        const byId = await lifecycle.stagesAndNextSteps([...matters]);
        return matters.map((m) => byId.get(m.id)!.nextStep);
      },
      { cacheKeyFn: (m) => m.id },
    ),
  };
}
