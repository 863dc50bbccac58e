import { createHash } from 'node:crypto';
import type { MatterDetail } from './fixture-schemas';

/**
 * Deterministic clones of real matter details, so an ingest benchmark can page through thousands of
 * matters that still have the real payload shapes. Only identity and ordering fields change:
 * - matterId and actions[].historyId become new upper-case GUIDs derived from a counter;
 * - record numbers keep their prefix and year but get serial `9xxxxxx` (never used by eLMS, whose
 *   serials are still far below 9,000,000), mapped consistently within one clone across
 *   recordNumber / originalRecordNumber / relations / supersededBy, so a substitute SO2025-9000001
 *   still points at O2025-9000001;
 * - lastPublicationDate steps back in time from the newest real one, all distinct, so watermark
 *   walks over `sort=lastPublicationDate desc` have a real order to follow.
 */

const RECORD_NUMBER_RE = /^([A-Za-z]+)(\d{4})-(\d+)$/;
const MAX_SERIAL = 999_999;
/**
 * About 3 hours per clone (5,000 clones span ~21 months, like a real backlog), plus 7 s so clones
 * rarely land on a real matter's timestamp.
 */
const PUBLICATION_STEP_MS = 10_807_000;

export function guidFromCounter(kind: string, counter: number): string {
  const hex = createHash('sha1').update(`elms-replay:${kind}:${counter}`).digest('hex').toUpperCase();
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

function formatInstant(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, '+00:00');
}

class SerialAllocator {
  private next = 1;

  allocate(): string {
    if (this.next > MAX_SERIAL) throw new Error(`scaleMatters: more than ${MAX_SERIAL} record-number serials needed`);
    return `9${String(this.next++).padStart(6, '0')}`;
  }
}

/** Rewrites every record number in one clone, giving each distinct `year-serial` one new serial. */
function recordNumberRewriter(serials: SerialAllocator): (value: unknown) => unknown {
  const mapping = new Map<string, string>();
  return (value) => {
    if (typeof value !== 'string') return value;
    const trimmed = value.trim();
    const m = RECORD_NUMBER_RE.exec(trimmed);
    if (!m) return value;
    const [, prefix, year, serial] = m;
    const key = `${year}-${Number(serial)}`;
    let fresh = mapping.get(key);
    if (!fresh) {
      fresh = serials.allocate();
      mapping.set(key, fresh);
    }
    return `${prefix}${year}-${fresh}`;
  };
}

/**
 * Returns `count` clones of `seeds` (round robin). `taken` holds ids/record numbers/publication
 * dates already in use; clones avoid them and add their own.
 */
export function cloneMatters(
  seeds: readonly MatterDetail[],
  count: number,
  taken: { ids: Set<string>; recordNumbers: Set<string>; publicationDates: Set<string> },
): MatterDetail[] {
  if (count <= 0) return [];
  if (seeds.length === 0) throw new Error('scaleMatters: no real matter details loaded to clone');
  const newest = Math.max(
    ...seeds.map((s) => {
      const ms = typeof s['lastPublicationDate'] === 'string' ? Date.parse(s['lastPublicationDate']) : NaN;
      return Number.isNaN(ms) ? 0 : ms;
    }),
  );
  const base = newest > 0 ? newest : Date.parse('2026-01-01T00:00:00Z');
  const serials = new SerialAllocator();
  let guidCounter = 0;
  const freshGuid = (kind: string): string => {
    for (;;) {
      const g = guidFromCounter(kind, ++guidCounter);
      if (!taken.ids.has(g)) {
        taken.ids.add(g);
        return g;
      }
    }
  };

  const clones: MatterDetail[] = [];
  let step = 0;
  for (let k = 0; k < count; k++) {
    const seed = seeds[k % seeds.length]!;
    const clone = structuredClone(seed);
    let rewrite = recordNumberRewriter(serials);
    let recordNumber = rewrite(clone.recordNumber);
    // Another loaded matter may already use the serial (e.g. a previous scale); skip past it.
    while (typeof recordNumber === 'string' && taken.recordNumbers.has(recordNumber.toUpperCase())) {
      rewrite = recordNumberRewriter(serials);
      recordNumber = rewrite(clone.recordNumber);
    }
    clone.recordNumber = recordNumber as MatterDetail['recordNumber'];
    if (typeof recordNumber === 'string') taken.recordNumbers.add(recordNumber.toUpperCase());
    for (const key of ['originalRecordNumber', 'supersededBy'] as const) {
      if (key in clone) clone[key] = rewrite(clone[key]);
    }
    if (Array.isArray(clone['relations'])) clone['relations'] = clone['relations'].map(rewrite);

    clone.matterId = freshGuid('matter');
    if (Array.isArray(clone['actions'])) {
      for (const action of clone['actions']) {
        if (action && typeof action === 'object' && 'historyId' in action) {
          (action as Record<string, unknown>)['historyId'] = freshGuid('history');
        }
      }
    }

    let published: string;
    do published = formatInstant(base - ++step * PUBLICATION_STEP_MS);
    while (taken.publicationDates.has(published));
    taken.publicationDates.add(published);
    clone['lastPublicationDate'] = published;
    clones.push(clone);
  }
  return clones;
}
