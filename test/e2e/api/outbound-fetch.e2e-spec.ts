import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApiKeyService } from '@app/core';
import { SyncJobsService } from '@app/scraper';
import request from 'supertest';
import { gql } from '../../support/graphql-client';
import { startSyntheticApp, SyntheticApp } from '../../support/synthetic-app';

/** What an instance metadata service would hand out; it must never reach a run row or a client. */
const SECRET = 'AKIAFAKEMETADATASECRET';

/** A stand-in for a cloud metadata endpoint on another port of loopback: not a source host. */
async function startMetadataServer(): Promise<{ url: string; hits: string[]; close(): Promise<void> }> {
  const hits: string[] = [];
  const server: Server = createServer((req, res) => {
    hits.push(req.url ?? '/');
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ AccessKeyId: SECRET, Token: SECRET }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, hits, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

const RUNS = `{ scrapeRuns(first: 50) { edges { node { kind status errorCode errorMessage errorDetail } } } }`;
const TRACK = `mutation ($input: TrackCodeChapterInput!) { trackCodeChapter(input: $input) { number } }`;

describe('every URL the worker fetches stays on the configured source hosts', () => {
  let s: SyntheticApp;
  let metadata: Awaited<ReturnType<typeof startMetadataServer>>;
  let key: string;
  const op = (query: string, variables: object = {}) =>
    request(s.app.getHttpServer())
      .post('/graphql')
      .set('authorization', `Bearer ${key}`)
      .send({ query, variables })
      .then((r) => r.body);
  const runJob = (job: 'code.sync' | 'documents.sync') => s.app.get(SyncJobsService).run(job);
  const lastRun = async (kind: string) => {
    // What anyone can read (no API key), newest first.
    const res = await gql(s.app, RUNS);
    expect(res.errors).toBeUndefined();
    return res.data.scrapeRuns.edges.map((e: { node: { kind: string } }) => e.node).find((n: { kind: string }) => n.kind === kind);
  };

  beforeAll(async () => {
    metadata = await startMetadataServer();
    s = await startSyntheticApp(new Date('2025-01-10T18:00:00Z'), {
      // Attachments come from the URLs eLMS gives (the production default), one of them repointed below.
      env: { ELMS_DOCUMENTS_BASE_URL: '' },
      // synthetic-off-host-attachment: O2023-0004222's Legislation attachment path points at another host.
      transform: (_path, body) => {
        const m = body as { recordNumber?: string; attachments?: { attachmentType?: string; path?: string }[] };
        if (m?.recordNumber !== 'O2023-0004222' || !Array.isArray(m.attachments)) return body;
        for (const a of m.attachments)
          if (a.attachmentType === 'Legislation') a.path = `${metadata.url}/latest/meta-data/iam/security-credentials/tracker`;
        return body;
      },
    });
    key = (await s.app.get(ApiKeyService).create('outbound-ops')).key;
  }, 180_000);

  afterAll(async () => {
    await s?.close();
    await metadata?.close();
  });

  it('refuses to track code pages off the code library host, whatever the scheme or port', async () => {
    // The code library is the replay server, on http; an https URL on its host and port is another origin.
    const offHost = [
      `${s.replay.url.replace('http:', 'https:')}/codes/x`,
      'https://169.254.169.254/latest/meta-data/',
      'https://codelibrary.amlegal.com.evil.example/codes/x',
    ];
    for (const url of offHost) {
      const res = await op(TRACK, { input: { number: '2-174', sourceUrls: [url] } });
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
      expect(res.errors?.[0]?.message).toMatch(/not an allowed source host/);
    }
    const ok = await op(TRACK, { input: { number: '2-174', sourceUrls: ['/codes/chicago/latest/chicago_il/0-0-0-1'] } });
    expect(ok.errors).toBeUndefined();
    expect(ok.data.trackCodeChapter).toEqual({ number: '2-174' });
    expect((await op(`mutation { untrackCodeChapter(number: "2-174") }`)).data.untrackCodeChapter).toBe(true);
  });

  it('does not follow a code page redirect off the source host, and publishes nothing of it', async () => {
    s.replay.setFaults([
      { match: /^\/codes\//, kind: 'redirect', location: `${metadata.url}/latest/meta-data/iam/security-credentials/tracker` },
    ]);
    try {
      await expect(runJob('code.sync')).rejects.toThrow(/redirect/i);
    } finally {
      s.replay.setFaults([]);
    }
    expect(metadata.hits).toEqual([]);
    const run = await lastRun('code.sync');
    expect(run).toMatchObject({ status: 'Failed', errorCode: 'FETCH_REFUSED' });
    expect(JSON.stringify(run)).not.toContain(SECRET);
  });

  it('keeps response bodies out of the public run record', async () => {
    s.replay.setFaults([{ match: /^\/codes\//, kind: 'status', status: 404, message: `page gone ${SECRET}` }]);
    try {
      await expect(runJob('code.sync')).rejects.toThrow(/HTTP 404/);
    } finally {
      s.replay.setFaults([]);
    }
    const run = await lastRun('code.sync');
    expect(run).toMatchObject({ status: 'Failed', errorCode: 'ELMS_HTTP', errorDetail: { status: 404 } });
    expect(JSON.stringify(run)).not.toContain(SECRET);
  });

  it('never fetches an attachment URL from eLMS data that is off the documents host', async () => {
    await expect(runJob('documents.sync')).rejects.toThrow(/could not be read/);
    expect(metadata.hits).toEqual([]);
    const run = await lastRun('documents.sync');
    expect(run.errorDetail.failures).toEqual([
      expect.objectContaining({ recordNumber: 'O2023-0004222', error: expect.stringMatching(/not an allowed source host/) }),
    ]);
    expect(JSON.stringify(run)).not.toContain(SECRET);
  });
});
