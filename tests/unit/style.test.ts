import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { buildStyle, CLICKABLE_LAYERS, LAYER_ORDER } from '../../src/lib/map/style.ts';
import { mapFeaturesOf } from '../../src/lib/map/features.ts';
import { buildAtlas } from '../../scripts/../src/lib/pipeline/build-atlas.ts';
import { readInputs } from '../../scripts/atlas-pipeline.ts';

const { places, corpus } = buildAtlas(readInputs(process.cwd()));
const features = mapFeaturesOf(places, corpus.passagesByPlace);
const style = buildStyle({ features, lang: 'zh', filter: { hiddenKinds: [], onlyIds: null } });

describe('buildStyle', () => {
  it('is a valid MapLibre style', () => {
    expect(validateStyleMin(style as never)).toEqual([]);
  });

  it('emits layers exactly in the z-order list, each once', () => {
    expect(style.layers.map((l) => l.id)).toEqual([...LAYER_ORDER]);
  });

  it('needs no network: no glyphs, sprite or remote source', () => {
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    const json = JSON.stringify(style.sources);
    expect(json).not.toMatch(/https?:\/\//);
  });

  it('draws the selected county from feature-state keyed by place id', () => {
    const fill = style.layers.find((l) => l.id === 'county-focus')!;
    expect(JSON.stringify(fill)).toContain('"feature-state","selected"');
    expect(style.sources['atlas']).toMatchObject({ type: 'geojson', promoteId: 'id' });
    expect(CLICKABLE_LAYERS.every((id) => (LAYER_ORDER as readonly string[]).includes(id))).toBe(true);
  });
});
