import { INestApplication } from '@nestjs/common';
import { ApiTestApp, startApiApp } from '../../support/api-app';
import { readCapture } from '../../support/fixtures/captures';
import { withWard15Person } from '../../support/fixtures/synthetic-person-ward-15';
import { gql } from '../../support/graphql-client';

const ALDER = `query ($ward: Int!) { alder(ward: $ward) {
  personId name ward isActive photoUrl
  wardOffice { email phone address } cityHallOffice { email phone address }
  memberships { bodyName } votes { recordNumber vote }
} }`;

describe('alders over GraphQL', () => {
  let t: ApiTestApp;
  let app: INestApplication;

  beforeAll(async () => {
    t = await startApiApp({ replay: { transform: withWard15Person } });
    app = t.app;
  });

  afterAll(async () => {
    await t?.close();
  });

  it('answers alder(ward: 15) with the alder and both offices', async () => {
    const res = await gql(app, ALDER, { ward: 15 });
    expect(res.errors).toBeUndefined();
    expect(res.data.alder).toMatchObject({
      personId: '0AD4F54F-FC88-EC11-8D20-001DD804FD38',
      name: 'Lopez, Raymond A.',
      ward: 15,
      isActive: true,
      wardOffice: { email: 'Ward15@cityofchicago.org', phone: null, address: null },
      cityHallOffice: { phone: '(312) 744-6828 / 5683', address: '121 North LaSalle Street, Room 200, Chicago, IL 60602' },
      memberships: [],
      // No capture holds a roll call with this alder; votes come from matter actions as they are ingested.
      votes: [],
    });
  });

  it('keeps former alders, marked inactive', async () => {
    const real: any = readCapture('person-zalewski.json');
    const res = await gql(app, ALDER, { ward: 23 });
    expect(res.data.alder).toMatchObject({
      personId: real.personId,
      name: 'Zalewski, Michael R.',
      ward: 23,
      isActive: false,
      wardOffice: { email: real.email, phone: real.phone },
    });
    const all = await gql(app, '{ alders { ward name isActive } }');
    expect(all.data.alders).toEqual([
      { ward: 15, name: 'Lopez, Raymond A.', isActive: true },
      { ward: 23, name: 'Zalewski, Michael R.', isActive: false },
    ]);
  });

  it('answers a ward with nobody on record with NOT_FOUND, and a non-ward with BAD_USER_INPUT', async () => {
    expect((await gql(app, ALDER, { ward: 7 })).errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', ward: 7 });
    expect((await gql(app, ALDER, { ward: 51 })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', ward: 51 });
  });

  it('lists committees from eLMS bodies (the captured body is an executive office, not a committee)', async () => {
    const res = await gql(app, '{ committees { name members { name } } }');
    expect(res.errors).toBeUndefined();
    expect(res.data.committees).toEqual([]);
  });
});
