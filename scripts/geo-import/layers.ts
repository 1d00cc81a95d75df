/**
 * How the gazetteer is split into geo/*.geojson files: one per role, so a person finds a record by what it is and a
 * re-import's diff stays within a role. The app reads none of them: the build merges them all into the assets
 * (scripts/atlas-pipeline.ts), and the first view loads what the build writes, not these files.
 */
import { gzipSync } from 'node:zlib';
import type { PlaceFeature, PlaceKind } from '../../src/lib/geo/types.ts';

export interface LayerDef {
  file: string;
  kinds: PlaceKind[];
  title: string;
}

export const LAYERS: LayerDef[] = [
  { file: 'context.geojson', kinds: ['province', 'prefecture', 'neighbour'], title: 'province (context), prefecture outline, neighbouring prefectures (context)' },
  { file: 'counties.geojson', kinds: ['county'], title: 'the nine county-level divisions' },
  { file: 'towns.geojson', kinds: ['town'], title: 'towns, townships and streets (镇/乡/街道)' },
  { file: 'villages.geojson', kinds: ['village'], title: 'villages and communities (村/社区)' },
  { file: 'transport.geojson', kinds: ['transport'], title: 'railways, metro, roads, airport, stations, logistics' },
  { file: 'projects.geojson', kinds: ['district', 'project'], title: 'new areas, platforms and projects' },
  { file: 'landmarks.geojson', kinds: ['landmark'], title: 'landmarks and institutions' },
  { file: 'nature.geojson', kinds: ['park', 'water'], title: 'parks, nature areas, rivers, lakes and reservoirs' },
];

export function layerOf(kind: PlaceKind): LayerDef {
  const layer = LAYERS.find((l) => l.kinds.includes(kind));
  if (!layer) throw new Error(`no geo/ layer takes kind "${kind}"`);
  return layer;
}

/** One feature per line: diffs of a re-import stay readable. */
export function serialise(features: PlaceFeature[]): string {
  return `{"type":"FeatureCollection","features":[\n${features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`;
}

export const gzipBytes = (text: string): number => gzipSync(Buffer.from(text, 'utf8'), { level: 9 }).length;
