import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { AdvocacyErrorCode, AdvocacyException } from '../advocacy.exception';

/** The City's 2023 ward map ("Boundaries - Wards (2023-)", 50 wards, in force since May 2023); provenance beside it. */
export const WARD_BOUNDARIES_FILE = 'libs/advocacy/geo/chicago-wards-2023.geojson';

type WardFeature = Feature<Polygon | MultiPolygon, { ward: number }>;

interface IndexedWard {
  ward: number;
  feature: WardFeature;
  /** [minLon, minLat, maxLon, maxLat]: most wards are ruled out by this before the exact test. */
  bbox: [number, number, number, number];
}

/** The project root (package.json), walking up so this works from the TS sources and from dist alike. */
function projectRoot(from: string): string {
  for (let dir = path.resolve(from); ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`No package.json above ${from}: cannot find ${WARD_BOUNDARIES_FILE}`);
  }
}

function bboxOf(feature: WardFeature): [number, number, number, number] {
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  const polygons = feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
  for (const polygon of polygons)
    for (const [lon, lat] of polygon[0]!) {
      box[0] = Math.min(box[0], lon!);
      box[1] = Math.min(box[1], lat!);
      box[2] = Math.max(box[2], lon!);
      box[3] = Math.max(box[3], lat!);
    }
  return box;
}

/** Latitude and longitude as WGS84 degrees; anything else is refused before a polygon is tested. */
export function assertCoordinates(latitude: number, longitude: number): void {
  const ok = Number.isFinite(latitude) && Number.isFinite(longitude) && Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180;
  if (!ok) {
    throw new AdvocacyException(
      AdvocacyErrorCode.INVALID_COORDINATES,
      `Latitude must be between -90 and 90 and longitude between -180 and 180 (got ${latitude}, ${longitude})`,
      { latitude, longitude },
    );
  }
}

/**
 * @description Which Chicago ward a point is in: point-in-polygon (Turf) over the 2023 ward
 * boundaries, holes excluded. A point on no ward (outside the city, or in the lake) has none.
 */
export class WardMap {
  private constructor(private readonly wards: IndexedWard[]) {}

  static fromGeoJson(collection: FeatureCollection): WardMap {
    const wards = collection.features.map((f) => {
      const ward = Number((f.properties as { ward?: unknown } | null)?.ward);
      if (!Number.isInteger(ward) || ward < 1 || ward > 50) throw new Error(`ward boundaries: a feature has ward ${String(ward)}`);
      if (f.geometry?.type !== 'Polygon' && f.geometry?.type !== 'MultiPolygon')
        throw new Error(`ward boundaries: ward ${ward} is not a polygon`);
      const feature = f as WardFeature;
      return { ward, feature, bbox: bboxOf(feature) };
    });
    if (new Set(wards.map((w) => w.ward)).size !== 50)
      throw new Error(`ward boundaries: expected wards 1 to 50, found ${wards.length} features`);
    return new WardMap(wards);
  }

  /** Reads the project's copy of the 2023 ward map (about 1.8 MB, parsed once per process). */
  static load(root: string = projectRoot(__dirname)): WardMap {
    return WardMap.fromGeoJson(JSON.parse(readFileSync(path.join(root, WARD_BOUNDARIES_FILE), 'utf8')) as FeatureCollection);
  }

  /** The ward containing the point, or null outside every ward. */
  wardAt(latitude: number, longitude: number): number | null {
    assertCoordinates(latitude, longitude);
    const point = [longitude, latitude];
    for (const w of this.wards) {
      const [minLon, minLat, maxLon, maxLat] = w.bbox;
      if (longitude < minLon || longitude > maxLon || latitude < minLat || latitude > maxLat) continue;
      if (booleanPointInPolygon(point, w.feature)) return w.ward;
    }
    return null;
  }
}
