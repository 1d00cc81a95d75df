/**
 * Merges the raw sources into the gazetteer records in geo/ (geo/README.md, "What the import does"):
 *   npm run import:geo                 (package.json passes the shared geo-sources folder)
 *   npm run import:geo -- --dry-run    (prints what would change, writes nothing)
 *
 * geo/ is the source of truth a person edits. The import reads it and the sources, refreshes only the source-owned
 * fields (geometry, source, adcode, credit; geometry_quality where the source decides it) of records whose
 * `geometry_from` names a source row, adds a record for every official township and village row no record
 * references, and never changes another field: where a record differs from what the rules would generate, it
 * says so ("kept hand edit: …"). The result passes the build's own checks before anything is written.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pinyinOf } from '../src/lib/geo/names.ts';
import type { PlaceFeature } from '../src/lib/geo/types.ts';
import { gazetteerLinker } from '../src/lib/pipeline/build-atlas.ts';
import { newTownship, newVillage, township2023, type Generated } from './geo-import/admin.ts';
import { importBoundaries } from './geo-import/boundaries.ts';
import { layerOf, LAYERS, serialise } from './geo-import/layers.ts';
import { mergeRecord, newRecord } from './geo-import/merge.ts';
import { Resolver } from './geo-import/resolve.ts';
import { sourceDirArg } from './source-dir.ts';
import { GeoSources } from './geo-import/sources.ts';
import { printSummary } from './geo-import/summary.ts';

const root = resolve(import.meta.dirname, '..');
const geoDir = join(root, 'geo');
const NOT_PLACES = 'geo/not-places.json';

/** The records as they are on disk: file name → features in file order. */
function readRecords(): Map<string, PlaceFeature[]> {
  const files = new Map<string, PlaceFeature[]>();
  for (const name of readdirSync(geoDir).filter((n) => n.endsWith('.geojson')).sort()) {
    files.set(name, (JSON.parse(readFileSync(join(geoDir, name), 'utf8')) as { features: PlaceFeature[] }).features);
  }
  return files;
}

const BOUNDARY_KINDS = new Set(['province', 'prefecture', 'county', 'neighbour']);

async function main(sourcesDir: string, dryRun: boolean): Promise<void> {
  const sources = new GeoSources(sourcesDir);
  const files = readRecords();
  const notes: string[] = [];
  const all = () => [...files.values()].flat();

  // Boundaries: the fences (boundaries.ts) own geometry, source and adcode; names stay as edited in geo/.
  const boundaries = await importBoundaries(sources);
  const fresh = new Map([boundaries.province, boundaries.prefecture, ...boundaries.counties, ...boundaries.neighbours].map((f) => [f.properties.id, f]));
  const resolver = new Resolver(sources, boundaries.prefecture.geometry);

  for (const [file, features] of files) {
    files.set(
      file,
      features.map((record) => {
        const p = record.properties;
        const boundary = fresh.get(p.id);
        if (boundary && BOUNDARY_KINDS.has(p.kind)) {
          const { geometry, properties } = boundary;
          const merged = mergeRecord(record, { geometry, source: properties.source, adcode: properties.adcode, geometry_quality: 'boundary' }, { aliases: properties.aliases });
          notes.push(...merged.notes);
          return merged.feature;
        }
        if (!p.geometry_from) return record;
        const merged = mergeRecord(record, resolver.resolve(p.id, p.geometry_from));
        notes.push(...merged.notes);
        return merged.feature;
      }),
    );
  }

  // Townships and villages of the official list that no record references yet (townships first: villages need their ids).
  const records = all();
  const byRow = new Map(records.filter((f) => f.properties.geometry_from?.source === 'amap-adcode' && f.properties.geometry_from.row).map((f) => [f.properties.geometry_from!.row!, f]));
  const countyIds = new Map(records.filter((f) => f.properties.kind === 'county').map((f) => [f.properties.adcode!, f.properties.id]));
  const taken = new Set(records.map((f) => f.properties.id));
  const claimed = new Set(records.flatMap((f) => [f.properties.name, ...f.properties.aliases]));
  const list2023 = sources.townships2023();
  const added: PlaceFeature[] = [];
  for (const unit of sources.localUnits()) {
    const existing = byRow.get(unit.code);
    const from = { source: 'amap-adcode', row: unit.code };
    let generated: Generated;
    if (unit.rank === 4) generated = newTownship(unit, township2023(unit, list2023), countyIds.get(unit.code.slice(0, 6))!, taken, claimed);
    else {
      const parent = byRow.get(unit.parent);
      if (!parent) throw new Error(`row ${unit.code} (${unit.name}): no record references its township row ${unit.parent}`);
      generated = newVillage(unit, parent.properties.id);
    }
    if (existing) {
      // Say where a record differs from what the rules give for its row (the record wins).
      const p = existing.properties;
      for (const key of ['name', 'name_en', 'parent'] as const) {
        if (p[key] !== generated[key]) notes.push(`kept hand edit: ${p.id} ${key} ${JSON.stringify(p[key])} (the source rule gives ${JSON.stringify(generated[key])})`);
      }
      continue;
    }
    const feature = newRecord(generated, resolver.resolve(generated.id, from), from);
    taken.add(generated.id);
    for (const s of [generated.name, ...generated.aliases]) claimed.add(s);
    byRow.set(unit.code, feature);
    added.push(feature);
  }
  for (const f of added) {
    const file = layerOf(f.properties.kind).file;
    files.set(file, [...(files.get(file) ?? []), f]);
  }
  const counts = new Map<string, number>();
  for (const f of added) counts.set(f.properties.kind, (counts.get(f.properties.kind) ?? 0) + 1);
  for (const [kind, n] of counts) notes.push(`added ${n} ${kind} records for official rows no record referenced`);

  // Derived fields: pinyin follows the name; a station chain lists the stations it runs through.
  const stations = all().filter((f) => f.properties.subkind === 'station' && f.geometry?.type === 'Point');
  for (const f of all()) {
    const p = f.properties;
    if (p.pinyin !== pinyinOf(p.name)) {
      notes.push(`updated: ${p.id} pinyin (from its name)`);
      p.pinyin = pinyinOf(p.name);
    }
    if (p.geometry_quality === 'station-chain' && f.geometry) {
      const vertices = f.geometry.type === 'LineString' ? f.geometry.coordinates : f.geometry.type === 'MultiLineString' ? f.geometry.coordinates.flat() : [];
      const through = vertices.flatMap((v) => stations.filter((s) => (s.geometry as { coordinates: number[] }).coordinates.join() === v.join()).map((s) => s.properties.id));
      if (JSON.stringify(through) !== JSON.stringify(p.stations)) {
        notes.push(`updated: ${p.id} stations (the stations its chain runs through)`);
        p.stations = through;
      }
    }
  }

  const texts = LAYERS.map((layer) => ({ file: `geo/${layer.file}`, content: serialise(files.get(layer.file) ?? []) }));
  const stray = [...files.keys()].filter((name) => !LAYERS.some((l) => l.file === name));
  if (stray.length) throw new Error(`geo/: ${stray.join(', ')} is no layer the import knows (scripts/geo-import/layers.ts)`);
  // The build's own checks and the linker's (with the hand-written geo/not-places.json), so a bad record never reaches geo/.
  gazetteerLinker({ geo: texts, notPlaces: { file: NOT_PLACES, content: readFileSync(join(root, NOT_PLACES), 'utf8') } });

  for (const note of notes) console.log(note);
  printSummary(all(), texts);
  const changed = texts.filter(({ file, content }) => readFileSync(join(root, file), 'utf8') !== content);
  if (dryRun) {
    console.log(`dry run: ${changed.length ? `would write ${changed.map((c) => c.file).join(', ')}` : 'nothing would change'}`);
    return;
  }
  for (const { file, content } of changed) writeFileSync(join(root, file), content);
  console.log(changed.length ? `wrote ${changed.map((c) => c.file).join(', ')}` : 'geo/ is up to date');
}

await main(sourceDirArg('import-geo.ts', 'geo-sources'), process.argv.includes('--dry-run'));
