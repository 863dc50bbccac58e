import { seededRandom } from '@app/core';
import { INTRODUCTION_ACTION_NAMES } from '@app/legislation';
import type { MatterDetail } from './fixture-schemas';

/**
 * `--mess SEED`: turns the cloned matters of `--scale` into a source as messy as the real eLMS,
 * deterministically (same folder, scale and seed: same bytes). The real captures are served as
 * they are; only clones are messed, so a test can count exactly what it should find.
 *
 * First every clone is made clean for the anomaly rules (acting body filled in, no duplicate or
 * out-of-order steps, no meeting references), then each clone draws at most one anomaly that the
 * tracker flags, and independently some mess that must change nothing but what is stored:
 *
 * | kind                           | rate  | what is done to the clone                                           |
 * |--------------------------------|-------|---------------------------------------------------------------------|
 * | ACTION_WITHOUT_DATE            | 3 %   | one action's `actionDate` set to null                               |
 * | ACTION_WITHOUT_BODY            | 3 %   | one action's `actionByName` set to null                             |
 * | DUPLICATE_ACTION               | 2 %   | one action listed twice (a new historyId, same name, date and body) |
 * | INTRODUCED_AFTER_LATER_STEP    | 2 %   | an "Introduced" action dated a day after the newest step            |
 * | ACTION_DATE_NOT_MEETING_DATE   | 2 %   | one action names a served meeting held days away from its date      |
 * | NO_TEXT_DOCUMENT               | 1 %   | an ordinance's Legislation attachments removed                      |
 * | broken (quarantined)           | 0.5 % | `actions` an object, `title` a number, or `sponsors` a string       |
 * | optional fields null or absent | 25 %  | shortTitle, subStatus, statusDescription, filingOffice, … nulled/removed |
 * | trailing spaces                | 10 %  | on recordNumber, title, sponsorName, voterName                      |
 */
export const MESS_RATES = {
  ACTION_WITHOUT_DATE: 0.03,
  ACTION_WITHOUT_BODY: 0.03,
  DUPLICATE_ACTION: 0.02,
  INTRODUCED_AFTER_LATER_STEP: 0.02,
  ACTION_DATE_NOT_MEETING_DATE: 0.02,
  NO_TEXT_DOCUMENT: 0.01,
  broken: 0.005,
  optionalNulls: 0.25,
  trailingSpaces: 0.1,
} as const;

export type FlaggedMess = Exclude<keyof typeof MESS_RATES, 'broken' | 'optionalNulls' | 'trailingSpaces'>;

export interface MessManifest {
  seed: number;
  /** Record numbers (trimmed, upper case) of the clones, by the anomaly each carries. */
  flagged: Record<FlaggedMess, string[]>;
  /** matterIds of clones that break the schema (to be quarantined, not stored). */
  broken: string[];
  optionalNulls: number;
  trailingSpaces: number;
  clones: number;
}

type Json = Record<string, any>;

const DAY = 86_400_000;
const OPTIONAL_FIELDS = [
  'shortTitle',
  'subStatus',
  'statusDescription',
  'filingOffice',
  'controllingBody',
  'nicknameAlias',
  'matterCategory',
  'routine',
];
const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, '+00:00');
const isIntro = (a: Json) =>
  INTRODUCTION_ACTION_NAMES.includes(
    String(a.actionName ?? '')
      .trim()
      .toLowerCase(),
  );

/** Removes every anomaly the tracker flags, so what the mess adds is all there is. */
function makeClean(m: Json): void {
  const fallback = m.introductionDate ?? m.lastPublicationDate;
  const seen = new Set<string>();
  const actions: Json[] = [];
  for (const a of Array.isArray(m.actions) ? m.actions : []) {
    if (!a.actionByName || !String(a.actionByName).trim()) a.actionByName = 'City Council';
    if (!a.actionDate) a.actionDate = fallback;
    a.meetingId = '';
    const key = `${a.actionName}|${a.actionDate}|${String(a.actionByName).trim()}`;
    if (seen.has(key)) continue;
    seen.add(key);
    actions.push(a);
  }
  const others = actions.filter((a) => !isIntro(a)).map((a) => Date.parse(a.actionDate));
  const earliest = others.length ? Math.min(...others) : NaN;
  for (const a of actions) if (isIntro(a) && Date.parse(a.actionDate) > earliest) a.actionDate = iso(earliest);
  m.actions = actions;
}

function hasText(m: Json): boolean {
  return (
    !/^ordinance/i.test(String(m.type ?? '')) ||
    (m.attachments ?? []).some((t: Json) => /^legislation$/i.test(String(t.attachmentType ?? '').trim()))
  );
}

/**
 * Messes up `clones` in place. `meetings` are served meetings (id and date) that a step may name.
 * Returns what was done, for tests to count exactly.
 */
export function messUp(clones: MatterDetail[], seed: number, meetings: { meetingId: string; date: string }[]): MessManifest {
  const rnd = seededRandom(seed);
  const manifest: MessManifest = {
    seed,
    flagged: {
      ACTION_WITHOUT_DATE: [],
      ACTION_WITHOUT_BODY: [],
      DUPLICATE_ACTION: [],
      INTRODUCED_AFTER_LATER_STEP: [],
      ACTION_DATE_NOT_MEETING_DATE: [],
      NO_TEXT_DOCUMENT: [],
    },
    broken: [],
    optionalNulls: 0,
    trailingSpaces: 0,
    clones: clones.length,
  };
  const datedMeetings = meetings.filter((x) => !Number.isNaN(Date.parse(x.date)));
  for (const clone of clones) {
    const m = clone as Json;
    makeClean(m);
    const rn = String(m.recordNumber).trim().toUpperCase();
    const actions: Json[] = m.actions;
    const pick = () => actions[Math.floor(rnd() * actions.length)];
    if (!hasText(m)) manifest.flagged.NO_TEXT_DOCUMENT.push(rn);

    let u = rnd();
    let flagged: FlaggedMess | 'broken' | null = null;
    for (const kind of [
      'ACTION_WITHOUT_DATE',
      'ACTION_WITHOUT_BODY',
      'DUPLICATE_ACTION',
      'INTRODUCED_AFTER_LATER_STEP',
      'ACTION_DATE_NOT_MEETING_DATE',
      'NO_TEXT_DOCUMENT',
      'broken',
    ] as const) {
      if (u < MESS_RATES[kind]) {
        flagged = kind;
        break;
      }
      u -= MESS_RATES[kind];
    }
    if (actions.length === 0 && flagged !== 'broken' && flagged !== 'NO_TEXT_DOCUMENT') flagged = null;
    switch (flagged) {
      case 'ACTION_WITHOUT_DATE':
        pick().actionDate = null;
        break;
      case 'ACTION_WITHOUT_BODY':
        pick().actionByName = null;
        break;
      case 'DUPLICATE_ACTION': {
        const a = pick();
        actions.push({ ...a, historyId: `${String(a.historyId).slice(0, 24)}D${String(actions.length).padStart(11, '0')}`, votes: [] });
        break;
      }
      case 'INTRODUCED_AFTER_LATER_STEP': {
        const newest = Math.max(...actions.map((a) => Date.parse(a.actionDate)));
        actions.push({
          ...actions[0],
          historyId: `${String(actions[0].historyId).slice(0, 24)}I${String(actions.length).padStart(11, '0')}`,
          actionName: 'Introduced',
          actionText: null,
          actionByName: 'City Council',
          actionDate: iso(newest + DAY),
          votes: [],
        });
        break;
      }
      case 'ACTION_DATE_NOT_MEETING_DATE': {
        const a = pick();
        const far = datedMeetings.find((x) => Math.abs(Date.parse(x.date) - Date.parse(a.actionDate)) > 3 * DAY);
        if (far) a.meetingId = far.meetingId;
        else flagged = null;
        break;
      }
      case 'NO_TEXT_DOCUMENT':
        if (hasText(m) && /^ordinance/i.test(String(m.type ?? '')))
          m.attachments = (m.attachments ?? []).filter((t: Json) => !/^legislation$/i.test(String(t.attachmentType ?? '').trim()));
        else flagged = null;
        break;
      case 'broken': {
        const how = Math.floor(rnd() * 3);
        if (how === 0) m.actions = { items: actions };
        else if (how === 1) m.title = 20250000 + Math.floor(rnd() * 9999);
        else m.sponsors = 'see attachment';
        manifest.broken.push(String(m.matterId));
        break;
      }
    }
    if (flagged && flagged !== 'broken' && !manifest.flagged[flagged].includes(rn)) manifest.flagged[flagged].push(rn);

    if (rnd() < MESS_RATES.optionalNulls) {
      manifest.optionalNulls++;
      for (const f of OPTIONAL_FIELDS) {
        if (rnd() >= 0.5) continue;
        if (rnd() < 0.5) delete m[f];
        else m[f] = null;
      }
    }
    if (rnd() < MESS_RATES.trailingSpaces) {
      manifest.trailingSpaces++;
      m.recordNumber = `${m.recordNumber} `;
      if (typeof m.title === 'string') m.title = `${m.title} `;
      for (const s of Array.isArray(m.sponsors) ? m.sponsors : []) if (s.sponsorName) s.sponsorName = `${s.sponsorName} `;
      for (const a of Array.isArray(m.actions) ? m.actions : [])
        for (const v of a.votes ?? []) if (v.voterName) v.voterName = `${v.voterName} `;
    }
  }
  const broken = new Set(
    clones.filter((c) => manifest.broken.includes(String(c.matterId))).map((c) => String(c.recordNumber).trim().toUpperCase()),
  );
  for (const kind of Object.keys(manifest.flagged) as FlaggedMess[])
    manifest.flagged[kind] = manifest.flagged[kind].filter((rn) => !broken.has(rn));
  return manifest;
}
