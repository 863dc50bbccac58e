import { ApiKeyService } from '@app/core';
import fc from 'fast-check';
import request from 'supertest';
import { startGeocoderStandIn, STAND_IN_ADDRESSES } from '../../support/census-geocoder-stand-in';
import { withWard15Person } from '../../support/fixtures/synthetic-person-ward-15';
import { gql, gqlAsOperator } from '../../support/graphql-client';
import { startSyntheticApp, SyntheticApp } from '../../support/synthetic-app';

const WARD_AT = `query ($lat: Float!, $lon: Float!) { wardAt(latitude: $lat, longitude: $lon) { ward alder { name ward wardOffice { email } } } }`;
const BY_ADDRESS = `query ($a: String!) { alderForAddress(address: $a) {
  status searchedFor message ward alder { name } match { matchedAddress latitude longitude ward } candidates { matchedAddress ward } } }`;
const RULES = `{ publicCommentRules { id bodyName channel opensOn opensAt closesOn closesAt phone email checkedOn source } callScriptTemplates { language template } }`;
const SAVE_RULE = `mutation ($input: SavePublicCommentRuleInput!) { savePublicCommentRule(input: $input) { id channel closesAt checkedOn } }`;
const SAVE_TEMPLATE = `mutation ($input: SaveCallScriptTemplateInput!) { saveCallScriptTemplate(input: $input) { language template } }`;

describe('find your alder and the take-action data over GraphQL', () => {
  let s: SyntheticApp;
  let geocoder: Awaited<ReturnType<typeof startGeocoderStandIn>>;
  let key: string;
  const asOperator = (query: string, variables: Record<string, unknown>) => gqlAsOperator(s.app, key, query, variables);

  beforeAll(async () => {
    geocoder = await startGeocoderStandIn(STAND_IN_ADDRESSES);
    s = await startSyntheticApp(new Date('2025-01-10T18:00:00Z'), {
      transform: withWard15Person,
      // The response cache is on: what a reader's ward or address shows must never be served to another.
      env: { GEOCODER_URL: geocoder.url, ADDRESS_LOOKUP_LIMIT: '200', RESPONSE_CACHE_MAX_BYTES: '8388608' },
    });
    key = (await s.app.get(ApiKeyService).create('test-operator')).key;
  });

  afterAll(async () => {
    await s?.close();
    await geocoder?.close();
  });

  it('wardAt gives the 2023 ward and its alder, null outside Chicago, BAD_USER_INPUT for non-degrees', async () => {
    expect((await gql(s.app, WARD_AT, { lat: 41.79, lon: -87.6699 })).data.wardAt).toEqual({
      ward: 15,
      alder: { name: 'Lopez, Raymond A.', ward: 15, wardOffice: { email: 'Ward15@cityofchicago.org' } },
    });
    expect((await gql(s.app, WARD_AT, { lat: 41.88375, lon: -87.63175 })).data.wardAt).toEqual({ ward: 42, alder: null });
    expect((await gql(s.app, WARD_AT, { lat: 41.88, lon: -87.5 })).data.wardAt).toEqual({ ward: null, alder: null });
    const bad = await gql(s.app, WARD_AT, { lat: 120, lon: -87.6 });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_COORDINATES' });
  });

  it('alderForAddress: found, outside Chicago, ambiguous, no match; the geocoder down or redirecting off its origin is SERVICE_UNAVAILABLE', async () => {
    const found = (await gql(s.app, BY_ADDRESS, { a: '  5530 S Wood St ' })).data.alderForAddress;
    expect(found).toMatchObject({
      status: 'FOUND',
      searchedFor: '5530 S Wood St, Chicago, IL',
      message: '5530 S WOOD ST, CHICAGO, IL, 60636 is in Ward 15.',
      ward: 15,
      alder: { name: 'Lopez, Raymond A.' },
      match: { latitude: 41.79, longitude: -87.6699, ward: 15 },
    });
    const outside = (await gql(s.app, BY_ADDRESS, { a: '4600 Silver Hill Rd, Washington, DC 20233' })).data.alderForAddress;
    expect(outside).toMatchObject({ status: 'OUTSIDE_CHICAGO', ward: null, alder: null, match: { ward: null } });
    expect(outside.searchedFor).toBe('4600 Silver Hill Rd, Washington, DC 20233');
    const ambiguous = (await gql(s.app, BY_ADDRESS, { a: '100 W Main St' })).data.alderForAddress;
    expect(ambiguous.status).toBe('AMBIGUOUS');
    expect(ambiguous.candidates.map((c: any) => c.ward)).toEqual([11, 41]);
    expect((await gql(s.app, BY_ADDRESS, { a: '1 Nowhere Pl' })).data.alderForAddress).toMatchObject({
      status: 'NO_MATCH',
      candidates: [],
    });
    geocoder.down.value = true;
    try {
      const down = await gql(s.app, BY_ADDRESS, { a: '121 N LaSalle St' });
      expect(down.errors?.[0].extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', reason: 'GEOCODER_UNAVAILABLE' });
    } finally {
      geocoder.down.value = false;
    }
    geocoder.redirectTo.value = 'http://169.254.169.254/latest/meta-data/';
    const requestsBefore = geocoder.requests.length;
    try {
      const redirected = await gql(s.app, BY_ADDRESS, { a: '121 N LaSalle St' });
      expect(redirected.errors?.[0].extensions?.reason).toBe('GEOCODER_UNAVAILABLE');
      expect(redirected.errors?.[0].message).toContain('not an allowed source host');
      expect(geocoder.requests.length).toBe(requestsBefore + 1);
    } finally {
      geocoder.redirectTo.value = null;
    }
  });

  it('fuzzed addresses and coordinates answer data or an expected error, never a 500', async () => {
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 60 }),
      fc.string({ unit: fc.constantFrom('\u0000', '\u0001', '\uD800', '<', '"', "'", '&', '%', ' ', 'a', '1', ','), maxLength: 40 }),
      fc.string({ minLength: 190, maxLength: 400 }),
    );
    const clean = (v: string) => encodeURIComponent(v.replace(/[\uD800-\uDFFF]/g, '\uFFFD'));
    const options = { numRuns: 40, interruptAfterTimeLimit: 6_000, seed: 1414 };
    await fc.assert(
      fc.asyncProperty(text, async (a) => {
        const res = await gql(s.app, BY_ADDRESS, { a });
        for (const e of res.errors ?? []) expect(['BAD_USER_INPUT', 'TOO_MANY_REQUESTS']).toContain(e.extensions?.code);
        const page = await request(s.app.getHttpServer()).get(`/find-your-alder?address=${clean(a)}&lang=es`);
        expect([200, 400, 429]).toContain(page.status);
      }),
      options,
    );
    await fc.assert(
      fc.asyncProperty(fc.double(), fc.double(), text, async (lat, lon, raw) => {
        const res = await gql(s.app, WARD_AT, { lat, lon });
        for (const e of res.errors ?? []) expect(['BAD_USER_INPUT']).toContain(e.extensions?.code);
        const page = await request(s.app.getHttpServer()).get(`/find-your-alder?latitude=${clean(raw)}&longitude=${lon}`);
        expect([200, 400]).toContain(page.status);
      }),
      options,
    );
  });

  it('limits address look-ups per client (ADDRESS_LOOKUP_LIMIT) with TOO_MANY_REQUESTS and when to retry; a bad address costs nothing', async () => {
    expect((await gql(s.app, BY_ADDRESS, { a: '  ' })).errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'INVALID_ADDRESS',
    });
    // Spend what the tests above left of the window's budget of 200.
    let refused = await gql(s.app, BY_ADDRESS, { a: '5530 S Wood St' });
    // Each a new address: a repeated answer would come from the response cache, costing the geocoder nothing.
    for (let i = 0; i < 200 && !refused.errors; i++) refused = await gql(s.app, BY_ADDRESS, { a: `${i} S Wood St` });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS', reason: 'ADDRESS_LOOKUP_LIMITED' });
    expect(refused.errors?.[0].extensions?.retryAfterSeconds).toBeGreaterThan(0);
    const page = await request(s.app.getHttpServer()).get('/find-your-alder?address=5530+S+Wood+St');
    expect(page.status).toBe(429);
    expect(Number(page.headers['retry-after'])).toBeGreaterThan(0);
    expect(page.text).toContain('Too many address searches');
    // The location is not a geocoder request: not limited.
    expect((await request(s.app.getHttpServer()).get('/find-your-alder?latitude=41.79&longitude=-87.6699')).status).toBe(200);
  });

  it('takeAction(recordNumber, ward) gives the panel: the Council decides, Rules holds it, windows, scripts, the alder', async () => {
    const TAKE_ACTION = `query ($n: String!, $w: Int) { takeAction(recordNumber: $n, ward: $w) {
      recordNumber decidedBy decidingCommittees { name } heldIn { name members { name } }
      meeting { meetingId body startsAt publicCommentDeadline files { fileName type } }
      commentWindows { channel state opensAt closesAt phone email calendarUrl } rulesCheckedOn ward alder { name } callScripts { language text } } }`;
    const t = (await gql(s.app, TAKE_ACTION, { n: 'O2023-0004222', w: 15 })).data.takeAction;
    expect(t).toMatchObject({
      recordNumber: 'O2023-0004222',
      decidedBy: 'COUNCIL',
      decidingCommittees: [],
      heldIn: [{ name: 'Committee on Committees and Rules', members: [] }],
      meeting: { body: 'City Council', startsAt: '2025-01-15T16:00:00.000Z', publicCommentDeadline: '2025-01-15T15:00:00.000Z' },
      rulesCheckedOn: '2026-12-01',
      ward: 15,
      alder: { name: 'Lopez, Raymond A.' },
    });
    expect(t.meeting.files.map((f: any) => f.type)).toEqual(['Agenda', 'Miscellaneous Business', 'Notice']);
    expect(t.commentWindows.map((w: any) => [w.channel, w.state, w.opensAt, w.closesAt])).toEqual([
      ['PHONE', 'UPCOMING', '2025-01-13T06:01:00.000Z', '2025-01-14T14:00:00.000Z'],
      ['IN_PERSON', 'UPCOMING', '2025-01-15T14:00:00.000Z', '2025-01-15T16:00:00.000Z'],
      ['WRITTEN', 'UPCOMING', '2025-01-15T14:00:00.000Z', '2025-01-15T15:00:00.000Z'],
    ]);
    expect(t.commentWindows[2].calendarUrl).toBe('http://localhost:3000/matters/O2023-0004222/public-comment/written.ics');
    expect(t.callScripts.map((c: any) => c.language)).toEqual(['en', 'es']);
    expect(t.callScripts[1].text).toContain('O2023-0004222');
    // The real capture's meeting (2026-07-15, CDT): the rules' written window closes when eLMS's own deadline falls.
    const real = (await gql(s.app, TAKE_ACTION, { n: 'SO2025-0019977' })).data.takeAction;
    expect(real.commentWindows.find((w: any) => w.channel === 'WRITTEN').closesAt).toBe(real.meeting.publicCommentDeadline);
    expect(real.meeting.publicCommentDeadline).toBe('2026-07-15T14:00:00.000Z');
    // A ward outside 1–50 is refused.
    expect((await gql(s.app, TAKE_ACTION, { n: 'O2023-0004222', w: 51 })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('never serves a page made for a reader’s ward, or their remembered ward, from the response cache', async () => {
    const http = () => request(s.app.getHttpServer());
    const anonymous = async () => (await http().get('/matters/O2023-0004222')).text;
    await anonymous();
    const again = await http().get('/matters/O2023-0004222');
    expect(again.headers['x-response-cache']).toBe('hit');
    expect(again.text).not.toContain('Alder of Ward 15');
    const mine = await http().get('/matters/O2023-0004222').set('cookie', 'ward=15');
    expect(mine.headers['cache-control']).toBe('private, max-age=60');
    expect(mine.headers.vary).toContain('Cookie');
    expect(mine.text).toContain('Lopez, Raymond A., Alder of Ward 15');
    expect(await anonymous()).not.toContain('Alder of Ward 15');
    // A remembered ward whose alder eLMS does not list says so, rather than asking for the ward again.
    expect((await http().get('/matters/O2023-0004222').set('cookie', 'ward=42')).text).toContain(
      'No alder for Ward 42 is on record in eLMS yet.',
    );
    const form = await http().get('/find-your-alder').set('cookie', 'ward=15');
    expect(form.headers['cache-control']).toBe('no-store');
    expect(form.text).toContain('This device remembers Ward 15.');
    expect((await http().get('/find-your-alder')).text).not.toContain('remembers Ward');
    // Only this site's own form sets the cookie: a post from another origin is turned away without one.
    const forged = await http()
      .post('/find-your-alder/remember')
      .set('origin', 'https://elsewhere.example')
      .type('form')
      .send({ ward: '15' });
    expect(forged.status).toBe(303);
    expect(forged.headers['set-cookie']).toBeUndefined();
    const own = await http().post('/find-your-alder/remember').type('form').send({ ward: '15', lang: 'es' });
    expect(own.headers.location).toBe('/alders/15?lang=es');
    expect(own.headers['set-cookie']).toEqual([expect.stringMatching(/^ward=15; Path=\/; Max-Age=31536000; HttpOnly; SameSite=Lax$/)]);
  });

  it('operators edit the rules and call scripts as data; the matter page follows', async () => {
    const seeded = (await gql(s.app, RULES)).data;
    expect(seeded.publicCommentRules.map((r: any) => `${r.channel} ${r.opensOn} ${r.opensAt}-${r.closesOn} ${r.closesAt}`)).toEqual([
      'PHONE MONDAY_BEFORE 00:01-DAY_BEFORE 08:00',
      'IN_PERSON MEETING_DAY 08:00-MEETING_DAY null',
      'WRITTEN MEETING_DAY 08:00-MEETING_DAY 09:00',
    ]);
    expect(seeded.publicCommentRules[0]).toMatchObject({ phone: '(312) 744-6800', checkedOn: '2026-12-01' });
    expect(seeded.callScriptTemplates.map((t: any) => t.language)).toEqual(['en', 'es']);
    const written = seeded.publicCommentRules[2];
    const input = {
      bodyName: 'City Council',
      channel: 'WRITTEN',
      opensOn: 'DAY_BEFORE',
      opensAt: '12:00',
      closesOn: 'MEETING_DAY',
      closesAt: '09:00',
      email: written.email,
      howEn: 'E-mail at most two pages.',
      howEs: 'Envíe dos páginas como máximo.',
      source: written.source,
      checkedOn: '2026-12-01',
      sort: 3,
    };
    expect((await gql(s.app, SAVE_RULE, { input })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const saved = await asOperator(SAVE_RULE, { input });
    expect(saved.data.savePublicCommentRule).toMatchObject({ id: written.id, channel: 'WRITTEN', closesAt: '09:00' });
    const bad = await asOperator(SAVE_TEMPLATE, { input: { language: 'en', template: 'Call about {matter}' } });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_TAKE_ACTION_DATA' });
    await asOperator(SAVE_TEMPLATE, { input: { language: 'en', template: 'Please vote on {recordNumber} {when}.' } });
    const ics = (await request(s.app.getHttpServer()).get('/matters/O2023-0004222/public-comment/written.ics')).text;
    expect(ics).toContain('DTSTART:20250114T180000Z'); // noon CST the day before
    const page = (await request(s.app.getHttpServer()).get('/matters/O2023-0004222')).text;
    expect(page).toContain('Please vote on O2023-0004222 on Wednesday, January 15, 2025.');
    expect(page).toContain('E-mail at most two pages.');
    const DELETE = `mutation ($id: ID!) { deletePublicCommentRule(input: { id: $id }) }`;
    const phone = seeded.publicCommentRules[0];
    expect((await asOperator(DELETE, { id: phone.id })).data.deletePublicCommentRule).toBe(true);
    expect((await asOperator(DELETE, { id: phone.id })).errors?.[0].extensions).toMatchObject({
      code: 'NOT_FOUND',
      reason: 'PUBLIC_COMMENT_RULE_NOT_FOUND',
    });
    expect((await request(s.app.getHttpServer()).get('/matters/O2023-0004222/public-comment/phone.ics')).status).toBe(404);
    expect((await gql(s.app, RULES)).data.publicCommentRules.map((r: any) => r.channel)).toEqual(['IN_PERSON', 'WRITTEN']);
  });
});
