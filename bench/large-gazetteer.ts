/**
 * A large gazetteer built in memory from the real one, for the validation benchmark (never written to disk, never
 * data: its extra points are real village seats moved by a few metres, its large polygon a real county boundary
 * with points added along its own edges).
 */
import type { Feature, Polygon, Position } from 'geojson';
import type { AtlasInputs, InputFile } from '../src/lib/pipeline/build-atlas.ts';
import { random } from './synthetic.ts';

export interface LargeGazetteerOptions {
  /** Extra village points, each a real located village's seat jittered by up to about 5 m. */
  points: number;
  /** Vertices of the densified county boundary that replaces the real one. */
  vertices: number;
}

const featuresOf = (file: InputFile<string>) => (JSON.parse(file.content) as { features: Feature[] }).features;

/** One feature per line, as geo/ keeps its records. */
const serialise = (features: readonly Feature[]) => `{"type":"FeatureCollection","features":[\n${features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`;

/** The ring with points added evenly along each edge until it has at least `vertices` positions. */
export function densify(ring: Position[], vertices: number): Position[] {
  const per = Math.max(1, Math.ceil((vertices - 1) / (ring.length - 1)));
  const out: Position[] = [];
  for (let i = 0; i < ring.length - 1; i++) {
    const [x0, y0] = ring[i]!;
    const [x1, y1] = ring[i + 1]!;
    for (let k = 0; k < per; k++) out.push([x0! + ((x1! - x0!) * k) / per, y0! + ((y1! - y0!) * k) / per]);
  }
  out.push(ring[0]!);
  return out;
}

export function largeGazetteer(real: Pick<AtlasInputs, 'geo' | 'notPlaces'>, options: LargeGazetteerOptions): Pick<AtlasInputs, 'geo' | 'notPlaces'> {
  const next = random(18);
  const jitter = () => (next() - 0.5) * 1e-4;
  const villages = real.geo.flatMap(featuresOf).filter((f) => f.properties?.kind === 'village' && f.geometry?.type === 'Point');
  const extra: Feature[] = Array.from({ length: options.points }, (_, i) => {
    const village = villages[i % villages.length]!;
    const [lon, lat] = (village.geometry as { coordinates: Position }).coordinates;
    return {
      ...village,
      properties: { ...village.properties, id: `bench-vil-${i}`, aliases: [], adcode: undefined, geometry_from: undefined },
      geometry: { type: 'Point', coordinates: [lon! + jitter(), lat! + jitter()] },
    };
  });
  const geo = real.geo.map((file) => {
    if (file.file.endsWith('counties.geojson')) {
      // The county with the most vertices gets a boundary of `vertices` positions: what a full-resolution fence is.
      const counties = featuresOf(file) as Feature<Polygon>[];
      const largest = counties.reduce((a, b) => (b.geometry.coordinates[0]!.length > a.geometry.coordinates[0]!.length ? b : a));
      largest.geometry.coordinates = [densify(largest.geometry.coordinates[0]!, options.vertices), ...largest.geometry.coordinates.slice(1)];
      return { file: file.file, content: serialise(counties) };
    }
    if (file.file.endsWith('villages.geojson')) return { file: file.file, content: serialise([...featuresOf(file), ...extra]) };
    return file;
  });
  return { geo, ...(real.notPlaces ? { notPlaces: real.notPlaces } : {}) };
}
