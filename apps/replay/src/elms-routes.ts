/**
 * The eLMS routes, as pure functions from (store, path, query) to a JSON body. HTTP concerns
 * (encoding, rate limit, faults) live in replay-server.ts.
 */
import type { FixtureStore, StoredMeeting } from './fixture-store';
import type { JsonObject } from './fixture-schemas';
import { HttpError } from './http-error';
import { facetsOf, knownFieldsOf, pageOf, parseListQuery, selectRecords, type CollectionSpec } from './list-query';

export interface RouteResult {
  body: unknown;
  /** /matter/{id}-style detail routes, which the real API double-encodes for Accept: application/json. */
  matterDetail?: boolean;
}

const MATTER_SPEC: CollectionSpec = {
  name: 'matter',
  searchFields: ['title', 'recordNumber'],
  // Both refusals are reported by people who used the live API (chi-councilmatic #352; research notes).
  unfilterable: ['title'],
  unsortable: ['recordCreateDate'],
};
const MEETING_SPEC: CollectionSpec = { name: 'meeting', searchFields: ['body', 'comment', 'location', 'meetingCode'] };
const BODY_SPEC: CollectionSpec = { name: 'body', searchFields: ['body', 'bodyAbbreviation', 'bodyDescription'] };
const PERSON_SPEC: CollectionSpec = { name: 'person', searchFields: ['displayName'] };

interface Collection {
  /** What filters and sorts see: the fullest record we have (so actions/any(...) works). */
  records: JsonObject[];
  /** What the list sends for records[i]. */
  toRow: (record: JsonObject) => JsonObject;
  fields: Set<string>;
  spec: CollectionSpec;
}

/** The list form of a matter: nested collections are null in the real list. */
export function matterListRow(detail: JsonObject): JsonObject {
  return { ...detail, actions: null, sponsors: null, attachments: null };
}

/** The list form of a meeting: agenda and attendance are null in the real list. */
export function meetingListRow(m: StoredMeeting): JsonObject {
  if (m.detail) return { ...m.detail, agenda: null, attendance: null };
  return m.listRow!;
}

/**
 * The /meeting-agenda/{id} form. A meeting only known from a list row gets an empty grouped agenda,
 * which is what the live API returns for most meetings anyway (engagic, Dec 2025).
 */
export function groupedMeeting(m: StoredMeeting): JsonObject {
  if (m.detail) return m.detail;
  return { ...m.listRow!, agenda: { status: null, version: null, groups: [] }, attendance: [] };
}

/** The /meeting/{id} form: the same record with agenda flattened to the groups' items, in order. */
export function flatMeeting(m: StoredMeeting): JsonObject {
  const grouped = groupedMeeting(m);
  const agenda = grouped['agenda'] as { groups?: unknown } | null | undefined;
  const groups = agenda && Array.isArray(agenda.groups) ? (agenda.groups as JsonObject[]) : [];
  return { ...grouped, agenda: groups.flatMap((g) => (Array.isArray(g['items']) ? (g['items'] as unknown[]) : [])) };
}

export class ElmsRoutes {
  private cacheVersion = -1;
  private collections!: Record<'matter' | 'meeting' | 'body' | 'person', Collection>;

  constructor(private readonly store: FixtureStore) {}

  private collection(name: 'matter' | 'meeting' | 'body' | 'person'): Collection {
    // Rebuilt only when the store changes (reload / scaleMatters), not per request.
    if (this.cacheVersion !== this.store.version) {
      const matterRecords: JsonObject[] = [...this.store.matterDetails(), ...this.store.listOnlyMatterRows()];
      const meetings = this.store.meetings();
      const meetingRows = new Map<JsonObject, JsonObject>();
      const meetingRecords = meetings.map((m) => {
        const full = (m.detail ?? m.listRow)!;
        meetingRows.set(full, meetingListRow(m));
        return full;
      });
      const bodies: JsonObject[] = this.store.bodies();
      const persons: JsonObject[] = this.store.persons();
      const identity = (r: JsonObject): JsonObject => r;
      this.collections = {
        matter: { records: matterRecords, toRow: matterListRow, fields: knownFieldsOf(matterRecords), spec: MATTER_SPEC },
        meeting: {
          records: meetingRecords,
          toRow: (r) => meetingRows.get(r) ?? r,
          fields: knownFieldsOf(meetingRecords),
          spec: MEETING_SPEC,
        },
        body: { records: bodies, toRow: identity, fields: knownFieldsOf(bodies), spec: BODY_SPEC },
        person: { records: persons, toRow: identity, fields: knownFieldsOf(persons), spec: PERSON_SPEC },
      };
      this.cacheVersion = this.store.version;
    }
    return this.collections[name];
  }

  private list(name: 'matter' | 'meeting' | 'body' | 'person', params: URLSearchParams, withFacets = false): JsonObject {
    const c = this.collection(name);
    const query = parseListQuery(params, c.spec, c.fields);
    const matching = selectRecords(c.records, query, c.spec);
    const { data, meta } = pageOf(matching, query);
    const rows = data.map(c.toRow);
    // Key order as the live envelope: facets first on /meeting.
    if (withFacets) return { facets: facetsOf(matching, ['status', 'body']), data: rows, meta };
    return { data: rows, meta };
  }

  private matterDetail(matterId: string): JsonObject {
    const m = this.store.getMatter(matterId);
    if (m) return m;
    const row = this.store.getListOnlyMatter(matterId);
    if (row) return listOnlyMatterDetail(row);
    throw new HttpError(404, `Matter ${matterId} not found.`);
  }

  private meeting(meetingId: string): StoredMeeting {
    const m = this.store.getMeeting(meetingId);
    if (!m) throw new HttpError(404, `Meeting ${meetingId} not found.`);
    return m;
  }

  private votes(meetingId: string, matterId: string): unknown[] {
    const fromFile = this.store.voteFile(meetingId, matterId);
    if (fromFile) return fromFile;
    const matter = this.store.getMatter(matterId);
    const actions = matter && Array.isArray(matter['actions']) ? (matter['actions'] as JsonObject[]) : [];
    const mid = meetingId.trim().toUpperCase();
    return actions
      .filter((a) => typeof a['meetingId'] === 'string' && a['meetingId'].trim().toUpperCase() === mid)
      .flatMap((a) => (Array.isArray(a['votes']) ? (a['votes'] as unknown[]) : []));
  }

  /** `segments` are the URL-decoded, non-empty path segments. */
  handle(segments: readonly string[], params: URLSearchParams): RouteResult {
    const [root, ...rest] = segments;
    const head = root?.toLowerCase();
    const lc = rest.map((s) => s.toLowerCase());
    switch (head) {
      case 'matter':
        if (rest.length === 0) return { body: this.list('matter', params) };
        if (rest.length === 1) return { body: this.matterDetail(rest[0]!), matterDetail: true };
        if (rest.length === 2 && lc[0] === 'recordnumber') {
          const m = this.store.getMatterByRecordNumber(rest[1]!);
          if (!m) throw new HttpError(404, `Matter with record number '${rest[1]}' not found.`);
          return { body: 'actions' in m && Array.isArray(m['actions']) ? m : listOnlyMatterDetail(m), matterDetail: true };
        }
        break;
      case 'meeting':
      case 'meeting-agenda':
        if (rest.length === 0) return { body: this.list('meeting', params, head === 'meeting') };
        if (rest.length === 1) {
          const m = this.meeting(rest[0]!);
          return { body: head === 'meeting' ? flatMeeting(m) : groupedMeeting(m) };
        }
        if (rest.length === 4 && lc[1] === 'matter' && lc[3] === 'votes') return { body: this.votes(rest[0]!, rest[2]!) };
        break;
      case 'body':
      case 'person': {
        if (rest.length === 0) return { body: this.list(head, params) };
        if (rest.length === 1) {
          const hit = head === 'body' ? this.store.getBody(rest[0]!) : this.store.getPerson(rest[0]!);
          if (!hit) throw new HttpError(404, `${head === 'body' ? 'Body' : 'Person'} ${rest[0]} not found.`);
          return { body: hit };
        }
        break;
      }
    }
    throw new HttpError(404, `No route for /${segments.join('/')}.`);
  }
}

/** A matter known only from a list row: serve it with empty (not null) nested collections. */
function listOnlyMatterDetail(row: JsonObject): JsonObject {
  return {
    ...row,
    actions: row['actions'] ?? [],
    sponsors: row['sponsors'] ?? [],
    attachments: row['attachments'] ?? [],
    relations: row['relations'] ?? [],
    timeline: row['timeline'] ?? [],
  };
}
