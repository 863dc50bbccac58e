import { MAX_SOURCE_REDIRECTS, OutboundPolicy, OutboundTargetRefusedError } from '@app/core';
import { z } from 'zod';
import { AdvocacyErrorCode, AdvocacyException } from '../advocacy.exception';
import type { GeocodeMatch, Geocoder } from './geocoder';

/** The Census geocoder's one-line address search (locations only: coordinates, no geographies). */
export const CENSUS_ONELINE_PATH = '/geocoder/locations/onelineaddress';
/** The benchmark the Census documents as current (the address ranges it matches against). */
export const CENSUS_BENCHMARK = 'Public_AR_Current';

/**
 * Only what we read of the documented answer: `result.addressMatches[]` with `matchedAddress` and
 * `coordinates {x: longitude, y: latitude}`. A miss is HTTP 200 with an empty list.
 */
const censusAnswer = z.object({
  result: z.object({
    addressMatches: z.array(
      z.object({
        matchedAddress: z.string(),
        coordinates: z.object({ x: z.number(), y: z.number() }),
      }),
    ),
  }),
});

export interface CensusGeocoderOptions {
  baseUrl: string;
  timeoutMs: number;
  userAgent: string;
}

function unavailable(message: string): AdvocacyException {
  return new AdvocacyException(AdvocacyErrorCode.GEOCODER_UNAVAILABLE, `The address geocoder could not answer: ${message}`);
}

/** @description The U.S. Census Bureau's public geocoder (no key), fetched only on its configured origin. */
export class CensusGeocoder implements Geocoder {
  private readonly policy: OutboundPolicy;

  constructor(private readonly options: CensusGeocoderOptions) {
    // Its own policy: the geocoder's origin is the one place these requests may go, redirects included.
    this.policy = new OutboundPolicy([options.baseUrl]);
  }

  async geocode(address: string): Promise<GeocodeMatch[]> {
    const url = new URL(`${this.options.baseUrl}${CENSUS_ONELINE_PATH}`);
    url.search = new URLSearchParams({ address, benchmark: CENSUS_BENCHMARK, format: 'json' }).toString();
    const body = await this.getJson(url.href);
    const parsed = censusAnswer.safeParse(body);
    if (!parsed.success) throw unavailable(`unexpected answer (${parsed.error.issues[0]?.path.join('.') ?? 'body'})`);
    return parsed.data.result.addressMatches.map((m) => ({
      matchedAddress: m.matchedAddress,
      latitude: m.coordinates.y,
      longitude: m.coordinates.x,
    }));
  }

  private async getJson(first: string): Promise<unknown> {
    let current = this.policy.assertSourceUrl(first).href;
    for (let hop = 0; ; hop++) {
      let res: Response;
      try {
        res = await fetch(current, {
          redirect: 'manual',
          headers: { accept: 'application/json', 'user-agent': this.options.userAgent },
          signal: AbortSignal.timeout(this.options.timeoutMs),
        });
      } catch (err) {
        throw unavailable(
          (err as Error).name === 'TimeoutError' ? `no answer within ${this.options.timeoutMs} ms` : (err as Error).message,
        );
      }
      const location = res.headers.get('location');
      if (res.status >= 300 && res.status < 400 && location) {
        await res.body?.cancel();
        if (hop >= MAX_SOURCE_REDIRECTS) throw unavailable(`more than ${MAX_SOURCE_REDIRECTS} redirects`);
        try {
          current = this.policy.assertSourceRedirect(current, location).href;
        } catch (err) {
          if (err instanceof OutboundTargetRefusedError) throw unavailable(err.message);
          throw err;
        }
        continue;
      }
      if (!res.ok) {
        await res.body?.cancel();
        throw unavailable(`HTTP ${res.status}`);
      }
      try {
        return await res.json();
      } catch {
        throw unavailable('the answer is not JSON');
      }
    }
  }
}
