import type { Atlas } from './atlas.ts';

/**
 * For "make a map of this text": the id the embed shows a place by. The embed loads the published places.geojson
 * only (not the rest of the gazetteer), so a place it holds is shown as itself (an unlocated one by the area standing
 * in for it), and a place it lacks by the nearest area around it that it holds; undefined when it holds none.
 */
export function embedShownAs(embedded: ReadonlySet<string>, atlas: Pick<Atlas, 'parentChain'>): (id: string) => string | undefined {
  return (id) => [id, ...atlas.parentChain(id).map((p) => p.id).reverse()].find((at) => embedded.has(at));
}
