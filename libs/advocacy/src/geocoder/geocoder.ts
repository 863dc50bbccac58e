/** One place an address may be. */
export interface GeocodeMatch {
  /** The address as the geocoder understood it ("121 N LA SALLE ST, CHICAGO, IL, 60602"). */
  matchedAddress: string;
  latitude: number;
  longitude: number;
}

/**
 * @description Turns a one-line address into candidate points. Pluggable: bind another
 * implementation to the GEOCODER token; the default is the U.S. Census Bureau's public geocoder.
 * Throws AdvocacyException GEOCODER_UNAVAILABLE when it cannot answer; no match is an empty list.
 */
export interface Geocoder {
  geocode(address: string): Promise<GeocodeMatch[]>;
}

export const GEOCODER = Symbol('GEOCODER');
