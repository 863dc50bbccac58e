import { ApiKeyService } from '@app/core';
import request from 'supertest';
import { gql } from '../../support/graphql-client';
import { startSyntheticApp, SyntheticApp } from '../../support/synthetic-app';

const RULES = '{ trackingRules { id kind value createdBy } }';
const TRACKED = `query ($filter: MatterFilterInput) { matters(first: 50, filter: $filter) { edges { node { recordNumber tracked trackedBy { kind value } } } } }`;
const CREATE = `mutation ($input: CreateTrackingRuleInput!) { createTrackingRule(input: $input) { id kind value createdBy } }`;
const DELETE = `mutation ($input: DeleteTrackingRuleInput!) { deleteTrackingRule(input: $input) }`;

describe('tracking rules', () => {
  let s: SyntheticApp;
  let key: string;

  const asOperator = (query: string, variables: object) =>
    request(s.app.getHttpServer())
      .post('/graphql')
      .set('authorization', `Bearer ${key}`)
      .send({ query, variables })
      .then((r) => r.body);
  const recordNumbers = async (filter: object) =>
    (await gql(s.app, TRACKED, { filter })).data.matters.edges.map((e: any) => e.node.recordNumber);

  beforeAll(async () => {
    s = await startSyntheticApp();
    key = (await s.app.get(ApiKeyService).create('test-operator')).key;
  });

  afterAll(async () => {
    await s?.close();
  });

  it('starts with the Welcoming City watchlist, which tracks O2023-0004222 by number, chapter and keyword', async () => {
    expect((await gql(s.app, RULES)).data.trackingRules.map((r: any) => `${r.kind}:${r.value}`)).toEqual([
      'CODE_CHAPTER:2-173',
      'RECORD_NUMBER:O2023-0004222',
      'TITLE_KEYWORD:Welcoming City',
    ]);
    const res = await gql(s.app, TRACKED, { filter: { tracked: true } });
    expect(res.data.matters.edges).toEqual([
      {
        node: {
          recordNumber: 'O2023-0004222',
          tracked: true,
          trackedBy: [
            { kind: 'CODE_CHAPTER', value: '2-173' },
            { kind: 'RECORD_NUMBER', value: 'O2023-0004222' },
            { kind: 'TITLE_KEYWORD', value: 'Welcoming City' },
          ],
        },
      },
    ]);
    expect(await recordNumbers({ tracked: false })).toEqual(['SO2025-0019977']);
    expect(await recordNumbers({ chapter: '2-74' })).toEqual(['SO2025-0019977']);
    expect(await recordNumbers({ chapter: '2-173' })).toEqual(['O2023-0004222']);
  });

  it('refuses rule changes without an operator key', async () => {
    const res = await gql(s.app, CREATE, { input: { kind: 'CODE_CHAPTER', value: '2-74' } });
    expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const wrong = await request(s.app.getHttpServer())
      .post('/graphql')
      .set('authorization', 'Bearer trk_not-a-key')
      .send({ query: CREATE, variables: { input: { kind: 'CODE_CHAPTER', value: '2-74' } } });
    expect(wrong.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('lets an operator add a rule that tracks matching matters at once, and remove it', async () => {
    const created = await asOperator(CREATE, { input: { kind: 'CODE_CHAPTER', value: ' 2-74 ', note: 'hiring preferences' } });
    expect(created.data.createTrackingRule).toMatchObject({ kind: 'CODE_CHAPTER', value: '2-74', createdBy: 'test-operator' });
    expect((await recordNumbers({ tracked: true })).sort()).toEqual(['O2023-0004222', 'SO2025-0019977']);
    const dup = await asOperator(CREATE, { input: { kind: 'CODE_CHAPTER', value: '2-74' } });
    expect(dup.errors[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'TRACKING_RULE_EXISTS' });
    const bad = await asOperator(CREATE, { input: { kind: 'RECORD_NUMBER', value: 'not a record' } });
    expect(bad.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_TRACKING_RULE' });
    const removed = await asOperator(DELETE, { input: { id: created.data.createTrackingRule.id } });
    expect(removed.data.deleteTrackingRule).toBe(true);
    expect(await recordNumbers({ tracked: true })).toEqual(['O2023-0004222']);
    const again = await asOperator(DELETE, { input: { id: created.data.createTrackingRule.id } });
    expect(again.errors[0].extensions.code).toBe('NOT_FOUND');
  });
});
