import * as fs from 'node:fs';
import { INestApplication } from '@nestjs/common';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import request from 'supertest';
import { ApiTestApp, startApiApp } from '../../support/api-app';
import { readCapture } from '../../support/fixtures/captures';
import { gql } from '../../support/graphql-client';

const MATTER_QUERY = `query ($n: String!) {
  matter(recordNumber: $n) {
    matterId recordNumber title type status subStatus introductionDate originalRecordNumber relations
    sponsors { personId name type office }
    actions { historyId date name text byName votes { personId voterName vote } }
    attachments { fileName url type }
    source
  }
}`;

describe('GraphQL api over HTTP', () => {
  let t: ApiTestApp;
  let app: INestApplication;

  beforeAll(async () => {
    t = await startApiApp();
    app = t.app;
  });

  afterAll(async () => {
    await t?.close();
  });

  it('answers matter with its actions, votes, sponsors, attachments and source document', async () => {
    const capture: any = readCapture('matter-detail-SO2025-0019977.json');
    const res = await gql(app, MATTER_QUERY, { n: 'SO2025-0019977 ' });
    expect(res.errors).toBeUndefined();
    const m = res.data.matter;
    expect(m).toMatchObject({
      matterId: capture.matterId,
      recordNumber: 'SO2025-0019977',
      type: 'Ordinance',
      status: '5-Council Consideration',
      originalRecordNumber: 'O2025-0019977',
    });
    expect(m.actions.map((a: any) => a.name)).toEqual(['Substituted', 'Recommended to Pass', 'Referred']);
    expect(m.actions[2]).toMatchObject({ date: '2025-09-25T05:00:00.000Z', byName: 'City Council', votes: [] });
    expect(m.sponsors).toEqual(
      capture.sponsors.map((s: any) => ({ personId: s.personId, name: s.sponsorName.trim(), type: s.sponsorType, office: s.office })),
    );
    expect(m.attachments).toEqual(capture.attachments.map((a: any) => ({ fileName: a.fileName, url: a.path, type: a.attachmentType })));
    expect(m.source).toEqual(capture);
  });

  it('answers an unknown record number with NOT_FOUND, echoing it', async () => {
    const res = await gql(app, MATTER_QUERY, { n: 'O2023-0004222' });
    expect(res.data).toBeNull();
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', recordNumber: 'O2023-0004222' });
    expect(res.errors?.[0].message).toContain('O2023-0004222');
  });

  it('answers a malformed record number with BAD_USER_INPUT', async () => {
    const res = await gql(app, MATTER_QUERY, { n: 'not a number; DROP TABLE matter' });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_RECORD_NUMBER' });
  });

  it('lists scrape runs as a cursor connection', async () => {
    const q = `query ($after: String) { scrapeRuns(first: 1, after: $after) { edges { cursor node { kind status requests fetched created unchanged errorCode } } pageInfo { endCursor hasNextPage } } }`;
    const first = await gql(app, q);
    expect(first.errors).toBeUndefined();
    expect(first.data.scrapeRuns.edges[0].node).toMatchObject({ kind: 'elms.poll', status: 'Succeeded', errorCode: null });
    expect(first.data.scrapeRuns.edges[0].node.created).toBeGreaterThan(0);
    expect(first.data.scrapeRuns.pageInfo.hasNextPage).toBe(false);
    const bad = await gql(app, q, { after: 'garbage' });
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const tooMany = await gql(app, `{ scrapeRuns(first: 101) { edges { cursor } } }`);
    expect(tooMany.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses abusive queries (alias flooding) before running them', async () => {
    const deep = `{ matter(recordNumber: "SO2025-0019977") { actions { votes { vote } } } }`;
    expect((await gql(app, deep)).errors).toBeUndefined();
    const nested = '{ health { status } ' + 'a: health { status } '.repeat(20) + '}';
    const res = await gql(app, nested);
    expect(res.errors?.[0].message).toMatch(/alias/i);
  });

  it('reports health over GraphQL and plain HTTP', async () => {
    const res = await gql(app, '{ health { status database matters lastPollAt } }');
    expect(res.data.health).toMatchObject({ status: 'ok', database: true, matters: 1 });
    const http = await request(app.getHttpServer()).get('/health');
    expect(http.status).toBe(200);
    expect(http.body).toMatchObject({ status: 'ok', database: true, matters: 1 });
  });

  it('serves exactly the committed schema.gql', () => {
    const served = printSchema(lexicographicSortSchema(app.get(GraphQLSchemaHost).schema));
    const committed = fs.readFileSync('apps/api/schema.gql', 'utf8').replace(/^#.*\n\n/, '');
    expect(served.trim()).toBe(committed.trim());
  });
});
