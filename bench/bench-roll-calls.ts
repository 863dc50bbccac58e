import type { FixtureStore } from '../apps/replay/src';
import { readCapture } from '../apps/demo/src/story/captures';

interface Attendance {
  attendance: { votes: { voterName: string; personId: string }[] }[];
}

/** A roll call as eLMS records a typical passed ordinance: nearly all Yea, a couple of Nays and absences. */
function voteOf(i: number): string {
  if (i % 25 === 7) return 'Nay';
  if (i % 25 === 19) return 'Absent';
  return 'Yea';
}

/**
 * Gives every cloned matter of the replay a City Council "Passed" action on 2026-07-15 whose votes
 * are that meeting's attendance (meeting-agenda-detail-city-council-2026-07-15.json: 50 alders, real
 * names and personIds), so the api bench reads what a voted matter costs. The only captured matter
 * detail has no roll call; the values are bench data, not how anyone voted. Returns the votes added.
 */
export function addRollCalls(store: FixtureStore): number {
  const voters = readCapture<Attendance>('meeting-agenda-detail-city-council-2026-07-15.json').attendance[0]!.votes;
  let added = 0;
  for (const [n, matter] of store.clones().entries()) {
    const actions = matter['actions'] as Record<string, unknown>[];
    const template = actions[actions.length - 1] ?? {};
    const historyId = `D0000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`.toUpperCase();
    actions.unshift({
      ...template,
      historyId,
      actionDate: '2026-07-15T05:00:00+00:00',
      actionByName: 'City Council',
      actionName: 'Passed',
      actionText: 'The matter was Passed.',
      sort: 100,
      votes: voters.map((v, i) => ({ voterName: v.voterName, personId: v.personId, vote: voteOf(i) })),
    });
    added += voters.length;
  }
  return added;
}
