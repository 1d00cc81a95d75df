import { it } from 'vitest';
import { readInputs } from '../../scripts/atlas-pipeline.ts';
import { gazetteerLinker } from '../../src/lib/pipeline/build-atlas.ts';
it('probe', () => {
  const { linker } = gazetteerLinker(readInputs(process.cwd()));
  for (const t of process.env.PROBE!.split('|')) console.log(t, JSON.stringify(linker.link(t).map((m) => `${m.start}:${m.surface}→${m.placeId}`)));
});
