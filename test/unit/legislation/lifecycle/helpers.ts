import type { LifecycleActionInput } from '../../../../libs/legislation/src/lifecycle';

/** Maps an eLMS capture's actions[] into the builder's input, the way the ingest will. */
export function toActionInputs(actions: Record<string, any>[]): LifecycleActionInput[] {
  return actions.map((a, ordinal) => ({
    id: a.historyId,
    actionDate: a.actionDate ? new Date(a.actionDate) : null,
    actionName: a.actionName,
    actionText: a.actionText,
    actionByName: a.actionByName,
    sort: a.sort ?? null,
    ordinal,
    meetingId: a.meetingId || null,
  }));
}

let n = 0;
export function action(p: Partial<LifecycleActionInput> & { actionName: string; actionDate: Date | null }): LifecycleActionInput {
  n += 1;
  return { id: `a${n}`, actionText: null, actionByName: 'City Council', sort: null, ordinal: n, meetingId: null, ...p };
}
