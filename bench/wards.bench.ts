/**
 * Ward look-up benchmark: `npm run bench:wards` (see bench/README.md).
 *
 * Loads the 2023 ward map as /find-your-alder does (WardMap.load, parsed once per process), then
 * finds the ward of BENCH_POINTS seeded random points in the city's bounding box (about 40% fall in
 * a ward; the rest, lake and suburbs, in none) two ways: WardMap.wardAt (a bounding-box test per ward,
 * then Turf's point-in-polygon), and Turf alone on every ward in turn (no boxes), the baseline.
 * Reports the load time and per-look-up median and p99, and the ratio of the two, from this one run.
 * Checks: the known points (City Hall 42, Chinatown 11, O'Hare 41) and that both ways agree on every point.
 */
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { WardMap, WARD_BOUNDARIES_FILE } from '@app/advocacy';
import { seededRandom } from '@app/core';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Feature, FeatureCollection, MultiPolygon } from 'geojson';
import { findProjectRoot } from '../apps/replay/src/fixtures-dir';
import { BenchCheckError, runBench } from './bench-run';

const POINTS = Number(process.env.BENCH_POINTS ?? 20_000);
const KNOWN: [string, number, number, number][] = [
  ['City Hall', 41.88375, -87.63175, 42],
  ['Chinatown', 41.8525, -87.6324, 11],
  ["O'Hare", 41.9786, -87.9048, 41],
];

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

function timeEach(
  points: [number, number][],
  find: (lat: number, lon: number) => number | null,
): { wards: (number | null)[]; us: number[] } {
  const wards: (number | null)[] = [];
  const us: number[] = [];
  for (const [lat, lon] of points) {
    const t = process.hrtime.bigint();
    wards.push(find(lat, lon));
    us.push(Number(process.hrtime.bigint() - t) / 1000);
  }
  return { wards, us: us.sort((a, b) => a - b) };
}

runBench(async () => {
  const t0 = process.hrtime.bigint();
  const map = WardMap.load();
  const loadMs = Number(process.hrtime.bigint() - t0) / 1e6;
  for (const [name, lat, lon, ward] of KNOWN) {
    if (map.wardAt(lat, lon) !== ward) throw new BenchCheckError(`${name} should be in ward ${ward}, got ${map.wardAt(lat, lon)}`);
  }
  const collection = JSON.parse(readFileSync(path.join(findProjectRoot(), WARD_BOUNDARIES_FILE), 'utf8')) as FeatureCollection;
  const features = collection.features as Feature<MultiPolygon, { ward: number }>[];
  const plain = (lat: number, lon: number) => features.find((f) => booleanPointInPolygon([lon, lat], f))?.properties.ward ?? null;

  const random = seededRandom(2023);
  const points: [number, number][] = Array.from({ length: POINTS }, () => [41.644 + random() * 0.38, -87.94 + random() * 0.42]);
  timeEach(points.slice(0, 500), (a, b) => map.wardAt(a, b)); // warm-up
  const ours = timeEach(points, (a, b) => map.wardAt(a, b));
  const base = timeEach(points, plain);
  const disagree = ours.wards.filter((w, i) => w !== base.wards[i]).length;
  if (disagree > 0) throw new BenchCheckError(`${disagree} points got a different ward without the boxes`);
  const inWard = ours.wards.filter((w) => w !== null).length;
  const line = (name: string, r: { us: number[] }) =>
    `${name.padEnd(26)} median ${quantile(r.us, 0.5).toFixed(1)} µs  p99 ${quantile(r.us, 0.99).toFixed(1)} µs`;
  console.log(`ward map: 50 wards loaded in ${loadMs.toFixed(0)} ms; ${POINTS} points, ${inWard} in a ward`);
  console.log(line('WardMap.wardAt (boxes)', ours));
  console.log(line('Turf on every ward', base));
  console.log(`ratio (median, ours / baseline): ${(quantile(ours.us, 0.5) / quantile(base.us, 0.5)).toFixed(2)}`);
  return 0;
});
