/**
 * Readers for the raw files in the shared geo-sources folder (the directory is passed on the command line, never written
 * here). Every lookup names the file and key it wanted when the source does not have it, so a catalogue typo
 * stops the import with a message a person can act on.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, FeatureCollection, Geometry, Point } from 'geojson';
import { gcjToWgs84 } from './crs.ts';

/** Vonng/adcode at the commit the shared PROVENANCE.md names; the csv rows carry Amap (GCJ-02) centre points. */
export const ADCODE_REPO = 'Vonng/adcode@b755d6e4abca8e0d309728abc9ad4b100dacc685';
export const ADCODE_DIR = 'amap-vonng-adcode/adcode';
export const SCOUTED_FILES = ['places-scouted.geojson', 'gaps-scouted.geojson'] as const;
export const AIRPORTS_FILE = 'ourairports-bbox/airports-jinhua-bbox.geojson';
export const TOLLS_FILE = 'toll-stations-jinhua-amap/toll-stations-jinhua.geojson';
export const NAMES_2023_FILE = 'areacity-names/ok_data_level4.jinhua.csv';
export const OSM_RAIL_FILE = 'osm-rail-jinhua/rail-lines-jinhua.geojson';
export const RIVERS_FILE = 'gshhg-rivers-jinhua/rivers-wdbii-jinhua.geojson';
/** The nine county-level codes of the prefecture (the csv files of the adcode folder, one per county). */
export const COUNTY_CODES = ['330702', '330703', '330723', '330726', '330727', '330781', '330782', '330783', '330784'] as const;

/** A township in the 2023 list (AreaCity, names only): its county's 6-digit code and its official name. */
export interface Township2023 {
  county: string;
  name: string;
}

export interface AdminUnit {
  /** 12-digit NBS 2016 code, e.g. 330783123000 (横店镇). */
  code: string;
  parent: string;
  name: string;
  /** 3 county, 4 township (镇/乡/街道), 5 village or community. */
  rank: number;
  /** The Amap centre converted to WGS84, or null where the source row has none. */
  point: [number, number] | null;
  /** The csv file the row is in, relative to the sources directory. */
  file: string;
}

export interface ScoutedProperties {
  name_zh: string;
  name_en: string | null;
  kind: string;
  geometry_quality: string;
  crs_of_source: string;
  source: string;
  note: string;
  stations?: string[];
}

export class SourceError extends Error {
  constructor(file: string, reason: string) {
    super(`${file}: ${reason}`);
    this.name = 'SourceError';
  }
}

export class GeoSources {
  private adcodeRows?: Map<string, AdminUnit>;
  private readonly collections = new Map<string, FeatureCollection>();

  constructor(readonly dir: string) {}

  read(file: string): string {
    return readFileSync(join(this.dir, file), 'utf8');
  }

  private collection(file: string): FeatureCollection {
    let fc = this.collections.get(file);
    if (!fc) this.collections.set(file, (fc = JSON.parse(this.read(file)) as FeatureCollection));
    return fc;
  }

  /** Every row of the nine county csv files (and the prefecture's), keyed by code. */
  private units(): Map<string, AdminUnit> {
    if (this.adcodeRows) return this.adcodeRows;
    const rows = new Map<string, AdminUnit>();
    for (const county of ['330700', ...COUNTY_CODES]) {
      const file = `${ADCODE_DIR}/${county}.csv`;
      for (const line of this.read(file).split('\n')) {
        if (!line.trim()) continue;
        // code,parent,name,level,rank,adcode,post_code,area_code,ur_code,municipality,virtual,dummy,longitude,latitude,center,…
        const cells = line.split(',');
        const [code, parent, name, , rank] = cells;
        const [lon, lat] = [cells[12], cells[13]];
        rows.set(code!, {
          code: code!,
          parent: parent!,
          name: name!,
          rank: Number(rank),
          point: lon && lat ? gcjToWgs84([Number(lon), Number(lat)]) : null,
          file,
        });
      }
    }
    return (this.adcodeRows = rows);
  }

  unit(code: string): AdminUnit {
    const unit = this.units().get(code);
    if (!unit) throw new SourceError(`${ADCODE_DIR}/${code.slice(0, 6)}.csv`, `no row with code ${code}`);
    return unit;
  }

  /** Every township (rank 4) and village or community (rank 5) row of the nine counties, in code order. */
  localUnits(): AdminUnit[] {
    return [...this.units().values()].filter((u) => u.rank === 4 || u.rank === 5).sort((a, b) => a.code.localeCompare(b.code));
  }

  /** The 2023 township list (AreaCity, MIT): names only; its ids differ from the NBS codes, so it is joined by county and name. */
  townships2023(): Township2023[] {
    const [, ...lines] = this.read(NAMES_2023_FILE).replace(/^\uFEFF/, '').split('\n').filter((l) => l.trim());
    return lines
      .map((line) => line.split(',').map((cell) => cell.replace(/^"|"$/g, '')))
      .filter((cells) => cells[2] === '3')
      .map((cells) => ({ county: cells[1]!, name: cells[7]! }));
  }

  /** A feature of the OSM-derived rail file, by its exact name_zh. */
  railLine(nameZh: string): Feature<Geometry, Record<string, unknown>> {
    const hit = this.collection(OSM_RAIL_FILE).features.find((f) => f.properties?.name_zh === nameZh);
    if (!hit) throw new SourceError(OSM_RAIL_FILE, `no feature with name_zh "${nameZh}"`);
    return hit as Feature<Geometry, Record<string, unknown>>;
  }

  /** A GSHHG/WDBII river segment, by its segment number. */
  riverSegment(segment: string): Feature<Geometry, Record<string, unknown>> {
    const hit = this.collection(RIVERS_FILE).features.find((f) => String(f.properties?.segment) === segment);
    if (!hit) throw new SourceError(RIVERS_FILE, `no river segment ${segment}`);
    return hit as Feature<Geometry, Record<string, unknown>>;
  }

  /** A feature of places-scouted.geojson or gaps-scouted.geojson, by its exact name_zh. */
  scouted(nameZh: string): Feature<Geometry, ScoutedProperties> & { file: string } {
    for (const file of SCOUTED_FILES) {
      const hit = this.collection(file).features.find((f) => f.properties?.name_zh === nameZh);
      if (hit) return { ...(hit as Feature<Geometry, ScoutedProperties>), file };
    }
    throw new SourceError(SCOUTED_FILES.join(' / '), `no feature with name_zh "${nameZh}"`);
  }

  airport(ident: string): Feature<Point> {
    const hit = this.collection(AIRPORTS_FILE).features.find((f) => f.properties?.ident === ident);
    if (!hit || hit.geometry.type !== 'Point') throw new SourceError(AIRPORTS_FILE, `no airport point with ident ${ident}`);
    return hit as Feature<Point>;
  }

  tollStation(id: string): Feature<Point> {
    const hit = this.collection(TOLLS_FILE).features.find((f) => f.properties?.id === id);
    if (!hit || hit.geometry.type !== 'Point') throw new SourceError(TOLLS_FILE, `no toll station with id ${id}`);
    return hit as Feature<Point>;
  }
}
