import { decodeDocument } from '../corpus/decode.ts';
import { splitPassages } from '../corpus/passages.ts';
import type { CorpusAsset, CorpusDocument, DocumentMeta, Mention } from '../corpus/types.ts';
import { checkAliasClaims, checkGazetteer, parseAmbiguousAliases } from '../geo/gazetteer.ts';
import type { PlaceCollection, PlaceFeature } from '../geo/types.ts';
import { AtlasInputError, parseFeatureCollection } from '../geo/validate.ts';
import { createMatcher } from '../linker/matcher.ts';
import { withContainment } from './containment.ts';
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
  /** geo/ambiguous-aliases.json, when there is one: surfaces several places (or none) claim, with the linker's rule. */
  ambiguities?: InputFile<string>;
}

export interface AtlasAssets {
  places: PlaceCollection;
  corpus: CorpusAsset;
}

/** The one build step: geo/ + data/ → the app's static assets. Pure; throws AtlasInputError on bad input. */
export function buildAtlas(inputs: AtlasInputs): AtlasAssets {
  const places = withLabelPoints(withContainment(collectPlaces(inputs.geo, inputs.ambiguities)));
  return { places, corpus: buildCorpus(inputs.documents, places.features) };
}

const REQUIRED = ['id', 'kind', 'name', 'geometry_quality', 'source'] as const;

function collectPlaces(files: InputFile<string>[], ambiguities?: InputFile<string>): PlaceCollection {
  const seen = new Map<string, string>();
  const features: PlaceFeature[] = [];
  for (const { file, content } of files) {
    for (const feature of parseFeatureCollection(content, file).features as PlaceFeature[]) {
      const props = feature.properties ?? ({} as PlaceFeature['properties']);
      const missing = REQUIRED.filter((key) => typeof props[key] !== 'string' || props[key] === '');
      if (missing.length) throw new AtlasInputError(file, `missing property ${missing.join(', ')}`, props.id);
      const first = seen.get(props.id);
      if (first) throw new AtlasInputError(file, `duplicate id (also in ${first})`, props.id);
      seen.set(props.id, file);
      features.push(feature);
    }
  }
  const placed = features.map((feature) => ({ file: seen.get(feature.properties.id)!, feature }));
  checkGazetteer(placed);
  const table = ambiguities ?? { file: 'geo/ambiguous-aliases.json', content: '{}' };
  checkAliasClaims(placed, { file: table.file, aliases: parseAmbiguousAliases(table.content, table.file) });
  return { type: 'FeatureCollection', features };
}

function documentMeta(doc: AtlasInputs['documents'][number], stem: string): DocumentMeta {
  if (!doc.meta) return { id: stem, title: stem };
  try {
    const meta = JSON.parse(doc.meta.content) as DocumentMeta;
    if (typeof meta.id !== 'string' || typeof meta.title !== 'string') throw new Error('needs string "id" and "title"');
    return meta;
  } catch (e) {
    throw new AtlasInputError(doc.meta.file, `bad document metadata: ${(e as Error).message}`);
  }
}

function buildCorpus(files: AtlasInputs['documents'], places: PlaceFeature[]): CorpusAsset {
  const findMentions = createMatcher(places.filter((p) => !p.properties.context).map((p) => p.properties));
  const corpus: CorpusAsset = { documents: [], passages: [], mentions: [], passagesByPlace: {} };
  for (const doc of files) {
    const stem = doc.file.replace(/^.*\//, '').replace(/\.(txt|md)$/, '');
    const { text, encoding } = decodeDocument(doc.content, doc.file);
    const meta = documentMeta(doc, stem);
    if (corpus.documents.some((d) => d.id === meta.id)) throw new AtlasInputError(doc.file, `duplicate document id "${meta.id}"`);
    const document: CorpusDocument = { ...meta, file: doc.file, encoding };
    corpus.documents.push(document);
    for (const passage of splitPassages(meta.id, text)) {
      const mentions: Mention[] = findMentions(passage.text).map((m) => ({ ...m, passageId: passage.id }));
      corpus.passages.push(passage);
      corpus.mentions.push(...mentions);
      for (const placeId of new Set(mentions.map((m) => m.placeId))) (corpus.passagesByPlace[placeId] ??= []).push(passage.id);
    }
  }
  return corpus;
}
