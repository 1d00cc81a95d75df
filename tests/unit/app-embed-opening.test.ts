/** What "make a map of this text" opens the embed builder with (src/lib/app/embed-opening.ts), on the real atlas. */
import { describe, expect, it } from 'vitest';
import { createAtlas } from '../../src/lib/app/atlas.ts';
import { embedShownAs } from '../../src/lib/app/embed-opening.ts';
import { firstViewPlaces, gazetteerAsset } from '../../src/lib/pipeline/gazetteer-asset.ts';
import { builtAtlas, builtAtlasData } from './built-atlas.ts';

const built = builtAtlas();
const embedded = new Set(firstViewPlaces(built.places, built.corpus).features.map((f) => f.properties.id));
const atlas = createAtlas({ ...builtAtlasData(), gazetteer: gazetteerAsset(built.places).places });

describe('embedShownAs', () => {
  const shownAs = embedShownAs(embedded, atlas);

  it('shows a place the embed holds as itself', () => {
    expect(shownAs('twn-hengdian')).toBe('twn-hengdian');
  });

  it('shows a place only the rest of the gazetteer holds by the nearest area around it that the embed holds', () => {
    const village = atlas.places.find((p) => p.kind === 'village' && !embedded.has(p.id) && embedded.has(p.parent!))!;
    expect(shownAs(village.id)).toBe(village.parent);
    const chain = atlas.parentChain(village.id).map((p) => p.id);
    const onlyCounty = embedShownAs(new Set(chain.slice(0, -1)), atlas);
    expect(onlyCounty(village.id)).toBe(chain.at(-2)); // the town left out: its county
  });

  it('shows nothing for a place neither it nor any area around it is held', () => {
    expect(embedShownAs(new Set(), atlas)('twn-hengdian')).toBeUndefined();
  });
});
