import { startReplayServer, type ReplayServer } from '../../../apps/replay/src/replay-server';

const MATTER_ID = '7D29E6F7-439A-F011-B4CB-001DD802A35E';

describe('replay server faults', () => {
  let replay: ReplayServer;

  beforeEach(async () => {
    replay = await startReplayServer({});
  });
  afterEach(async () => {
    await replay.close();
  });

  const get = (path: string): Promise<Response> => fetch(`${replay.url}${path}`);

  it("'status' answers 500 once, then the real body", async () => {
    replay.setFaults([{ match: /^\/matter\//, kind: 'status', status: 500, times: 1 }]);
    const first = await get(`/matter/${MATTER_ID}`);
    expect(first.status).toBe(500);
    expect(await first.json()).toEqual({ message: expect.any(String) });
    const second = await get(`/matter/${MATTER_ID}`);
    expect(second.status).toBe(200);
    expect(((await second.json()) as { matterId: string }).matterId).toBe(MATTER_ID);
    expect(replay.requests.map((r) => [r.status, r.fault])).toEqual([
      [500, 'status'],
      [200, undefined],
    ]);
  });

  it("'status' 429 carries Retry-After", async () => {
    replay.setFaults([{ match: (p) => p.startsWith('/meeting?'), kind: 'status', status: 429, retryAfter: 3, times: 2 }]);
    const statuses = [];
    for (let i = 0; i < 3; i++) {
      const res = await get('/meeting?top=1');
      statuses.push([res.status, res.headers.get('retry-after')]);
    }
    expect(statuses).toEqual([
      [429, '3'],
      [429, '3'],
      [200, null],
    ]);
  });

  it("'truncate' cuts the body in half so JSON.parse fails", async () => {
    replay.setFaults([{ match: /^\/meeting-agenda\//, kind: 'truncate' }]);
    const res = await get('/meeting-agenda/DF5C52EA-0D6B-F111-A823-001DD8019941');
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text.length).toBeGreaterThan(1000);
    expect(() => JSON.parse(text)).toThrow();
  });

  it("'malformed' sends invalid JSON", async () => {
    replay.setFaults([{ match: /^\/person/, kind: 'malformed', times: 1 }]);
    await expect((await get('/person')).json()).rejects.toThrow();
    expect((await get('/person')).status).toBe(200);
  });

  it("'drift' patches the real body (e.g. a renamed field)", async () => {
    replay.setFaults([
      {
        match: /^\/matter\?/,
        kind: 'drift',
        patch: (body) => {
          const env = body as { data: Record<string, unknown>[] };
          for (const row of env.data) {
            row['recordNum'] = row['recordNumber'];
            delete row['recordNumber'];
          }
          return env;
        },
      },
    ]);
    const env = (await (await get('/matter?top=5')).json()) as { data: Record<string, unknown>[] };
    expect(env.data[0]).toMatchObject({ recordNum: 'SO2025-0019977' });
    expect(env.data[0]).not.toHaveProperty('recordNumber');
    // the store itself is untouched
    const detail = (await (await get(`/matter/${MATTER_ID}`)).json()) as Record<string, unknown>;
    expect(detail['recordNumber']).toBe('SO2025-0019977');
  });

  it("'hang' never answers, and close() still returns", async () => {
    replay.setFaults([{ match: /^\/body/, kind: 'hang' }]);
    const ac = new AbortController();
    const timer = setTimeout(() => ac.abort(), 200);
    await expect(fetch(`${replay.url}/body`, { signal: ac.signal })).rejects.toThrow();
    clearTimeout(timer);
    expect(replay.requests.at(-1)).toMatchObject({ path: '/body', status: 0, fault: 'hang' });
  });

  it('transform rewrites successful bodies', async () => {
    await replay.close();
    replay = await startReplayServer({
      transform: (path, body) => (path.startsWith('/person/') ? { ...(body as object), ward: '99' } : body),
    });
    const person = (await (await get('/person/D21B0DB3-37FE-ED11-8847-001DD806815C')).json()) as { ward: string };
    expect(person.ward).toBe('99');
  });
});

describe('rate limit off', () => {
  it('never throttles with rateLimit: false', async () => {
    const replay = await startReplayServer({ rateLimit: false });
    try {
      const statuses = await Promise.all(Array.from({ length: 20 }, () => fetch(`${replay.url}/person`).then((r) => r.status)));
      expect(new Set(statuses)).toEqual(new Set([200]));
    } finally {
      await replay.close();
    }
  });
});
