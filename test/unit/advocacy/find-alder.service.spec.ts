import type { PeopleQueryService } from '@app/legislation';
import { LegislationErrorCode, LegislationException } from '@app/legislation';
import { AddressLookupLimiter } from '../../../libs/advocacy/src/geocoder/address-lookup-limiter';
import type { GeocodeMatch } from '../../../libs/advocacy/src/geocoder/geocoder';
import { AddressLookupStatus, FindAlderService, withChicagoHint } from '../../../libs/advocacy/src/services/find-alder.service';
import { WardMap } from '../../../libs/advocacy/src/wards/ward-map';

const map = WardMap.load();
const alder = { displayName: 'Alder of 42', ward: '42' };
const people = {
  alderByWard: async (ward: number) => {
    if (ward === 42) return alder;
    throw new LegislationException(LegislationErrorCode.ALDER_NOT_FOUND, 'none', { ward });
  },
} as unknown as PeopleQueryService;

function service(matches: GeocodeMatch[], limiter = new AddressLookupLimiter(0, 60_000)) {
  const asked: string[] = [];
  const geocoder = { geocode: async (a: string) => (asked.push(a), matches) };
  return { svc: new FindAlderService(() => map, geocoder, limiter, people), asked };
}

const cityHall = { matchedAddress: '121 N LASALLE ST, CHICAGO, IL, 60602', latitude: 41.88375, longitude: -87.63175 };
const cityHallDoor = { matchedAddress: '121 N LASALLE ST, CHICAGO, IL, 60602', latitude: 41.8838, longitude: -87.6318 };
const chinatown = { matchedAddress: 'CERMAK RD, CHICAGO, IL', latitude: 41.8525, longitude: -87.6324 };
const suitland = { matchedAddress: '4600 SILVER HILL RD, WASHINGTON, DC, 20233', latitude: 38.84505, longitude: -76.92837 };

describe(FindAlderService.name, () => {
  it('adds Chicago only when the address names no city or ZIP', () => {
    expect(withChicagoHint('121 N LaSalle St')).toBe('121 N LaSalle St, Chicago, IL');
    expect(withChicagoHint('121 N LaSalle St, chicago')).toBe('121 N LaSalle St, chicago');
    expect(withChicagoHint('121 N LaSalle St 60602')).toBe('121 N LaSalle St 60602');
  });

  it('finds the ward and alder; several matches in one ward are one answer', async () => {
    const { svc, asked } = service([cityHall, cityHallDoor]);
    const r = await svc.lookUpAddress(' 121  N LaSalle St ', 'ip');
    expect(asked).toEqual(['121 N LaSalle St, Chicago, IL']);
    expect(r).toMatchObject({ status: AddressLookupStatus.FOUND, result: { ward: 42, alder }, match: { ward: 42 } });
  });

  it('says AMBIGUOUS for matches in different wards, OUTSIDE_CHICAGO and NO_MATCH; a ward without an alder has none', async () => {
    expect((await service([cityHall, chinatown]).svc.lookUpAddress('Main St', 'ip')).status).toBe(AddressLookupStatus.AMBIGUOUS);
    expect((await service([chinatown, suitland]).svc.lookUpAddress('Main St', 'ip')).status).toBe(AddressLookupStatus.AMBIGUOUS);
    expect((await service([suitland]).svc.lookUpAddress('Silver Hill Rd', 'ip')).status).toBe(AddressLookupStatus.OUTSIDE_CHICAGO);
    expect((await service([]).svc.lookUpAddress('Nowhere', 'ip')).status).toBe(AddressLookupStatus.NO_MATCH);
    expect((await service([chinatown]).svc.lookUpAddress('Cermak', 'ip')).result).toEqual({ ward: 11, alder: null });
  });

  it('refuses what is not an address before spending a look-up, and limits look-ups per client', async () => {
    let now = 0;
    const { svc, asked } = service([cityHall], new AddressLookupLimiter(2, 60_000, () => now));
    await expect(svc.lookUpAddress('12', 'a')).rejects.toMatchObject({ code: 'INVALID_ADDRESS' });
    await expect(svc.lookUpAddress('x'.repeat(201), 'a')).rejects.toMatchObject({ code: 'INVALID_ADDRESS' });
    await svc.lookUpAddress('121 N LaSalle St', 'a');
    await svc.lookUpAddress('121 N LaSalle St', 'a');
    await expect(svc.lookUpAddress('121 N LaSalle St', 'a')).rejects.toMatchObject({
      code: 'ADDRESS_LOOKUP_LIMITED',
      details: { retryAfterSeconds: 60 },
    });
    await svc.lookUpAddress('121 N LaSalle St', 'b'); // another client has its own budget
    now = 60_000;
    await svc.lookUpAddress('121 N LaSalle St', 'a'); // a new window
    expect(asked).toHaveLength(4);
  });
});
