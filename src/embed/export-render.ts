/**
 * Browser side of the PNG export: draws the embed's view again, off screen, at the chosen size and resolution, with
 * the marked places highlighted; labels the marked places itself (src/lib/embed/map-labels.ts) and hides the map's
 * own labels that the frame, those labels, the scale bar or the inset would cut; reads the legend and the credits
 * from what that map draws; and composes the picture with `pngLayout`.
 */
import type { Geometry, Position } from 'geojson';
import { CREDITED_LAYERS, flagPlace, maplibregl } from '../lib/map/maplibre.ts';
import type { Atlas } from '../lib/app/atlas.ts';
import { EXPORT_SIZES, exportMapHeight, type ExportSizeId } from '../lib/embed/export-size.ts';
import { factsOf, legendItems, type MarkedPlace, type RenderedProperties } from '../lib/embed/legend.ts';
import { chooseLocator, locatorInset, type Bounds, type Rings } from '../lib/embed/locator.ts';
import { labelBox, placeMarkedLabels, type Box, type MarkedShape, type Pt } from '../lib/embed/map-labels.ts';
import { drawPng, fontPx, imageSize, mapFurniture, pngLayout, PNG_FONTS, type MeasureText } from '../lib/embed/png.ts';
import { metresPerPixel, scaleBar } from '../lib/embed/scale-bar.ts';
import type { EmbedText } from '../lib/embed/strings.ts';
import { nameIn } from '../lib/embed/subject.ts';
import { creditsOf, geometryClassOf, type MapProperties } from '../lib/map/features.ts';
import type { MapFilter } from '../lib/map/filter.ts';
import { buildStyle, GROUND_SOURCE, SOURCE, STACK_SOURCE, type LayerId } from '../lib/map/style.ts';

/** The map's own label layers: a label of theirs that something of ours would cut or cover is hidden. */
const LABEL_LAYERS: LayerId[] = ['neighbour-label', 'line-label', 'area-label', 'point-label', 'point-stack-label', 'county-label'];
const EDGE = 2;
/** Rounds of hiding cut labels: hiding one lets MapLibre place another, which may be cut in turn. */
const MAX_ROUNDS = 6;

export interface ExportRequest {
  atlas: Atlas;
  t: EmbedText;
  filter: MapFilter;
  /** Place ids drawn highlighted and labelled, in order of precedence. */
  marked: string[];
  /** The view the editor sees: the export shows the same area. */
  view: { center: [number, number]; zoom: number; width: number; height: number };
  size: ExportSizeId;
  text: { headline: string; description: string; notes: string | null; source: string | null; byline: string | null };
}

/**
 * Resolves at the map's next `event`, drawing on a timer as well as on animation frames: a browser gives no
 * animation frames to an iframe scrolled out of view, and a host may ask for a PNG at any time.
 */
function next(map: maplibregl.Map, event: 'load' | 'idle'): Promise<void> {
  return new Promise((resolve) => {
    let done = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    map.once(event, () => {
      done = true;
      clearTimeout(timer);
      resolve();
    });
    const nudge = () => {
      if (done) return;
      map.redraw();
      if (!done) timer = setTimeout(nudge, 100);
    };
    timer = setTimeout(nudge, 100);
  });
}
const settle = (map: maplibregl.Map) => next(map, 'idle');

export async function renderExport(request: ExportRequest): Promise<Blob> {
  const { atlas, t, size: sizeId } = request;
  const size = EXPORT_SIZES[sizeId];
  const width = size.cssWidth;
  const height = exportMapHeight(width, request.view);
  const zoom = request.view.zoom + Math.log2(width / request.view.width);

  const container = document.createElement('div');
  // Off screen but laid out: MapLibre sizes its canvas from the container.
  container.style.cssText = `position:fixed;left:-20000px;top:0;width:${width}px;height:${height}px;visibility:hidden`;
  document.body.append(container);
  const map = new maplibregl.Map({
    container,
    style: buildStyle({ data: atlas.mapData, lang: t.lang, filter: request.filter }),
    center: request.view.center,
    zoom,
    pixelRatio: size.scale,
    interactive: false,
    fadeDuration: 0,
    attributionControl: false,
    validateStyle: false,
    canvasContextAttributes: { preserveDrawingBuffer: true },
  });
  try {
    await next(map, 'load');
    for (const id of request.marked) flagPlace(map, atlas, id, 'selected', true);
    const originalFilters = new Map(LABEL_LAYERS.map((id) => [id, map.getFilter(id)]));
    const hidden = new Set(request.marked);
    const hideLabels = () => {
      for (const [id, filter] of originalFilters) {
        const without = ['!', ['in', ['get', 'id'], ['literal', [...hidden]]]];
        map.setFilter(id, (filter ? ['all', filter, without] : without) as maplibregl.FilterSpecification);
      }
    };
    hideLabels();
    await settle(map);

    const ctx = document.createElement('canvas').getContext('2d');
    if (!ctx) throw new Error('no 2D canvas context');
    const measure: MeasureText = (text, font) => {
      ctx.font = font;
      return ctx.measureText(text).width;
    };

    const bounds = map.getBounds().toArray().flat() as Bounds;
    const inset = locatorFor(atlas, bounds, width);
    const furniture = mapFurniture({ width, height }, inset);
    const shapes = request.marked.flatMap((id) => shapeOf(map, atlas, t, id) ?? []);
    const labels = placeMarkedLabels(
      { width, height },
      shapes,
      { font: PNG_FONTS.mapLabel, height: fontPx(PNG_FONTS.mapLabel) + 4, margin: 3 },
      measure,
      furniture.keepClear,
    );

    // Hide the map's labels that the frame would cut or that ours, the scale bar or the inset would cover.
    const clear: Box[] = [
      { x0: 0, y0: 0, x1: width, y1: EDGE },
      { x0: 0, y0: height - EDGE, x1: width, y1: height },
      { x0: 0, y0: 0, x1: EDGE, y1: height },
      { x0: width - EDGE, y0: 0, x1: width, y1: height },
      ...furniture.keepClear,
      ...labels.map(labelBox),
    ];
    for (let round = 0; round < MAX_ROUNDS; round++) {
      const cut = clear.flatMap((b) =>
        map.queryRenderedFeatures([[b.x0, b.y0], [b.x1, b.y1]], { layers: LABEL_LAYERS }).map((f) => String(f.properties['id'])),
      );
      const fresh = cut.filter((id) => !hidden.has(id));
      if (!fresh.length) break;
      for (const id of fresh) hidden.add(id);
      hideLabels();
      await settle(map);
    }

    const drawn = map
      .queryRenderedFeatures()
      .filter((f) => (f.source === SOURCE || f.source === GROUND_SOURCE || f.source === STACK_SOURCE) && !f.properties['context'])
      .map((f) => f.properties as RenderedProperties);
    const marked: MarkedPlace[] = shapes.map((s) => ({ name: s.text, geom: s.geom }));
    const credits = creditsOf(map.queryRenderedFeatures({ layers: CREDITED_LAYERS }).map((f) => f.properties as Partial<MapProperties>));
    const centre = map.getCenter();
    const layout = pngLayout(
      { width, height },
      {
        headline: request.text.headline,
        description: request.text.description,
        notes: request.text.notes,
        source: request.text.source && t.sourceLine(request.text.source),
        byline: request.text.byline && t.bylineLine(request.text.byline),
        legend: legendItems(t, marked, factsOf(drawn)),
        credit: t.creditLine(credits),
        labels,
        scaleBar: scaleBar(metresPerPixel(centre.lat, map.getZoom()), furniture.scaleBarRoom, t.scaleUnits),
        inset,
      },
      measure,
    );
    const canvas = document.createElement('canvas');
    Object.assign(canvas, imageSize(layout, size.scale));
    const out = canvas.getContext('2d');
    if (!out) throw new Error('no 2D canvas context');
    drawPng(out, layout, map.getCanvas(), size.scale);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the canvas produced no PNG'))), 'image/png'),
    );
  } finally {
    map.remove();
    container.remove();
  }
}

/** A marked place as the map shows it, projected: its own geometry, or the area standing in for it. */
function shapeOf(map: maplibregl.Map, atlas: Atlas, t: EmbedText, id: string): MarkedShape | null {
  const place = atlas.place(id);
  const shown = atlas.standIn(id);
  if (!place || !shown?.feature.geometry) return null;
  const geometry = shown.feature.geometry as Geometry;
  const project = (p: Position): Pt => {
    const { x, y } = map.project([p[0]!, p[1]!]);
    return [x, y];
  };
  const geom = geometryClassOf(geometry);
  let parts: Position[][];
  if (geom === 'area') {
    const at = shown.feature.properties['label_point'];
    const [w, s, e, n] = atlas.extentOf([shown.feature.properties.id]);
    parts = [[Array.isArray(at) ? (at as Position) : [(w + e) / 2, (s + n) / 2]]];
  } else {
    parts = linesOf(geometry);
  }
  return { id, text: nameIn(t.lang, place), geom, parts: parts.map((part) => part.map(project)) };
}

function linesOf(geometry: Geometry): Position[][] {
  switch (geometry.type) {
    case 'Point':
      return [[geometry.coordinates]];
    case 'MultiPoint':
      return [geometry.coordinates];
    case 'LineString':
      return [geometry.coordinates];
    case 'MultiLineString':
      return geometry.coordinates;
    case 'GeometryCollection':
      return geometry.geometries.flatMap(linesOf);
    default:
      return [];
  }
}

function outerRings(geometry: Geometry | null | undefined): Rings | null {
  if (geometry?.type === 'Polygon') return [geometry.coordinates[0]!];
  if (geometry?.type === 'MultiPolygon') return geometry.coordinates.map((polygon) => polygon[0]!);
  return null;
}

/** The inset: the shown area within 金华市 (or 金华市's area within 浙江省), about a fifth of the map's width. */
function locatorFor(atlas: Atlas, shown: Bounds, mapWidth: number) {
  const ringsOf = (kind: string) => outerRings(atlas.data.places.features.find((f) => f.properties.kind === kind)?.geometry);
  const whole = chooseLocator(ringsOf('prefecture'), ringsOf('province'), shown);
  if (!whole) return null;
  const width = Math.round(Math.min(130, Math.max(64, mapWidth * 0.2)));
  return locatorInset(whole, shown, width, width * 1.2);
}
