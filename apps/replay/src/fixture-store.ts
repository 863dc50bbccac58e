/**
 * In-memory store of real eLMS API captures, loaded from one flat folder. The file name prefix says
 * which endpoint a capture came from (the folder is shared read-only, so we never rename or move
 * captures, only read them):
 *
 *   matter-detail-*.json          bare object from GET /matter/{matterId}
 *   matter-list-*.json            envelope {data, meta} from GET /matter (optional)
 *   meeting-agenda-detail-*.json  bare object from GET /meeting-agenda/{meetingId} (grouped agenda)
 *   meeting-list-*.json           envelope {facets, data, meta} from GET /meeting
 *   body-*.json                   one row of GET /body (with members[]) or an envelope
 *   person-*.json                 one row of GET /person or an envelope
 *   votes-{meetingId}-{matterId}.json  bare array from GET /meeting/{mid}/matter/{id}/votes (optional)
 *
 * Everything else (the *.source.txt provenance notes, READMEs, other prefixes) is ignored.
 * Files load in name order; when two captures carry the same id the later file wins, except that a
 * meeting's agenda detail always wins over its list row (the detail is the fuller record).
 */
import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import type { z } from 'zod';
import {
  bodySchema,
  envelopeSchema,
  matterDetailSchema,
  meetingSchema,
  personSchema,
  voteRowsSchema,
  type BodyRecord,
  type JsonObject,
  type MatterDetail,
  type MeetingRecord,
  type PersonRecord,
} from './fixture-schemas';
import { resolveFixturesDir } from './fixtures-dir';
import { cloneMatters } from './scale-matters';
import { MessManifest, messUp } from './mess';

export { resolveFixturesDir, findProjectRoot, FIXTURES_DIR_ENV } from './fixtures-dir';

const GUID = '[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}';
const VOTES_FILE_RE = new RegExp(`^votes-(${GUID})-(${GUID})\\.json$`);

/** A meeting as known from a list row, an agenda detail, or both. */
export interface StoredMeeting {
  meetingId: string;
  listRow?: MeetingRecord;
  detail?: MeetingRecord;
}

export interface StoreSummary {
  dir: string;
  matters: number;
  realMatters: number;
  listOnlyMatters: number;
  meetings: number;
  meetingDetails: number;
  bodies: number;
  persons: number;
  voteFiles: number;
  files: string[];
}

/** GUIDs are compared case-insensitively, as SQL Server does. */
const idKey = (id: string): string => id.trim().toUpperCase();
/** Record numbers are matched trimmed (eLMS has some with trailing spaces) and case-insensitively. */
export const recordNumberKey = (n: string): string => n.trim().toUpperCase();

function readJson(file: string): unknown {
  const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    throw new Error(`Replay fixture ${file} is not valid JSON: ${(err as Error).message}`, { cause: err });
  }
}

function parseAs<T extends z.ZodType>(schema: T, value: unknown, file: string, what: string): z.infer<T> {
  const res = schema.safeParse(value);
  if (!res.success) {
    const issue = res.error.issues[0];
    throw new Error(
      `Replay fixture ${file} does not look like ${what}: ${issue ? `${issue.path.join('.') || '(root)'}: ${issue.message}` : res.error.message}`,
    );
  }
  // Serve the capture itself, not zod's copy: zod rebuilds objects with the schema's keys first,
  // and clients should see the live key order.
  return value as z.infer<T>;
}

/** A body-/person- file may be one row or a whole list envelope. */
function rowsOf<T extends z.ZodType>(schema: T, value: unknown, file: string, what: string): z.infer<T>[] {
  if (value && typeof value === 'object' && !Array.isArray(value) && Array.isArray((value as JsonObject)['data'])) {
    return parseAs(envelopeSchema(schema), value, file, `a ${what} list envelope`)['data'] as z.infer<T>[];
  }
  return [parseAs(schema, value, file, `a ${what} row`)];
}

export class FixtureStore {
  private realMatters = new Map<string, MatterDetail>();
  private clonedMatters: MatterDetail[] = [];
  private listOnlyMatters = new Map<string, MatterDetail>();
  private mattersById = new Map<string, MatterDetail>();
  private mattersByRecordNumber = new Map<string, MatterDetail>();
  private meetingsById = new Map<string, StoredMeeting>();
  private bodiesById = new Map<string, BodyRecord>();
  private personsById = new Map<string, PersonRecord>();
  private voteFiles = new Map<string, JsonObject[]>();
  private loadedFiles: string[] = [];
  private scaleTarget = 0;
  private messSeed: number | null = null;
  /** What `mess` did to the clones (null without it). */
  messManifest: MessManifest | null = null;
  /** Bumped on every change so callers can cache derived lists. */
  version = 0;

  private constructor(readonly dir: string) {}

  /** Loads `dir` (resolved with resolveFixturesDir: arg, $ELMS_FIXTURES_DIR, default). */
  static load(dir?: string): FixtureStore {
    const store = new FixtureStore(resolveFixturesDir(dir));
    store.reload();
    return store;
  }

  /** Re-reads the folder (picking up added or edited captures) and re-applies scaleMatters. */
  reload(): this {
    this.realMatters.clear();
    this.listOnlyMatters.clear();
    this.meetingsById.clear();
    this.bodiesById.clear();
    this.personsById.clear();
    this.voteFiles.clear();
    this.loadedFiles = [];
    const matterListRows: MatterDetail[] = [];

    for (const name of readdirSync(this.dir).sort()) {
      if (!name.endsWith('.json')) continue;
      const file = path.join(this.dir, name);
      if (name.startsWith('matter-detail-')) {
        const m = parseAs(matterDetailSchema, readJson(file), file, 'a /matter/{matterId} detail');
        this.realMatters.set(idKey(m.matterId), m);
      } else if (name.startsWith('matter-list-')) {
        matterListRows.push(...parseAs(envelopeSchema(matterDetailSchema), readJson(file), file, 'a /matter list envelope').data);
      } else if (name.startsWith('meeting-agenda-detail-')) {
        const m = parseAs(meetingSchema, readJson(file), file, 'a /meeting-agenda/{meetingId} detail');
        this.meeting(m.meetingId).detail = m;
      } else if (name.startsWith('meeting-list-')) {
        for (const row of parseAs(envelopeSchema(meetingSchema), readJson(file), file, 'a /meeting list envelope').data) {
          this.meeting(row.meetingId).listRow = row;
        }
      } else if (name.startsWith('body-')) {
        for (const b of rowsOf(bodySchema, readJson(file), file, '/body')) this.bodiesById.set(idKey(b.bodyId), b);
      } else if (name.startsWith('person-')) {
        for (const p of rowsOf(personSchema, readJson(file), file, '/person')) this.personsById.set(idKey(p.personId), p);
      } else if (name.startsWith('votes-')) {
        const m = VOTES_FILE_RE.exec(name);
        if (!m) throw new Error(`Replay fixture ${file}: votes files must be named votes-{meetingId}-{matterId}.json`);
        const rows = parseAs(voteRowsSchema, readJson(file), file, 'a bare array of vote rows');
        this.voteFiles.set(`${idKey(m[1]!)}/${idKey(m[2]!)}`, rows);
      } else {
        continue;
      }
      this.loadedFiles.push(name);
    }
    for (const row of matterListRows) {
      if (!this.realMatters.has(idKey(row.matterId))) this.listOnlyMatters.set(idKey(row.matterId), row);
    }
    this.clonedMatters = [];
    if (this.scaleTarget > 0) this.scaleMatters(this.scaleTarget);
    else this.reindexMatters();
    return this;
  }

  /**
   * Adds deterministic clones of the real matter details until there are `n` matters in total
   * (details plus list-only rows). Calling it again replaces the previous clones, so the result
   * depends only on the folder and `n`.
   */
  scaleMatters(n: number): this {
    if (!Number.isInteger(n) || n < 0) throw new Error(`scaleMatters: expected a non-negative integer, got ${n}`);
    this.scaleTarget = n;
    const real = [...this.realMatters.values()];
    const existing = real.length + this.listOnlyMatters.size;
    const taken = {
      ids: new Set([...this.realMatters.keys(), ...this.listOnlyMatters.keys()]),
      recordNumbers: new Set(
        [...real, ...this.listOnlyMatters.values()]
          .map((m) => m['recordNumber'])
          .filter((r): r is string => typeof r === 'string')
          .map(recordNumberKey),
      ),
      publicationDates: new Set(
        [...real, ...this.listOnlyMatters.values()].map((m) => m['lastPublicationDate']).filter((d): d is string => typeof d === 'string'),
      ),
    };
    this.clonedMatters = cloneMatters(real, n - existing, taken);
    this.messManifest = null;
    if (this.messSeed !== null) {
      const meetings = this.meetings().map((m) => ({ meetingId: m.meetingId, date: String((m.detail ?? m.listRow)?.['date'] ?? '') }));
      this.messManifest = messUp(this.clonedMatters, this.messSeed, meetings);
    }
    this.reindexMatters();
    return this;
  }

  /**
   * Republishes matters as eLMS does when a record changes: a new lastPublicationDate (and, if given,
   * a change to the detail). Lasts until the next reload or scale. Returns how many were found.
   */
  republish(matterIds: string[], lastPublicationDate: string, change?: (detail: MatterDetail) => void): number {
    let n = 0;
    for (const id of matterIds) {
      const m = this.mattersById.get(idKey(id));
      if (!m) continue;
      m['lastPublicationDate'] = lastPublicationDate;
      change?.(m);
      n++;
    }
    this.reindexMatters();
    return n;
  }

  /** The clones of scaleMatters (after any mess), in order. */
  clones(): readonly MatterDetail[] {
    return this.clonedMatters;
  }

  /** Messes up the clones of scaleMatters deterministically (see mess.ts); applies now and on reload. */
  mess(seed: number): this {
    if (!Number.isInteger(seed)) throw new Error(`mess: expected an integer seed, got ${seed}`);
    this.messSeed = seed;
    return this.scaleMatters(this.scaleTarget);
  }

  private reindexMatters(): void {
    this.mattersById.clear();
    this.mattersByRecordNumber.clear();
    for (const m of [...this.realMatters.values(), ...this.clonedMatters]) {
      this.mattersById.set(idKey(m.matterId), m);
      if (m.recordNumber) this.mattersByRecordNumber.set(recordNumberKey(m.recordNumber), m);
    }
    this.version++;
  }

  private meeting(meetingId: string): StoredMeeting {
    const key = idKey(meetingId);
    let m = this.meetingsById.get(key);
    if (!m) {
      m = { meetingId };
      this.meetingsById.set(key, m);
    }
    return m;
  }

  /** Matter details (real, then clones), in load order. */
  matterDetails(): MatterDetail[] {
    return [...this.realMatters.values(), ...this.clonedMatters];
  }

  /** Rows from matter-list envelopes that have no detail capture. */
  listOnlyMatterRows(): JsonObject[] {
    return [...this.listOnlyMatters.values()];
  }

  getMatter(matterId: string): MatterDetail | undefined {
    return this.mattersById.get(idKey(matterId));
  }

  getListOnlyMatter(matterId: string): JsonObject | undefined {
    return this.listOnlyMatters.get(idKey(matterId));
  }

  getMatterByRecordNumber(recordNumber: string): MatterDetail | JsonObject | undefined {
    const key = recordNumberKey(recordNumber);
    if (key === '') return undefined;
    const hit = this.mattersByRecordNumber.get(key);
    if (hit) return hit;
    for (const row of this.listOnlyMatters.values()) {
      if (typeof row['recordNumber'] === 'string' && recordNumberKey(row['recordNumber']) === key) return row;
    }
    return undefined;
  }

  meetings(): StoredMeeting[] {
    return [...this.meetingsById.values()];
  }

  getMeeting(meetingId: string): StoredMeeting | undefined {
    return this.meetingsById.get(idKey(meetingId));
  }

  bodies(): BodyRecord[] {
    return [...this.bodiesById.values()];
  }

  getBody(bodyId: string): BodyRecord | undefined {
    return this.bodiesById.get(idKey(bodyId));
  }

  persons(): PersonRecord[] {
    return [...this.personsById.values()];
  }

  getPerson(personId: string): PersonRecord | undefined {
    return this.personsById.get(idKey(personId));
  }

  /** Vote rows from a votes-{meetingId}-{matterId}.json capture, if there is one. */
  voteFile(meetingId: string, matterId: string): JsonObject[] | undefined {
    return this.voteFiles.get(`${idKey(meetingId)}/${idKey(matterId)}`);
  }

  summary(): StoreSummary {
    const meetings = this.meetings();
    return {
      dir: this.dir,
      matters: this.mattersById.size + this.listOnlyMatters.size,
      realMatters: this.realMatters.size,
      listOnlyMatters: this.listOnlyMatters.size,
      meetings: meetings.length,
      meetingDetails: meetings.filter((m) => m.detail).length,
      bodies: this.bodiesById.size,
      persons: this.personsById.size,
      voteFiles: this.voteFiles.size,
      files: [...this.loadedFiles],
    };
  }
}
