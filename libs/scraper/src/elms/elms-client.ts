import { z } from 'zod';
import { ElmsHttpError, ElmsPagingError, ElmsSchemaError, ElmsSchemaIssue } from './elms.errors';
import {
  ElmsBody,
  elmsBodySchema,
  ElmsFacet,
  ElmsMatterDetail,
  elmsMatterDetailSchema,
  ElmsMatterListRow,
  elmsMatterListRowSchema,
  ElmsMeetingAgendaDetail,
  elmsMeetingAgendaDetailSchema,
  ElmsMeetingDetail,
  elmsMeetingDetailSchema,
  ElmsMeetingListRow,
  elmsMeetingListRowSchema,
  ElmsMeta,
  ElmsPerson,
  elmsPersonSchema,
  ElmsVote,
  elmsVoteListSchema,
  elmsRawEnvelopeSchema,
} from './elms.schemas';
import { canonicalJson } from './elms.values';
import { SourceFetcher, SourceFetchResult, encodePathSegment } from './http-fetcher';

/** One validated record plus what is needed to archive it. */
export interface FetchedDoc<T> {
  data: T;
  /** Canonical JSON (sorted keys, compact) of this one record as served, before validation. */
  raw: string;
  url: string;
  fetchedAt: Date;
}

export interface ElmsListParams {
  /** OData-style expression, sent as bare `filter` (`$filter` is silently ignored by eLMS). */
  filter?: string;
  /** ONE value, field and direction: `lastPublicationDate desc`. */
  sort?: string;
  /** Keyword search; eLMS may reject it combined with `filter`. */
  search?: string;
  top?: number;
  skip?: number;
}

/** A list row that failed validation on its own: kept raw for quarantine, never silently dropped. */
export interface RejectedRow {
  /** The row's own id, when it has a usable one. */
  sourceId: string | null;
  raw: string;
  url: string;
  issues: ElmsSchemaIssue[];
  fetchedAt: Date;
}

export interface ElmsPage<T> {
  rows: FetchedDoc<T>[];
  /** Rows of this page that failed validation (the page itself was well-formed). */
  rejected: RejectedRow[];
  meta: ElmsMeta;
  facets?: ElmsFacet[] | null;
  url: string;
  fetchedAt: Date;
}

export type SortDirection = 'asc' | 'desc';

export interface ElmsWalkParams<F extends string = string> {
  sortField: F;
  direction: SortDirection;
  filter?: string;
  search?: string;
  /**
   * Receives each row that fails validation, so one bad record cannot stop a walk. Without it
   * the walk throws ElmsSchemaError on the first such row.
   */
  onRejected?: (row: RejectedRow) => void;
}

export interface ElmsClientOptions {
  pageSize?: number;
  /** eLMS answers 400 for skip beyond this. */
  skipCap?: number;
}

type RowSchema = z.ZodType<Record<string, unknown>>;

interface WalkSpec<T> {
  path: string;
  rowSchema: z.ZodType<T>;
  idField: string;
}

export class ElmsClient {
  readonly pageSize: number;
  readonly skipCap: number;

  constructor(
    private readonly fetcher: SourceFetcher,
    options: ElmsClientOptions = {},
  ) {
    this.pageSize = options.pageSize ?? 500;
    this.skipCap = options.skipCap ?? 100_000;
    if (!(this.pageSize > 0)) throw new RangeError('pageSize must be > 0');
  }

  // ---- matters ---------------------------------------------------------------------------------

  getMatter(matterId: string): Promise<FetchedDoc<ElmsMatterDetail>> {
    return this.getOne(`/matter/${encodePathSegment(matterId)}`, elmsMatterDetailSchema);
  }

  /**
   * Some record numbers only resolve with a trailing space (opencivicdata does the same retry).
   * Returns null when neither form exists.
   */
  async getMatterByRecordNumber(recordNumber: string): Promise<FetchedDoc<ElmsMatterDetail> | null> {
    const trimmed = recordNumber.trim();
    for (const candidate of [trimmed, `${trimmed} `]) {
      try {
        return await this.getOne(`/matter/recordNumber/${encodePathSegment(candidate)}`, elmsMatterDetailSchema);
      } catch (err) {
        if (!(err instanceof ElmsHttpError && err.status === 404)) throw err;
      }
    }
    return null;
  }

  listMatters(params: ElmsListParams = {}): Promise<ElmsPage<ElmsMatterListRow>> {
    return this.listPage('/matter', elmsMatterListRowSchema, params);
  }

  walkMatters(
    params: ElmsWalkParams<'lastPublicationDate' | (string & {})> = { sortField: 'lastPublicationDate', direction: 'desc' },
  ): AsyncGenerator<FetchedDoc<ElmsMatterListRow>> {
    return this.walk({ path: '/matter', rowSchema: elmsMatterListRowSchema, idField: 'matterId' }, params);
  }

  // ---- meetings --------------------------------------------------------------------------------

  listMeetings(params: ElmsListParams = {}): Promise<ElmsPage<ElmsMeetingListRow>> {
    return this.listPage('/meeting', elmsMeetingListRowSchema, params);
  }

  walkMeetings(
    params: ElmsWalkParams<'date' | (string & {})> = { sortField: 'date', direction: 'desc' },
  ): AsyncGenerator<FetchedDoc<ElmsMeetingListRow>> {
    return this.walk({ path: '/meeting', rowSchema: elmsMeetingListRowSchema, idField: 'meetingId' }, params);
  }

  listMeetingAgendas(params: ElmsListParams = {}): Promise<ElmsPage<ElmsMeetingListRow>> {
    return this.listPage('/meeting-agenda', elmsMeetingListRowSchema, params);
  }

  walkMeetingAgendas(
    params: ElmsWalkParams<'date' | (string & {})> = { sortField: 'date', direction: 'desc' },
  ): AsyncGenerator<FetchedDoc<ElmsMeetingListRow>> {
    return this.walk({ path: '/meeting-agenda', rowSchema: elmsMeetingListRowSchema, idField: 'meetingId' }, params);
  }

  /** Grouped agenda (`agenda.groups[].items[]`), files, attendance, publicCommentDeadline. */
  getMeetingAgenda(meetingId: string): Promise<FetchedDoc<ElmsMeetingAgendaDetail>> {
    return this.getOne(`/meeting-agenda/${encodePathSegment(meetingId)}`, elmsMeetingAgendaDetailSchema);
  }

  /** Flat agenda (`agenda[]`). */
  getMeeting(meetingId: string): Promise<FetchedDoc<ElmsMeetingDetail>> {
    return this.getOne(`/meeting/${encodePathSegment(meetingId)}`, elmsMeetingDetailSchema);
  }

  /** Roll call for one agenda line. */
  getVotes(meetingId: string, matterId: string): Promise<FetchedDoc<ElmsVote[]>> {
    return this.getOne(`/meeting/${encodePathSegment(meetingId)}/matter/${encodePathSegment(matterId)}/votes`, elmsVoteListSchema);
  }

  // ---- bodies and people -----------------------------------------------------------------------

  listBodies(params: ElmsListParams = {}): Promise<ElmsPage<ElmsBody>> {
    return this.listPage('/body', elmsBodySchema, params);
  }

  walkBodies(params: ElmsWalkParams = { sortField: 'lastPublicationDate', direction: 'desc' }): AsyncGenerator<FetchedDoc<ElmsBody>> {
    return this.walk({ path: '/body', rowSchema: elmsBodySchema, idField: 'bodyId' }, params);
  }

  listPersons(params: ElmsListParams = {}): Promise<ElmsPage<ElmsPerson>> {
    return this.listPage('/person', elmsPersonSchema, params);
  }

  walkPersons(params: ElmsWalkParams = { sortField: 'lastPublicationDate', direction: 'desc' }): AsyncGenerator<FetchedDoc<ElmsPerson>> {
    return this.walk({ path: '/person', rowSchema: elmsPersonSchema, idField: 'personId' }, params);
  }

  getPerson(personId: string): Promise<FetchedDoc<ElmsPerson>> {
    return this.getOne(`/person/${encodePathSegment(personId)}`, elmsPersonSchema);
  }

  // ---- plumbing --------------------------------------------------------------------------------

  private async getOne<T>(path: string, schema: z.ZodType<T>): Promise<FetchedDoc<T>> {
    const res = await this.fetcher.get(path);
    const data = validate(schema, res.json, res.url, true);
    return { data, raw: canonicalJson(res.json), url: res.url, fetchedAt: res.fetchedAt };
  }

  private async listPage<T>(path: string, rowSchema: z.ZodType<T>, params: ElmsListParams): Promise<ElmsPage<T>> {
    const res = await this.fetcher.get(path, {
      filter: params.filter,
      sort: params.sort,
      search: params.search,
      top: params.top ?? this.pageSize,
      skip: params.skip,
    });
    return toPage(res, rowSchema, idFieldOf(path));
  }

  /**
   * Walks every row in sort order.
   * - A short page is not the end (eLMS returned 99 rows for top=100 with thousands left), so the
   *   walk advances skip by the rows actually received and ends on an empty page or when the
   *   window's `meta.count` offsets are consumed.
   * - skip is capped server-side; past the cap the walk restarts at skip=0 with the filter narrowed
   *   to values at or beyond the last one seen. Rows on the boundary value are re-served and
   *   dropped via the id set (which also absorbs rows that move while we page).
   */
  private async *walk<T>(spec: WalkSpec<T>, params: ElmsWalkParams): AsyncGenerator<FetchedDoc<T>> {
    const sort = `${params.sortField} ${params.direction}`;
    const op = params.direction === 'desc' ? 'le' : 'ge';
    const yielded = new Set<string>();
    let filter = params.filter;
    let skip = 0;
    let lastValue: unknown;
    let narrowedOn: string | undefined;

    for (;;) {
      if (skip > this.skipCap) {
        const url = this.fetcher.buildUrl(spec.path, { filter, sort, skip });
        if (typeof lastValue !== 'string' || lastValue === '') {
          throw new ElmsPagingError(url, `cannot page past skip ${this.skipCap}: last ${params.sortField} is ${JSON.stringify(lastValue)}`);
        }
        if (lastValue === narrowedOn) {
          throw new ElmsPagingError(
            url,
            `more than ${this.skipCap} rows share ${params.sortField} = ${lastValue}; cannot page past the skip cap`,
          );
        }
        const narrowing = `${params.sortField} ${op} ${lastValue}`;
        filter = params.filter ? `(${params.filter}) and (${narrowing})` : narrowing;
        narrowedOn = lastValue;
        skip = 0;
      }

      const page = await this.listPage(spec.path, spec.rowSchema, {
        filter,
        sort,
        search: params.search,
        top: this.pageSize,
        skip,
      });
      const served = page.rows.length + page.rejected.length;
      if (served === 0) return;
      for (const r of page.rejected) {
        if (!params.onRejected) throw new ElmsSchemaError(r.url, r.issues, r.raw);
        if (r.sourceId !== null && yielded.has(r.sourceId)) continue;
        if (r.sourceId !== null) yielded.add(r.sourceId);
        params.onRejected(r);
      }

      let fresh = 0;
      for (const row of page.rows) {
        const record = row.data as Record<string, unknown>;
        lastValue = record[params.sortField];
        const id = record[spec.idField];
        if (typeof id !== 'string') {
          throw new ElmsPagingError(page.url, `row without ${spec.idField} in ${spec.path}`);
        }
        if (yielded.has(id)) continue;
        yielded.add(id);
        fresh++;
        yield row;
      }
      // Only-duplicates plus a meta.skip that disagrees means skip was ignored: we would re-read
      // the same page until `count` offsets are used up. (meta.skip alone is not trusted.)
      if (fresh === 0 && page.rejected.length === 0 && page.meta.skip !== skip) {
        throw new ElmsPagingError(
          page.url,
          `asked for skip ${skip} but eLMS answered meta.skip ${page.meta.skip} with only rows already seen`,
        );
      }

      skip += served;
      // In a narrowed window `count` covers only that window, which still ends the walk.
      if (skip >= page.meta.count) return;
    }
  }
}

const ID_FIELDS: Record<string, string> = {
  '/matter': 'matterId',
  '/meeting': 'meetingId',
  '/meeting-agenda': 'meetingId',
  '/body': 'bodyId',
  '/person': 'personId',
};

function idFieldOf(path: string): string | null {
  return ID_FIELDS[path] ?? null;
}

/** The record's own id, if it has a usable one (a row may fail precisely for lacking it). */
export function sourceIdOf(row: unknown, idField: string | null): string | null {
  if (!idField || typeof row !== 'object' || row === null) return null;
  const id = (row as Record<string, unknown>)[idField];
  return typeof id === 'string' && id.trim() !== '' ? id.trim() : null;
}

/**
 * The envelope is checked as a whole (a changed envelope is systemic drift and fails the run);
 * rows one by one, so a bad row is set aside with its raw JSON and the others are kept.
 */
function toPage<T>(res: SourceFetchResult, rowSchema: z.ZodType<T>, idField: string | null): ElmsPage<T> {
  const envelope = validate(elmsRawEnvelopeSchema, res.json, res.url);
  const rows: FetchedDoc<T>[] = [];
  const rejected: RejectedRow[] = [];
  for (const item of envelope.data) {
    const raw = canonicalJson(item);
    const result = (rowSchema as unknown as RowSchema).safeParse(item);
    if (result.success) rows.push({ data: result.data as T, raw, url: res.url, fetchedAt: res.fetchedAt });
    else
      rejected.push({
        sourceId: sourceIdOf(item, idField),
        raw,
        url: res.url,
        issues: result.error.issues.map(toIssue),
        fetchedAt: res.fetchedAt,
      });
  }
  return { rows, rejected, meta: envelope.meta, facets: envelope.facets, url: res.url, fetchedAt: res.fetchedAt };
}

/** Throws ElmsSchemaError; `withRaw` attaches the document, for a single record (a detail). */
function validate<T>(schema: z.ZodType<T>, json: unknown, url: string, withRaw = false): T {
  const result = schema.safeParse(json);
  if (result.success) return result.data;
  throw new ElmsSchemaError(url, result.error.issues.map(toIssue), withRaw ? canonicalJson(json) : null);
}

function toIssue(issue: z.core.$ZodIssue): ElmsSchemaIssue {
  return { path: formatPath(issue.path), message: issue.message };
}

/** `['actions', 2, 'votes', 0, 'vote']` → `actions[2].votes[0].vote`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}
