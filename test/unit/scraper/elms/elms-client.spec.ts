import type * as http from 'http';
import { ElmsClient, ElmsPagingError, ElmsSchemaError, canonicalJson } from '../../../../libs/scraper/src/elms';
import { CAPTURES, loadCapture, loadCaptureText, sendJson, startServer, TestServer, testFetcher } from './elms-test-helpers';

type Row = Record<string, any>;

function query(req: http.IncomingMessage): URLSearchParams {
  return new URL(req.url ?? '/', 'http://x').searchParams;
}

/** `n` matter list rows derived from the real detail capture, newest first, with a few ties. */
function matterRows(n: number, tieEvery = 3): Row[] {
  const base = loadCapture(CAPTURES.matterDetail);
  const rows: Row[] = [];
  let minute = 0;
  for (let i = 0; i < n; i++) {
    if (i % tieEvery !== 0) minute++;
    const ts = new Date(Date.UTC(2026, 6, 10, 22, 0, 0) - minute * 60_000).toISOString().replace('.000Z', '+00:00');
    rows.push({
      ...base,
      matterId: `M-${String(i).padStart(5, '0')}`,
      recordNumber: `O2026-${String(i).padStart(7, '0')}`,
      lastPublicationDate: ts,
      actions: null,
      sponsors: null,
      attachments: null,
    });
  }
  return rows;
}

/**
 * A small stand-in for `/matter` list paging: bare filter/sort/top/skip, OData-ish comparisons on
 * lastPublicationDate and `type eq`, a skip cap that answers 400, and optionally short pages.
 */
function matterListHandler(all: Row[], opts: { skipCap?: number; shortBy?: number } = {}) {
  return (req: http.IncomingMessage, res: http.ServerResponse) => {
    const q = query(req);
    if ([...q.keys()].some((k) => k.startsWith('$'))) return sendJson(res, 400, 'no $ params');
    const skip = Number(q.get('skip') ?? 0);
    const top = Number(q.get('top') ?? 100);
    if (opts.skipCap !== undefined && skip > opts.skipCap) return sendJson(res, 400, 'skip too large');
    const filter = q.get('filter') ?? '';
    let rows = all.filter((r) => {
      for (const m of filter.matchAll(/lastPublicationDate (le|ge|lt|gt) ([^\s)]+)/g)) {
        const a = Date.parse(r.lastPublicationDate);
        const b = Date.parse(m[2]);
        if (m[1] === 'le' && !(a <= b)) return false;
        if (m[1] === 'ge' && !(a >= b)) return false;
        if (m[1] === 'lt' && !(a < b)) return false;
        if (m[1] === 'gt' && !(a > b)) return false;
      }
      const type = /type eq '([^']+)'/.exec(filter);
      return !type || r.type === type[1];
    });
    const [field, dir] = (q.get('sort') ?? 'lastPublicationDate asc').split(' ');
    // Stable tie-break on id so paging is deterministic, as a real database order would be.
    rows = [...rows].sort((x, y) => {
      const c = Date.parse(x[field]) - Date.parse(y[field]) || x.matterId.localeCompare(y.matterId);
      return dir === 'desc' ? -c : c;
    });
    const pageLen = Math.max(0, top - (opts.shortBy ?? 0));
    const data = rows.slice(skip, skip + pageLen);
    sendJson(res, 200, { data, meta: { skip, top, count: rows.length, pages: Math.ceil(rows.length / top) } });
  };
}

describe('ElmsClient', () => {
  let server: TestServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  async function clientFor(handler: Parameters<typeof startServer>[0], options = {}) {
    server = await startServer(handler);
    const { fetcher } = testFetcher(server.baseUrl);
    return { client: new ElmsClient(fetcher, options), fetcher, server };
  }

  describe('detail endpoints validate the real captures', () => {
    it('getMatter (double-encoded body) returns data, canonical raw, url and fetchedAt', async () => {
      const text = loadCaptureText(CAPTURES.matterDetail);
      const { client, server } = await clientFor((_req, res) => sendJson(res, 200, JSON.stringify(text)));
      const doc = await client.getMatter('7D29E6F7-439A-F011-B4CB-001DD802A35E');
      expect(doc.data.recordNumber).toBe('SO2025-0019977');
      expect(doc.raw).toBe(canonicalJson(JSON.parse(text)));
      expect(doc.url).toBe(`${server.baseUrl}/matter/7D29E6F7-439A-F011-B4CB-001DD802A35E`);
      expect(doc.fetchedAt).toBeInstanceOf(Date);
    });

    it('getMeetingAgenda, getMeeting, getPerson, getVotes', async () => {
      const agenda = loadCapture(CAPTURES.meetingAgendaDetail);
      const flat = { ...agenda, agenda: agenda.agenda.groups.flatMap((g: Row) => g.items) };
      const person = loadCapture(CAPTURES.person);
      const votes = agenda.attendance[0].votes;
      const { client, server } = await clientFor((req, res) => {
        const url = req.url ?? '';
        if (url.startsWith('/meeting-agenda/')) return sendJson(res, 200, agenda);
        if (url.endsWith('/votes')) return sendJson(res, 200, votes);
        if (url.startsWith('/meeting/')) return sendJson(res, 200, flat);
        if (url.startsWith('/person/')) return sendJson(res, 200, person);
        sendJson(res, 404, '');
      });
      const id = agenda.meetingId as string;
      expect((await client.getMeetingAgenda(id)).data.agenda?.groups?.[0].items).toHaveLength(473);
      expect((await client.getMeeting(id)).data.agenda).toHaveLength(473);
      expect((await client.getPerson(person.personId)).data.displayName).toBe('Zalewski, Michael R. ');
      const v = await client.getVotes(id, 'B175CDB2-A153-F111-BEC6-001DD8033B18');
      expect(v.data).toHaveLength(50);
      expect(server.requests.map((r) => r.url)).toEqual([
        `/meeting-agenda/${id}`,
        `/meeting/${id}`,
        `/person/${person.personId}`,
        `/meeting/${id}/matter/B175CDB2-A153-F111-BEC6-001DD8033B18/votes`,
      ]);
    });

    it('listMeetings and listBodies accept the real list shapes', async () => {
      const meetings = loadCapture(CAPTURES.meetingList);
      const body = loadCapture(CAPTURES.body);
      const { client } = await clientFor((req, res) =>
        req.url?.startsWith('/body')
          ? sendJson(res, 200, { data: [body], meta: { skip: 0, top: 500, count: 1, pages: 1 } })
          : sendJson(res, 200, meetings),
      );
      const page = await client.listMeetings({ sort: 'date desc' });
      expect(page.rows).toHaveLength(99);
      expect(page.meta.count).toBe(2809);
      expect(page.facets).toHaveLength(2);
      expect(page.rows[0].raw).toBe(canonicalJson(meetings.data[0]));
      const bodies = await client.listBodies({ filter: "bodyType eq 'Committee'" });
      expect(bodies.rows[0].data.members).toHaveLength(4);
    });
  });

  describe('schema drift', () => {
    it('names the path of a changed field type in a detail', async () => {
      const capture = loadCapture(CAPTURES.matterDetail);
      capture.actions[2].votes = [{ voterName: 'Lopez, Raymond A.', vote: 1, personId: 'X' }];
      const { client } = await clientFor((_req, res) => sendJson(res, 200, capture));
      const err = (await client.getMatter('X').catch((e: unknown) => e)) as ElmsSchemaError;
      expect(err).toBeInstanceOf(ElmsSchemaError);
      expect(err.code).toBe('ELMS_SCHEMA');
      expect(err.issues[0].path).toBe('actions[2].votes[0].vote');
      expect(err.message).toContain('actions[2].votes[0].vote');
      expect(err.url).toMatch(/\/matter\/X$/);
    });

    it('sets aside a list row of the wrong shape with its path and raw JSON, keeping the others', async () => {
      const meetings = loadCapture(CAPTURES.meetingList);
      meetings.data[5].date = 20231012;
      meetings.data[7].files = 'none';
      meetings.data[8].files[0].fileName = null; // absent text is not a failure
      const { client } = await clientFor((_req, res) => sendJson(res, 200, meetings));
      const page = await client.listMeetings();
      expect(page.rows).toHaveLength(meetings.data.length - 2);
      expect(page.rejected.map((r) => [r.sourceId, r.issues.map((i) => i.path)])).toEqual([
        [meetings.data[5].meetingId, ['date']],
        [meetings.data[7].meetingId, ['files']],
      ]);
      expect(JSON.parse(page.rejected[0].raw).date).toBe(20231012);
    });

    it('a walk hands bad rows to onRejected, or throws naming the path when no one takes them', async () => {
      const meetings = loadCapture(CAPTURES.meetingList);
      meetings.meta = { ...meetings.meta, count: meetings.data.length };
      meetings.data[5].date = 20231012;
      const { client } = await clientFor((req, res) =>
        sendJson(res, 200, (req.url ?? '').includes('skip=') && !(req.url ?? '').includes('skip=0') ? { ...meetings, data: [] } : meetings),
      );
      const rejected: string[] = [];
      let n = 0;
      for await (const _row of client.walkMeetings({
        sortField: 'date',
        direction: 'asc',
        onRejected: (r) => rejected.push(r.issues[0].path),
      }))
        n++;
      expect(n).toBe(meetings.data.length - 1);
      expect(rejected).toEqual(['date']);
      const err = await (async () => {
        for await (const _row of client.walkMeetings()) void _row;
      })().catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ElmsSchemaError);
      expect((err as ElmsSchemaError).message).toContain('date');
    });

    it('fails the page when the envelope itself changed (systemic drift)', async () => {
      const meetings = loadCapture(CAPTURES.meetingList);
      const { client } = await clientFor((_req, res) => sendJson(res, 200, { items: meetings.data }));
      const err = (await client.listMeetings().catch((e: unknown) => e)) as ElmsSchemaError;
      expect(err).toBeInstanceOf(ElmsSchemaError);
      expect(err.issues.map((i) => i.path)).toEqual(['data', 'meta']);
    });
  });

  describe('getMatterByRecordNumber', () => {
    it('retries with a trailing space after a 404', async () => {
      const capture = loadCapture(CAPTURES.matterDetail);
      const { client, server } = await clientFor((req, res) =>
        req.url === '/matter/recordNumber/SO2025-0019977%20' ? sendJson(res, 200, capture) : sendJson(res, 404, ''),
      );
      const doc = await client.getMatterByRecordNumber('SO2025-0019977');
      expect(doc?.data.matterId).toBe(capture.matterId);
      expect(server.requests.map((r) => r.url)).toEqual(['/matter/recordNumber/SO2025-0019977', '/matter/recordNumber/SO2025-0019977%20']);
    });

    it('returns null when both forms are 404, and does not retry other errors', async () => {
      const { client, server } = await clientFor((req, res) =>
        req.url?.includes('O2099') ? sendJson(res, 404, '') : sendJson(res, 403, 'forbidden'),
      );
      await expect(client.getMatterByRecordNumber('O2099-0000001')).resolves.toBeNull();
      expect(server.requests).toHaveLength(2);
      await expect(client.getMatterByRecordNumber('O2000-0000001')).rejects.toMatchObject({ status: 403 });
      expect(server.requests).toHaveLength(3);
    });
  });

  describe('listMatters', () => {
    it('sends bare filter/sort/search/top/skip params', async () => {
      const { client, server } = await clientFor(matterListHandler(matterRows(3)));
      const page = await client.listMatters({
        filter: 'lastPublicationDate gt 2026-07-01T00:00:00+00:00',
        sort: 'lastPublicationDate desc',
        skip: 0,
      });
      expect(page.rows).toHaveLength(3);
      expect(page.rows[0].data.actions).toBeNull();
      const q = new URL(server.requests[0].url, 'http://x').searchParams;
      expect(Object.fromEntries(q)).toEqual({
        filter: 'lastPublicationDate gt 2026-07-01T00:00:00+00:00',
        sort: 'lastPublicationDate desc',
        top: '500',
        skip: '0',
      });
      expect(server.requests[0].url).toContain('sort=lastPublicationDate%20desc');
    });
  });

  describe('walkMatters', () => {
    async function collect<T>(gen: AsyncGenerator<T>): Promise<T[]> {
      const out: T[] = [];
      for await (const x of gen) out.push(x);
      return out;
    }

    it('does not stop at a short page (99 of 100) and yields all `count` rows', async () => {
      const all = matterRows(350);
      const { client, fetcher } = await clientFor(matterListHandler(all, { shortBy: 1 }), { pageSize: 100 });
      const rows = await collect(client.walkMatters({ sortField: 'lastPublicationDate', direction: 'desc' }));
      expect(rows).toHaveLength(350);
      expect(new Set(rows.map((r) => r.data.matterId)).size).toBe(350);
      // 99 rows per page → ceil(350 / 99) pages; the last page ends the walk without an extra request.
      expect(fetcher.requestCount).toBe(4);
    });

    it('works around the skip cap by narrowing the filter, yielding every row exactly once', async () => {
      const all = matterRows(23).map((r, i): Row => ({ ...r, type: i % 5 === 4 ? 'Resolution' : 'Ordinance' }));
      const expected = all.filter((r) => r.type === 'Ordinance').map((r) => r.matterId);
      const { client, server } = await clientFor(matterListHandler(all, { skipCap: 4 }), { pageSize: 2, skipCap: 4 });
      const rows = await collect(
        client.walkMatters({ sortField: 'lastPublicationDate', direction: 'desc', filter: "type eq 'Ordinance'" }),
      );
      const ids = rows.map((r) => r.data.matterId);
      expect(ids).toHaveLength(expected.length);
      expect(new Set(ids)).toEqual(new Set(expected));
      const filters = server.requests.map((r) => new URL(r.url, 'http://x').searchParams.get('filter'));
      expect(filters[0]).toBe("type eq 'Ordinance'");
      expect(
        filters.some((f) => /^\(type eq 'Ordinance'\) and \(lastPublicationDate le 2026-07-10T\d\d:\d\d:00\+00:00\)$/.test(f ?? '')),
      ).toBe(true);
      expect(server.requests.every((r) => Number(new URL(r.url, 'http://x').searchParams.get('skip')) <= 4)).toBe(true);
    });

    it('narrows with ge when walking ascending', async () => {
      const all = matterRows(15);
      const { client, server } = await clientFor(matterListHandler(all, { skipCap: 4 }), { pageSize: 2, skipCap: 4 });
      const rows = await collect(client.walkMatters({ sortField: 'lastPublicationDate', direction: 'asc' }));
      expect(new Set(rows.map((r) => r.data.matterId)).size).toBe(15);
      expect(rows).toHaveLength(15);
      const filters = server.requests.map((r) => new URL(r.url, 'http://x').searchParams.get('filter'));
      expect(filters.some((f) => f?.startsWith('lastPublicationDate ge '))).toBe(true);
    });

    it('throws ElmsPagingError when more rows than the cap share one sort value', async () => {
      const all = matterRows(12).map((r): Row => ({ ...r, lastPublicationDate: '2026-07-10T22:45:01+00:00' }));
      const { client } = await clientFor(matterListHandler(all, { skipCap: 4 }), { pageSize: 2, skipCap: 4 });
      await expect(collect(client.walkMatters({ sortField: 'lastPublicationDate', direction: 'desc' }))).rejects.toBeInstanceOf(
        ElmsPagingError,
      );
    });

    it('stops requesting when the consumer breaks out early', async () => {
      const { client, fetcher } = await clientFor(matterListHandler(matterRows(50)), { pageSize: 10 });
      let seen = 0;
      for await (const _row of client.walkMatters({ sortField: 'lastPublicationDate', direction: 'desc' })) {
        if (++seen === 15) break;
      }
      expect(fetcher.requestCount).toBe(2);
    });

    it('ends on an empty page even if meta.count promised more', async () => {
      const { client, fetcher } = await clientFor(
        (req, res) => {
          const skip = Number(query(req).get('skip'));
          const data = skip === 0 ? matterRows(2) : [];
          sendJson(res, 200, { data, meta: { skip, top: 2, count: 10, pages: 5 } });
        },
        { pageSize: 2 },
      );
      const rows = await collect(client.walkMatters({ sortField: 'lastPublicationDate', direction: 'desc' }));
      expect(rows).toHaveLength(2);
      expect(fetcher.requestCount).toBe(2);
    });

    it('throws ElmsPagingError when the server ignores skip', async () => {
      const { client } = await clientFor(
        (req, res) => sendJson(res, 200, { data: matterRows(2), meta: { skip: 0, top: 2, count: 10, pages: 5 } }),
        { pageSize: 2 },
      );
      const err = await collect(client.walkMatters({ sortField: 'lastPublicationDate', direction: 'desc' })).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ElmsPagingError);
      expect((err as ElmsPagingError).code).toBe('ELMS_PAGING');
    });

    it('walkMeetings sorts by date on /meeting', async () => {
      const meetings = loadCapture(CAPTURES.meetingList);
      const { client, server } = await clientFor(
        (req, res) => {
          const skip = Number(query(req).get('skip'));
          const data = meetings.data.slice(skip, skip + 50);
          sendJson(res, 200, { data, meta: { skip, top: 50, count: 99, pages: 2 } });
        },
        { pageSize: 50 },
      );
      const rows = await collect(client.walkMeetings({ sortField: 'date', direction: 'desc' }));
      expect(rows).toHaveLength(99);
      expect(server.requests[0].url).toBe('/meeting?sort=date%20desc&top=50&skip=0');
    });
  });
});
