/**
 * Validating and building a large gazetteer: the real one, and the real one with 8,000 more village points and one
 * county boundary densified to 40,000 vertices (built in memory by bench/large-gazetteer.ts, never written). Side by
 * side in the same run: JSON.parse of the same files (the floor), and Turf's checks that the build used before
 * (booleanValid + kinks per polygon, booleanPointInPolygon per point) on the same geometry. See bench/README.md.
 *   npm run bench:gazetteer [-- --points 8000 --vertices 40000]
 */
import { booleanPointInPolygon, booleanValid, kinks } from '@turf/turf';
import type { Feature, Polygon, Position } from 'geojson';
import { availableParallelism, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { areaContains } from '../src/lib/geo/area-index.ts';
import { polygonFault } from '../src/lib/geo/rings.ts';
import { gazetteerLinker, type AtlasInputs } from '../src/lib/pipeline/build-atlas.ts';
import { withContainment } from '../src/lib/pipeline/containment.ts';
import { withLabelPoints } from '../src/lib/pipeline/label-points.ts';
import { largeGazetteer } from './large-gazetteer.ts';
import { inputs } from './synthetic.ts';

const arg = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
};
const POINTS = arg('points', 8000);
const VERTICES = arg('vertices', 40000);
/** Turf's pairwise checks grow with the square of the vertices: they are timed up to this size only. */
const TURF_VERTICES = [2500, 5000, 10000];

/** Wall and CPU seconds of fn. */
function time<T>(fn: () => T): { value: T; seconds: number; cpu: number } {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const value = fn();
  const used = process.cpuUsage(cpu);
  return { value, seconds: (performance.now() - started) / 1000, cpu: (used.user + used.system) / 1e6 };
}

const fmt = (t: { seconds: number; cpu: number }) => `${t.seconds.toFixed(2).padStart(6)} s (${t.cpu.toFixed(2)} CPU s)`;

function build(label: string, gazetteer: Pick<AtlasInputs, 'geo' | 'notPlaces'>): void {
  const megabytes = gazetteer.geo.reduce((n, f) => n + Buffer.byteLength(f.content), 0) / 1e6;
  const parse = time(() => gazetteer.geo.map((f) => JSON.parse(f.content) as unknown));
  const checked = time(() => gazetteerLinker(gazetteer));
  const derived = time(() => withLabelPoints(withContainment(checked.value.places)));
  const total = { seconds: checked.seconds + derived.seconds, cpu: checked.cpu + derived.cpu };
  console.log(`  ${label.padEnd(44)} ${megabytes.toFixed(1).padStart(5)} MB ${String(checked.value.places.features.length).padStart(6)} places`);
  console.log(`    JSON.parse only (floor)                   ${fmt(parse)}`);
  console.log(`    validate + gazetteer checks + linker      ${fmt(checked)}`);
  console.log(`    containment + label points                ${fmt(derived)}`);
  console.log(`    whole gazetteer step                      ${fmt(total)}`);
}

const largestCounty = (gazetteer: Pick<AtlasInputs, 'geo'>): Feature<Polygon> => {
  const file = gazetteer.geo.find((f) => f.file.endsWith('counties.geojson'))!;
  const counties = (JSON.parse(file.content) as { features: Feature<Polygon>[] }).features;
  return counties.reduce((a, b) => (b.geometry.coordinates[0]!.length > a.geometry.coordinates[0]!.length ? b : a));
};

console.log(`gazetteer validation and build; load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores`);
build('real gazetteer (geo/)', inputs);
const large = largeGazetteer(inputs, { points: POINTS, vertices: VERTICES });
build(`+ ${POINTS} points, a ${VERTICES}-vertex county`, large);

console.log('one polygon\'s validity: ours (sweep) vs Turf (booleanValid + kinks, pairwise)');
for (const vertices of [...TURF_VERTICES, VERTICES]) {
  const county = largestCounty(largeGazetteer(inputs, { points: 0, vertices }));
  const ours = time(() => polygonFault(county.geometry));
  if (ours.value) throw new Error(`the densified boundary should be valid: ${ours.value.reason}`);
  const turf = TURF_VERTICES.includes(vertices) ? fmt(time(() => booleanValid(county) && kinks(county).features.length === 0)) : '(not run: minutes)';
  console.log(`  ${String(county.geometry.coordinates[0]!.length).padStart(6)} vertices   ours ${fmt(ours)}   Turf ${turf}`);
}

const county = largestCounty(large);
const villages = JSON.parse(large.geo.find((f) => f.file.endsWith('villages.geojson'))!.content) as { features: Feature[] };
const points = villages.features.flatMap((f) => (f.geometry?.type === 'Point' ? [f.geometry.coordinates as Position] : []));
const ours = time(() => points.filter((p) => areaContains(county.geometry, p)).length);
const turf = time(() => points.filter((p) => booleanPointInPolygon(p, county.geometry)).length);
console.log(`${points.length} points in the ${county.geometry.coordinates[0]!.length}-vertex county (${ours.value} inside; Turf ${turf.value})`);
console.log(`  ours (banded index) ${fmt(ours)}   Turf booleanPointInPolygon ${fmt(turf)}`);
