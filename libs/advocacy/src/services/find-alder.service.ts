import { LegislationErrorCode, LegislationException, PeopleQueryService, type PersonRecord } from '@app/legislation';
import { Inject, Injectable } from '@nestjs/common';
import { AdvocacyErrorCode, AdvocacyException } from '../advocacy.exception';
import { AddressLookupLimiter } from '../geocoder/address-lookup-limiter';
import { GEOCODER, type Geocoder } from '../geocoder/geocoder';
import { WardMap } from '../wards/ward-map';

export const WARD_MAP = Symbol('WARD_MAP');
export const ADDRESS_LOOKUP_LIMITER = Symbol('ADDRESS_LOOKUP_LIMITER');

/** Longest address accepted: no street address needs more, and the geocoder is spared junk. */
export const MAX_ADDRESS_LENGTH = 200;

export enum AddressLookupStatus {
  /** One place (or several, all in the same ward). */
  FOUND = 'FOUND',
  NO_MATCH = 'NO_MATCH',
  OUTSIDE_CHICAGO = 'OUTSIDE_CHICAGO',
  /** The geocoder found places in different wards (or some outside Chicago): the reader must say which. */
  AMBIGUOUS = 'AMBIGUOUS',
}

export interface WardAlder {
  ward: number;
  /** Null when eLMS lists nobody for the ward. */
  alder: PersonRecord | null;
}

export interface AddressCandidate {
  matchedAddress: string;
  latitude: number;
  longitude: number;
  ward: number | null;
}

export interface AddressLookup {
  status: AddressLookupStatus;
  /** What was sent to the geocoder (the reader's words, with ", Chicago, IL" when they named no city or ZIP). */
  searchedFor: string;
  /** FOUND: the first match; the others, if any, are in the same ward. */
  match: AddressCandidate | null;
  /** FOUND and a ward: the ward and its alder. */
  result: WardAlder | null;
  /** Every match the geocoder gave (for AMBIGUOUS, the places to choose from). */
  candidates: AddressCandidate[];
}

/** Most people type a street address only; without a city the geocoder would search the whole country. */
export function withChicagoHint(address: string): string {
  return /\bchicago\b/i.test(address) || /\b\d{5}(-\d{4})?\b/.test(address) ? address : `${address}, Chicago, IL`;
}

export function normalizeAddress(raw: string): string {
  const address = raw.replace(/\s+/g, ' ').trim();
  if (address.length < 3 || address.length > MAX_ADDRESS_LENGTH || !/[a-z]/i.test(address)) {
    throw new AdvocacyException(
      AdvocacyErrorCode.INVALID_ADDRESS,
      `An address is a street address such as "121 N LaSalle St" (3 to ${MAX_ADDRESS_LENGTH} characters)`,
      { address: address.slice(0, 80) },
    );
  }
  return address;
}

/**
 * @description Find your alder: the ward of a point (2023 ward map) or of an address (through the
 * pluggable geocoder, rate-limited per client), and that ward's alder from eLMS's people.
 */
@Injectable()
export class FindAlderService {
  constructor(
    @Inject(WARD_MAP) private readonly wardMap: () => WardMap,
    @Inject(GEOCODER) private readonly geocoder: Geocoder,
    @Inject(ADDRESS_LOOKUP_LIMITER) private readonly limiter: AddressLookupLimiter,
    private readonly people: PeopleQueryService,
  ) {}

  /** The ward at a point, or null outside Chicago. Throws INVALID_COORDINATES. */
  wardAt(latitude: number, longitude: number): number | null {
    return this.wardMap().wardAt(latitude, longitude);
  }

  /** The ward at a point with its alder; null outside Chicago. */
  async alderAt(latitude: number, longitude: number): Promise<WardAlder | null> {
    const ward = this.wardAt(latitude, longitude);
    return ward === null ? null : { ward, alder: await this.alderOf(ward) };
  }

  /**
   * Geocodes the address and finds its ward and alder. `client` (an IP address) is what the
   * look-up budget is counted against. Throws INVALID_ADDRESS, ADDRESS_LOOKUP_LIMITED, GEOCODER_UNAVAILABLE.
   */
  async lookUpAddress(rawAddress: string, client: string): Promise<AddressLookup> {
    const searchedFor = withChicagoHint(normalizeAddress(rawAddress));
    this.limiter.take(client);
    const matches = await this.geocoder.geocode(searchedFor);
    const map = this.wardMap();
    const candidates = matches.map((m) => ({ ...m, ward: map.wardAt(m.latitude, m.longitude) }));
    const wards = new Set(candidates.map((c) => c.ward));
    const base = { searchedFor, candidates };
    if (candidates.length === 0) return { ...base, status: AddressLookupStatus.NO_MATCH, match: null, result: null };
    if (wards.size > 1) return { ...base, status: AddressLookupStatus.AMBIGUOUS, match: null, result: null };
    const match = candidates[0]!;
    if (match.ward === null) return { ...base, status: AddressLookupStatus.OUTSIDE_CHICAGO, match, result: null };
    return { ...base, status: AddressLookupStatus.FOUND, match, result: { ward: match.ward, alder: await this.alderOf(match.ward) } };
  }

  async alderOf(ward: number): Promise<PersonRecord | null> {
    try {
      return await this.people.alderByWard(ward);
    } catch (err) {
      if (err instanceof LegislationException && err.code === LegislationErrorCode.ALDER_NOT_FOUND) return null;
      throw err;
    }
  }
}
