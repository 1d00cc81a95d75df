import { getIssues } from '@placemarkio/check-geojson';
import { booleanValid } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { polygonFault } from './rings.ts';

/** A problem in an input file, located well enough for a person to fix it. */
export class AtlasInputError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
    readonly featureId?: string,
    readonly line?: number,
  ) {
    const where = [file, line !== undefined ? `line ${line}` : '', featureId ? `feature "${featureId}"` : '']
      .filter(Boolean)
      .join(', ');
    super(`${where}: ${reason}`);
    this.name = 'AtlasInputError';
  }
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

function featureLine(text: string, id: string): number | undefined {
  const at = text.search(new RegExp(`"id"\\s*:\\s*"${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"`));
  return at >= 0 ? lineOf(text, at) : undefined;
}

/** JSON.parse that reports a syntax error as an AtlasInputError naming the file. */
export function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new AtlasInputError(file, `not valid JSON (${(e as Error).message})`);
  }
}

/**
 * Parses a GeoJSON FeatureCollection and checks it against RFC 7946 (check-geojson) and OGC validity
 * (Turf), feature by feature. Throws an AtlasInputError naming the file, line and feature id.
 */
export function parseFeatureCollection(text: string, file: string): FeatureCollection {
  const fc = parseJson(text, file) as FeatureCollection;
  if (!fc || fc.type !== 'FeatureCollection' || !Array.isArray(fc.features)) {
    throw new AtlasInputError(file, 'expected a GeoJSON FeatureCollection');
  }
  fc.features.forEach((feature, index) => checkFeature(feature, index, text, file));
  return fc;
}

function checkFeature(feature: Feature, index: number, text: string, file: string): void {
  const id = typeof feature?.properties?.id === 'string' ? (feature.properties.id as string) : `#${index}`;
  // The line is looked up only when there is something to report: scanning the text for every feature would make
  // validating a file of thousands of features quadratic.
  const fail = (reason: string) => {
    throw new AtlasInputError(file, reason, id, featureLine(text, id));
  };
  if (feature?.type !== 'Feature') fail('not a GeoJSON Feature');
  if (!feature.geometry) {
    // A place no source locates has no geometry, and must say so (geo/README.md: unlocated places).
    if (feature.properties?.geometry_quality !== 'unlocated') fail('geometry is missing (null); only an "unlocated" place may have none');
    return;
  }
  const issues = getIssues(JSON.stringify(feature));
  if (issues.length > 0) fail(`invalid GeoJSON: ${[...new Set(issues.map((i) => i.message))].join('; ')}`);
  const fault = geometryFault(feature.geometry);
  if (fault !== null) fail(`invalid ${feature.geometry.type} geometry (self-intersecting or degenerate${fault ? `: ${fault}` : ''})`);
  const [outside] = positions(feature.geometry).filter(([lon, lat]) => Math.abs(lon!) > 180 || Math.abs(lat!) > 90);
  if (outside) fail(`coordinate [${outside.join(', ')}] is outside WGS84 longitude/latitude range`);
}

/**
 * What is wrong with a geometry ('' when Turf says only that it is invalid), or null. Areas go to polygonFault, which
 * scales to boundaries of tens of thousands of vertices; Turf's booleanValid is linear for the other types.
 */
function geometryFault(geometry: Geometry): string | null {
  if (geometry.type === 'Polygon' || geometry.type === 'MultiPolygon') {
    const fault = polygonFault(geometry);
    return fault && `${fault.reason} at [${fault.at.join(', ')}]`;
  }
  if (geometry.type === 'GeometryCollection') {
    for (const member of geometry.geometries) {
      const fault = geometryFault(member);
      if (fault !== null) return fault;
    }
    return geometry.geometries.length > 0 ? null : '';
  }
  return booleanValid(geometry) ? null : '';
}

function positions(geometry: Feature['geometry']): number[][] {
  if (geometry.type === 'GeometryCollection') return geometry.geometries.flatMap((g) => positions(g));
  const flat = (c: unknown): number[][] =>
    Array.isArray(c) && typeof c[0] === 'number' ? [c as number[]] : (c as unknown[]).flatMap(flat);
  return flat(geometry.coordinates);
}
