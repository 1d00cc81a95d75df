import type { DocumentHints } from '../corpus/classify.ts';
import { decodeDocument } from '../corpus/decode.ts';
import { readDocumentMeta } from '../corpus/meta.ts';
import { splitDocument } from '../corpus/passages.ts';
import type { CorpusAsset, CorpusDocument, DocumentMeta, Mention, Passage } from '../corpus/types.ts';
import { checkAmbiguityPlaces, checkGazetteer } from '../geo/gazetteer.ts';
import type { GazetteerFeature, PlaceCollection, PlaceProperties } from '../geo/types.ts';
import { AtlasInputError, parseFeatureCollection } from '../geo/validate.ts';
import { documentIdOf, ID_RULE, isAtlasId } from '../url/ids.ts';
import { isLocalId, LOCAL_PREFIX } from '../local-docs/ids.ts';
import { createLinker, LinkerConfigError, LinkerDataError, NOT_PLACES_FILE, parseNotPlaces, type Linker, type NotPlaces } from '../linker/index.ts';
import { withContainment } from './containment.ts';
import { DOCUMENT_EXTENSION } from './document-files.ts';
import { withLabelPoints } from './label-points.ts';

export interface InputFile<T> {
  /** Path relative to the project root, used in every error message. */
  file: string;
  content: T;
}

export interface AtlasInputs {
  /** geo/*.geojson */
  geo: InputFile<string>[];
  /** data/documents/*.{txt,md}, each with its optional <name>.meta.json beside it. */
  documents: Array<InputFile<Uint8Array> & { meta?: InputFile<string> }>;
  /** geo/not-places.json, when there is one: what the linker treats as not a place (src/lib/linker/not-places.ts). */
  notPlaces?: InputFile<string>;
}

export interface AtlasAssets {
  places: PlaceCollection;
  corpus: CorpusAsset;
}

/** The one build step: geo/ + data/ → the app's static assets. Pure; throws AtlasInputError on bad input. */
export function buildAtlas(inputs: AtlasInputs): AtlasAssets {
  const { places, linker, fileOf } = gazetteerLinker(inputs);
  const corpus = buildCorpus(inputs.documents, linker);
  checkStatusEvidence(places, corpus, fileOf);
  // The app tells a text added in a browser from a published one by this prefix (src/lib/local-docs/ids.ts).
  const local = corpus.documents.find((d) => isLocalId(d.id));
  if (local) throw new AtlasInputError(local.file, `document id "${local.id}" starts with "${LOCAL_PREFIX}", which names texts added in a browser`);
  return { places: withLabelPoints(withContainment(places)), corpus };
}

/**
 * The gazetteer, checked, and a linker over its places (the build, the link CLI and the gaps report share it),
 * built from the places' properties and geo/not-places.json as a browser worker would (linkerFromData).
 * Context features (the province, neighbouring prefectures) are drawn for orientation, not linked; their names only
 * hide what is inside them.
 */
export function gazetteerLinker(inputs: Pick<AtlasInputs, 'geo' | 'notPlaces'>): {
  places: PlaceCollection;
  linker: Linker;
  notPlaces: NotPlaces;
  /** The geo/ file each place id comes from, for errors that name it. */
  fileOf: ReadonlyMap<string, string>;
} {
  const { places, fileOf } = collectPlaces(inputs.geo);
  const notPlaces = readNotPlaces(inputs.notPlaces);
  checkAmbiguityPlaces(places.features, { file: inputs.notPlaces?.file ?? NOT_PLACES_FILE, ambiguous: notPlaces.ambiguous });
  return { places, notPlaces, fileOf, linker: linkerOf(places.features.map((f) => f.properties), notPlaces, inputs.notPlaces?.file, fileOf) };
}

/**
 * A status statement is evidence the place panel quotes: its document must be one the build publishes, and its
 * quote that document's words, verbatim (in one passage), or the timeline would cite what no reader can open.
 */
function checkStatusEvidence(places: PlaceCollection, corpus: CorpusAsset, fileOf: ReadonlyMap<string, string>): void {
  const cited = new Set(places.features.flatMap((f) => (f.properties.status_statements ?? []).map((s) => s.document)));
  const published = new Set(corpus.documents.map((d) => d.id));
  const textsOf = new Map<string, string[]>();
  for (const p of corpus.passages) if (cited.has(p.documentId)) (textsOf.get(p.documentId) ?? textsOf.set(p.documentId, []).get(p.documentId)!).push(p.text);
  for (const { properties: place } of places.features) {
    for (const s of place.status_statements ?? []) {
      const file = fileOf.get(place.id) ?? 'geo/';
      const texts = textsOf.get(s.document);
      if (!published.has(s.document)) throw new AtlasInputError(file, `a status statement cites document "${s.document}", which is not in data/documents`, place.id);
      if (!texts?.some((t) => t.includes(s.quote))) {
        throw new AtlasInputError(file, `a status statement quotes “${s.quote.length > 40 ? `${s.quote.slice(0, 40)}…` : s.quote}”, which is not in document "${s.document}" word for word`, place.id);
      }
    }
  }
}

/** geo/not-places.json, parsed and checked; an error names the file, line and key. */
export function readNotPlaces(input: InputFile<string> | undefined): NotPlaces {
  try {
    return parseNotPlaces(input?.content ?? '{}', input?.file ?? NOT_PLACES_FILE);
  } catch (e) {
    if (e instanceof LinkerDataError) throw new AtlasInputError(e.file, e.reason, undefined, e.line);
    throw e;
  }
}

/**
 * The linker over gazetteer places given as properties alone: the build passes its features' properties, the
 * browser's "add text" worker those of atlas/gazetteer.json, so a text is linked the same way in both.
 */
export function linkerOf(places: readonly PlaceProperties[], notPlaces: NotPlaces, file = NOT_PLACES_FILE, fileOf: ReadonlyMap<string, string> = new Map()): Linker {
  try {
    return createLinker(places, notPlaces);
  } catch (e) {
    if (!(e instanceof LinkerConfigError)) throw e;
    const id = e.placeIds.at(-1)!;
    throw new AtlasInputError(fileOf.get(id) ?? file, e.message, id);
  }
}

const REQUIRED = ['id', 'kind', 'name', 'geometry_quality', 'source'] as const;

/** The gazetteer's features, checked (src/lib/geo/gazetteer.ts), and the file each place id comes from. */
function collectPlaces(files: InputFile<string>[]): { places: PlaceCollection; fileOf: Map<string, string> } {
  const seen = new Map<string, string>();
  const features: GazetteerFeature[] = [];
  for (const { file, content } of files) {
    for (const feature of parseFeatureCollection(content, file).features as GazetteerFeature[]) {
      const props = feature.properties ?? ({} as GazetteerFeature['properties']);
      const missing = REQUIRED.filter((key) => typeof props[key] !== 'string' || props[key] === '');
      if (missing.length) throw new AtlasInputError(file, `missing property ${missing.join(', ')}`, props.id);
      if (!isAtlasId(props.id)) throw new AtlasInputError(file, `id "${props.id}" is not an id (${ID_RULE}): links and embeds could not name it`, props.id);
      const first = seen.get(props.id);
      if (first) throw new AtlasInputError(file, `duplicate id (also in ${first})`, props.id);
      seen.set(props.id, file);
      features.push(feature);
    }
  }
  checkGazetteer(features.map((feature) => ({ file: seen.get(feature.properties.id)!, feature })));
  return { places: { type: 'FeatureCollection', features }, fileOf: seen };
}

function documentMeta(doc: AtlasInputs['documents'][number], stem: string): DocumentMeta {
  return doc.meta ? readDocumentMeta(doc.meta.content, doc.meta.file) : { id: documentIdOf(stem), title: stem };
}

function hintsOf(meta: DocumentMeta | undefined): DocumentHints {
  if (!meta) return {};
  const { title, byline, banner, series } = meta;
  return { title, byline, banner, series };
}

/**
 * Documents → passages → mentions, and place → passages, from which the shards the app reads are cut
 * (corpus-shards.ts).
 */
export function buildCorpus(files: AtlasInputs['documents'], linker: Linker): CorpusAsset {
  const documents: CorpusDocument[] = [];
  const passages: Passage[] = [];
  const mentions: Mention[] = [];
  // Maps while building (large string-keyed objects are slow to grow); plain objects in the asset.
  const passagesByPlace = new Map<string, string[]>();
  const ids = new Set<string>();
  for (const doc of files) {
    const stem = doc.file.replace(/^.*\//, '').replace(DOCUMENT_EXTENSION, '');
    const { text, encoding } = decodeDocument(doc.content, doc.file);
    const meta = documentMeta(doc, stem);
    if (ids.has(meta.id)) throw new AtlasInputError(doc.file, `duplicate document id "${meta.id}"`);
    ids.add(meta.id);
    documents.push({ ...meta, file: doc.file, encoding });
    const split = splitDocument(meta.id, text, hintsOf(doc.meta && meta), doc.file.endsWith('.md') ? 'md' : 'txt').passages;
    const linked = linker.linkDocument(split.map((p) => p.text));
    split.forEach((passage, i) => {
      passages.push(passage);
      for (const m of linked[i]!) mentions.push({ ...m, passageId: passage.id });
      for (const placeId of new Set(linked[i]!.map((m) => m.placeId))) push(passagesByPlace, placeId, passage.id);
    });
  }
  return {
    documents,
    passages,
    mentions,
    passagesByPlace: Object.fromEntries(passagesByPlace),
  };
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
