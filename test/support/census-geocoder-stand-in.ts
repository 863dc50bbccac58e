import * as http from 'node:http';
import type { AddressInfo } from 'node:net';

/** One match in the Census geocoder's documented form (`coordinates.x` is the longitude, `y` the latitude). */
export interface StandInMatch {
  matchedAddress: string;
  latitude: number;
  longitude: number;
}

/**
 * A local stand-in for the U.S. Census Bureau's geocoder: GET /geocoder/locations/onelineaddress
 * answers in its documented JSON shape (`result.input`, `result.addressMatches[]` with
 * `matchedAddress`, `coordinates {x, y}`, `tigerLine`, `addressComponents`), an unknown address with
 * HTTP 200 and no matches, as the real one does. Addresses are looked up case-insensitively in
 * `answers`; `down` makes it answer 502, `redirectTo` a 302 there. Every request's query is recorded.
 */
export async function startGeocoderStandIn(answers: Record<string, StandInMatch[]>): Promise<{
  url: string;
  requests: URLSearchParams[];
  down: { value: boolean };
  redirectTo: { value: string | null };
  close(): Promise<void>;
}> {
  const table = new Map(Object.entries(answers).map(([k, v]) => [k.toLowerCase(), v]));
  const requests: URLSearchParams[] = [];
  const down = { value: false };
  const redirectTo = { value: null as string | null };
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://stand-in');
    requests.push(url.searchParams);
    if (url.pathname !== '/geocoder/locations/onelineaddress') {
      res.writeHead(404).end();
      return;
    }
    if (redirectTo.value) {
      res.writeHead(302, { location: redirectTo.value }).end();
      return;
    }
    if (down.value) {
      res.writeHead(502, { 'content-type': 'text/html' }).end('<html>Bad Gateway</html>');
      return;
    }
    const address = url.searchParams.get('address') ?? '';
    const matches = table.get(address.toLowerCase()) ?? [];
    const body = {
      result: {
        input: {
          address: { address },
          benchmark: {
            isDefault: true,
            benchmarkDescription: 'Public Address Ranges - Current Benchmark',
            id: '4',
            benchmarkName: url.searchParams.get('benchmark'),
          },
        },
        addressMatches: matches.map((m, i) => ({
          tigerLine: { side: 'L', tigerLineId: String(600000000 + i) },
          coordinates: { x: m.longitude, y: m.latitude },
          addressComponents: {
            zip: '',
            streetName: '',
            preType: '',
            city: '',
            preDirection: '',
            suffixDirection: '',
            fromAddress: '',
            state: '',
            suffixType: '',
            toAddress: '',
            suffixQualifier: '',
            preQualifier: '',
          },
          matchedAddress: m.matchedAddress,
        })),
      },
    };
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    down,
    redirectTo,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Addresses the tests use, with points whose wards the 2023 map gives (checked in ward-map.spec). */
export const STAND_IN_ADDRESSES: Record<string, StandInMatch[]> = {
  // A point in ward 15, where the synthetic story has an alder (synthetic-person-ward-15).
  '5530 S Wood St, Chicago, IL': [{ matchedAddress: '5530 S WOOD ST, CHICAGO, IL, 60636', latitude: 41.79, longitude: -87.6699 }],
  // The middle of City Hall: ward 42.
  '121 N LaSalle St, Chicago, IL': [{ matchedAddress: '121 N LASALLE ST, CHICAGO, IL, 60602', latitude: 41.88375, longitude: -87.63175 }],
  // The Census geocoder's own documented example: outside Chicago.
  '4600 Silver Hill Rd, Washington, DC 20233': [
    { matchedAddress: '4600 SILVER HILL RD, WASHINGTON, DC, 20233', latitude: 38.845053106269, longitude: -76.928365658124 },
  ],
  // Two places in different wards (Chinatown's ward 11 and O'Hare's ward 41).
  '100 W Main St, Chicago, IL': [
    { matchedAddress: '100 W MAIN ST, CHICAGO, IL, 60616', latitude: 41.8525, longitude: -87.6324 },
    { matchedAddress: '100 W MAIN ST, CHICAGO, IL, 60666', latitude: 41.9786, longitude: -87.9048 },
  ],
};
