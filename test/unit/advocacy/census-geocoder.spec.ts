import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { CensusGeocoder } from '../../../libs/advocacy/src/geocoder/census-geocoder';
import { startGeocoderStandIn, STAND_IN_ADDRESSES } from '../../support/census-geocoder-stand-in';

/** A server answering every request with `handler` (shapes the stand-in never gives). */
async function serve(handler: http.RequestListener): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer(handler);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

const geocoderAt = (baseUrl: string, timeoutMs = 2000) => new CensusGeocoder({ baseUrl, timeoutMs, userAgent: 'test' });

describe(CensusGeocoder.name, () => {
  it('asks the one-line address search with the current benchmark and reads x as longitude, y as latitude', async () => {
    const standIn = await startGeocoderStandIn(STAND_IN_ADDRESSES);
    try {
      expect(await geocoderAt(standIn.url).geocode('121 N LaSalle St, Chicago, IL')).toEqual([
        { matchedAddress: '121 N LASALLE ST, CHICAGO, IL, 60602', latitude: 41.88375, longitude: -87.63175 },
      ]);
      expect(Object.fromEntries(standIn.requests[0]!)).toEqual({
        address: '121 N LaSalle St, Chicago, IL',
        benchmark: 'Public_AR_Current',
        format: 'json',
      });
      expect(await geocoderAt(standIn.url).geocode('1 Nowhere Pl, Chicago, IL')).toEqual([]);
    } finally {
      await standIn.close();
    }
  });

  it.each([
    ['an error status', (_q: http.IncomingMessage, s: http.ServerResponse) => s.writeHead(500).end('oops'), 'HTTP 500'],
    ['a body that is not JSON', (_q: http.IncomingMessage, s: http.ServerResponse) => s.writeHead(200).end('<html>'), 'not JSON'],
    [
      'JSON of another shape',
      (_q: http.IncomingMessage, s: http.ServerResponse) =>
        s.writeHead(200).end(JSON.stringify({ result: { addressMatches: [{ coordinates: { x: 'a' } }] } })),
      'unexpected answer (result.addressMatches.0',
    ],
    [
      'a redirect to another host',
      (_q: http.IncomingMessage, s: http.ServerResponse) => s.writeHead(302, { location: 'https://example.org/geocoder' }).end(),
      'not an allowed source host',
    ],
  ])('answers GEOCODER_UNAVAILABLE for %s', async (_what, handler, message) => {
    const server = await serve(handler);
    try {
      await expect(geocoderAt(server.url).geocode('x')).rejects.toMatchObject({
        code: 'GEOCODER_UNAVAILABLE',
        message: expect.stringContaining(message),
      });
    } finally {
      await server.close();
    }
  });

  it('gives up after its timeout', async () => {
    const server = await serve(() => undefined); // never answers
    try {
      await expect(geocoderAt(server.url, 200).geocode('x')).rejects.toMatchObject({
        code: 'GEOCODER_UNAVAILABLE',
        message: expect.stringContaining('no answer within 200 ms'),
      });
    } finally {
      await server.close();
    }
  });
});
