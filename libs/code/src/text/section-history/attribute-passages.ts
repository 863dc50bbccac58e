import type { AttributedPassage, EnactmentRef, RebuiltSectionVersion } from './section-history.types';

interface Owner {
  enactment: EnactmentRef | null;
  date: string | null;
}

/**
 * Who wrote each passage of the newest version: the oldest known wording belongs to the ordinance that added the
 * section (or to no one known, when the chain broke), then each later step's inserted words belong to its
 * ordinance while kept words keep their owner. Versions come newest first, as the history lists them.
 */
export function attributePassages(versions: readonly RebuiltSectionVersion[], brokenBefore: string | null): AttributedPassage[] {
  if (versions.length === 0) return [];
  const oldest = versions[versions.length - 1];
  const origin: Owner = oldest.step?.addedSection
    ? { enactment: oldest.step.enactment, date: oldest.step.entry.date }
    : { enactment: null, date: brokenBefore };
  let text = oldest.text;
  let owners: Owner[] = Array.from({ length: text.length }, () => origin);
  for (let i = versions.length - 2; i >= 0; i--) {
    const v = versions[i];
    const owner: Owner = { enactment: v.step?.enactment ?? null, date: v.step?.entry.date ?? null };
    const next: Owner[] = [];
    // Every version but the oldest carries its redline from the one before (the diff of `text` and `v.text`).
    for (const h of v.redline ?? []) {
      if (h.op === 'equal') next.push(...owners.slice(h.fromStart, h.fromEnd));
      else if (h.op === 'insert') for (let k = h.toStart; k < h.toEnd; k++) next.push(owner);
    }
    text = v.text;
    owners = next;
  }
  const runs: AttributedPassage[] = [];
  for (let at = 0; at < text.length;) {
    let end = at + 1;
    while (end < text.length && owners[end] === owners[at]) end++;
    runs.push({ text: text.slice(at, end), enactment: owners[at].enactment, date: owners[at].date });
    at = end;
  }
  return mergeRuns(runs);
}

const sameOwner = (a: AttributedPassage, b: AttributedPassage) => a.enactment === b.enactment && a.date === b.date;

/** Adjacent runs of one owner become one passage, and so does a run of spaces between two runs of one owner. */
function mergeRuns(runs: AttributedPassage[]): AttributedPassage[] {
  const out: AttributedPassage[] = [];
  for (let i = 0; i < runs.length; i++) {
    const r = runs[i];
    const last = out[out.length - 1];
    const next = runs[i + 1];
    if (last && sameOwner(last, r)) last.text += r.text;
    else if (last && next && /^[ \t]+$/.test(r.text) && sameOwner(last, next)) last.text += r.text;
    else out.push({ ...r });
  }
  return out;
}
