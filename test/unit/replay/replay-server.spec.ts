import { startReplayServer, type ReplayServer } from '../../../apps/replay/src/replay-server';

type Envelope = { data: Record<string, unknown>[]; meta: { skip: number; top: number; count: number; pages: number } };

const MATTER_ID = '7D29E6F7-439A-F011-B4CB-001DD802A35E';
const COUNCIL_MEETING_ID = 'DF5C52EA-0D6B-F111-A823-001DD8019941';

describe('replay server (real captures, scaled)', () => {
  let replay: ReplayServer;

  beforeAll(async () => {
    replay = await startReplayServer({ port: 0, scale: 2000 });
  });
  afterAll(async () => {
    await replay.close();
  });

  const get = async (path: string, init?: RequestInit): Promise<Response> => fetch(`${replay.url}${path}`, init);
  const getJson = async <T = Envelope>(path: string): Promise<T> => {
    const res = await get(path);
    expect(res.status).toBe(200);
    return (await res.json()) as T;
  };

  it('pages /matter with the real envelope and meta.count', async () => {
    const first = await getJson('/matter');
    expect(first.meta).toEqual({ skip: 0, top: 100, count: 2000, pages: 20 });
    expect(first.data).toHaveLength(100);
    const last = await getJson('/matter?top=300&skip=1850');
    expect(last.meta).toEqual({ skip: 1850, top: 300, count: 2000, pages: 7 });
    expect(last.data).toHaveLength(150);
    // list rows null the nested collections, as the live list does
    expect(first.data[0]).toMatchObject({ actions: null, sponsors: null, attachments: null });
    const ids = new Set([...first.data, ...last.data].map((r) => r['matterId']));
    expect(ids.size).toBe(250);
  });

  it('filters on lastPublicationDate as an instant', async () => {
    const res = await getJson(`/matter?filter=${encodeURIComponent('lastPublicationDate gt 2026-01-01T00:00:00+00:00')}&top=1000`);
    const expected = replay.store
      .matterDetails()
      .filter((m) => Date.parse(m['lastPublicationDate'] as string) > Date.parse('2026-01-01T00:00:00Z')).length;
    expect(expected).toBeGreaterThan(0);
    expect(expected).toBeLessThan(2000);
    expect(res.meta.count).toBe(expected);
    expect(res.data).toHaveLength(Math.min(expected, 1000)); // top is clamped to 1000
    for (const row of res.data)
      expect(Date.parse(row['lastPublicationDate'] as string)).toBeGreaterThan(Date.parse('2026-01-01T00:00:00Z'));
    const combined = await getJson(
      `/matter?filter=${encodeURIComponent("lastPublicationDate gt 2026-01-01T00:00:00Z and (type eq 'Ordinance' or fileYear eq 1999) and supersededBy eq null")}&top=1000`,
    );
    expect(combined.meta.count).toBe(res.meta.count);
  });

  it('evaluates actions/any() against the detail even though list rows null actions', async () => {
    const res = await getJson(`/matter?filter=${encodeURIComponent("actions/any(a: a/actionName eq 'Substituted')")}`);
    expect(res.meta.count).toBe(2000);
  });

  it('sorts with one sort= parameter, desc', async () => {
    const res = await getJson(`/matter?sort=${encodeURIComponent('lastPublicationDate desc')}&top=50`);
    const dates = res.data.map((r) => Date.parse(r['lastPublicationDate'] as string));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    expect(res.data[0]!['matterId']).toBe(MATTER_ID); // the real capture is the newest
  });

  it('searches title and recordNumber case-insensitively', async () => {
    const res = await getJson('/matter?search=so2025-0019977');
    expect(res.meta.count).toBe(1);
    expect(res.data[0]!['matterId']).toBe(MATTER_ID);
  });

  it('rejects skip > 100000, bad filters and forbidden sort/filter fields with 400', async () => {
    for (const q of [
      'skip=100001',
      `filter=${encodeURIComponent("contains(title,'zoning')")}`,
      `filter=${encodeURIComponent("title eq 'x'")}`,
      `filter=${encodeURIComponent('noSuchField eq 1')}`,
      'filter=lastPublicationDate gt 2026-01-01T00:00:00+00:00', // '+' unencoded arrives as a space
      'sort=recordCreateDate',
      `sort=${encodeURIComponent('lastPublicationDate sideways')}`,
    ]) {
      const res = await get(`/matter?${q}`);
      expect({ q, status: res.status }).toEqual({ q, status: 400 });
      expect(typeof ((await res.json()) as { message: unknown }).message).toBe('string');
    }
    expect((await get('/matter?skip=100000')).status).toBe(200);
  });

  it('ignores $-prefixed parameters like the live API', async () => {
    const res = await getJson(`/matter?$filter=${encodeURIComponent("type eq 'Nothing'")}&$top=1`);
    expect(res.meta).toMatchObject({ count: 2000, top: 100 });
  });

  it('double-encodes /matter/{id} for Accept: application/json, plain otherwise', async () => {
    const doubled = await get(`/matter/${MATTER_ID}`, { headers: { Accept: 'application/json' } });
    const first: unknown = await doubled.json();
    expect(typeof first).toBe('string');
    expect(JSON.parse(first as string)).toMatchObject({ matterId: MATTER_ID, recordNumber: 'SO2025-0019977' });

    const plain = await get(`/matter/${MATTER_ID.toLowerCase()}`);
    expect(plain.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const body = (await plain.json()) as { actions: unknown[] };
    expect(body.actions).toHaveLength(3);
  });

  it('looks up /matter/recordNumber/{n} trimmed, and 404s unknown ones with a message', async () => {
    const res = await getJson<{ matterId: string }>(`/matter/recordNumber/${encodeURIComponent('SO2025-0019977 ')}`);
    expect(res.matterId).toBe(MATTER_ID);
    const missing = await get('/matter/recordNumber/O1999-0000001');
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ message: expect.any(String) });
    expect((await get('/matter/00000000-0000-0000-0000-000000000000')).status).toBe(404);
  });

  it('serves /meeting flat and /meeting-agenda grouped', async () => {
    const grouped = await getJson<{ agenda: { groups: { items: unknown[] }[] }; attendance: unknown[] }>(
      `/meeting-agenda/${COUNCIL_MEETING_ID}`,
    );
    expect(grouped.agenda.groups[0]!.items).toHaveLength(473);
    const flat = await getJson<{ agenda: Record<string, unknown>[]; attendance: unknown[] }>(`/meeting/${COUNCIL_MEETING_ID}`);
    expect(Array.isArray(flat.agenda)).toBe(true);
    expect(flat.agenda).toHaveLength(473);
    expect(flat.agenda[0]).toMatchObject({ matterId: expect.any(String), matterTitle: expect.any(String), recordNumber: 'O2026-0025382' });
    expect(flat.attendance).toEqual(grouped.attendance);
  });

  it('serves a list-only meeting with an empty grouped agenda', async () => {
    const id = '05889499-4C56-EE11-BE6E-001DD8098532';
    const grouped = await getJson<Record<string, unknown>>(`/meeting-agenda/${id}`);
    expect(grouped).toMatchObject({ meetingId: id, agenda: { status: null, version: null, groups: [] }, attendance: [] });
    expect((await getJson<Record<string, unknown>>(`/meeting/${id}`))['agenda']).toEqual([]);
  });

  it('lists meetings with facets over the matching rows', async () => {
    const all = await getJson<Envelope & { facets: { name: string; values: { value: string; count: number }[] }[] }>('/meeting?top=500');
    expect(Object.keys(all)).toEqual(['facets', 'data', 'meta']);
    expect(all.meta.count).toBe(100); // 99 list rows + the 2026 City Council agenda detail
    expect(all.facets.map((f) => f.name)).toEqual(['status', 'body']);
    const bodySum = all.facets[1]!.values.reduce((n, v) => n + v.count, 0);
    expect(bodySum).toBe(100);
    for (const row of all.data) expect(row).toMatchObject({ agenda: null, attendance: null });

    const council = await getJson<Envelope & { facets: { name: string; values: { value: string; count: number }[] }[] }>(
      `/meeting?filter=${encodeURIComponent("body eq 'City Council' and date ge 2026-01-01")}&sort=${encodeURIComponent('date desc')}`,
    );
    expect(council.meta.count).toBe(1);
    expect(council.data[0]!['meetingId']).toBe(COUNCIL_MEETING_ID);
    expect(council.facets[1]!.values).toEqual([{ value: 'City Council', count: 1 }]);

    const agendaList = await getJson<Record<string, unknown>>('/meeting-agenda?top=5');
    expect(agendaList['facets']).toBeUndefined();
    expect((agendaList as unknown as Envelope).meta.count).toBe(100);
  });

  it('answers the votes endpoint with a bare array', async () => {
    const votes = await getJson<unknown[]>(`/meeting/${COUNCIL_MEETING_ID}/matter/${MATTER_ID}/votes`);
    expect(votes).toEqual([]);
  });

  it('serves /body and /person lists and details', async () => {
    const bodies = await getJson(`/body?filter=${encodeURIComponent("bodyType eq 'Executive Office'")}`);
    expect(bodies.meta.count).toBe(1);
    expect(Array.isArray(bodies.data[0]!['members'])).toBe(true);
    const person = await getJson<{ displayName: string }>('/person/D21B0DB3-37FE-ED11-8847-001DD806815C');
    expect(person.displayName).toBe('Zalewski, Michael R. ');
    expect((await getJson('/person?search=zalewski')).meta.count).toBe(1);
    expect((await get('/body/D21B0DB3-37FE-ED11-8847-001DD806815C')).status).toBe(404);
  });

  it('answers non-GET with 405 and logs every request', async () => {
    const before = replay.requests.length;
    const res = await get('/matter', { method: 'POST' });
    expect(res.status).toBe(405);
    expect(replay.requests.length).toBe(before + 1);
    expect(replay.requests.at(-1)).toMatchObject({ method: 'POST', path: '/matter', status: 405 });
  });

  it('sends X-RateLimit-Remaining on every response', async () => {
    const res = await get('/body');
    expect(Number(res.headers.get('x-ratelimit-remaining'))).toBeGreaterThan(0);
  });
});

describe('replay server transport options', () => {
  it('runs dry and answers 429 with Retry-After', async () => {
    const replay = await startReplayServer({ rateLimit: { remaining: 2, refillPerSecond: 0 } });
    try {
      const a = await fetch(`${replay.url}/body`);
      const b = await fetch(`${replay.url}/body`);
      const c = await fetch(`${replay.url}/body`);
      expect([a.status, b.status, c.status]).toEqual([200, 200, 429]);
      expect([a, b, c].map((r) => r.headers.get('x-ratelimit-remaining'))).toEqual(['1', '0', '0']);
      expect(c.headers.get('retry-after')).toBe('1');
    } finally {
      await replay.close();
    }
  });

  it('can send text/plain and skip double encoding', async () => {
    const replay = await startReplayServer({ textPlain: true, doubleEncodeDetails: false });
    try {
      const res = await fetch(`${replay.url}/matter/${MATTER_ID}`, { headers: { Accept: 'application/json' } });
      expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
      expect(JSON.parse(await res.text())).toMatchObject({ matterId: MATTER_ID });
    } finally {
      await replay.close();
    }
  });
});

describe('payload fidelity', () => {
  it('serves captures with their original key order', async () => {
    const { readFileSync } = await import('node:fs');
    const { resolveFixturesDir } = await import('../../../apps/replay/src/fixture-store');
    const original = readFileSync(`${resolveFixturesDir()}/matter-detail-SO2025-0019977.json`, 'utf8');
    const replay = await startReplayServer({});
    try {
      const text = await (await fetch(`${replay.url}/matter/${MATTER_ID}`)).text();
      expect(text).toBe(JSON.stringify(JSON.parse(original)));
    } finally {
      await replay.close();
    }
  });
});
