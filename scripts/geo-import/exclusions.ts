/**
 * Names in the documents that look like places (by their endings) but are deliberately not on the map, each with
 * the reason. The coverage test (tests/unit/gazetteer-coverage.test.ts) fails on any place-like name that is
 * neither in the gazetteer nor here, nor among the linker's non-place phrases (src/lib/linker/non-place-phrases.ts:
 * 大花园, 歌山画水, 浙江自贸区 …), which are not repeated here.
 */
import type { Exclusion } from './catalogue-types.ts';

export const EXCLUSIONS: Exclusion[] = [
  { surface: '长三角G60科创走廊', reason: 'A multi-province policy corridor (Shanghai to Hefei), outside the map.' },
  { surface: '枫桥经验', reason: 'A governance model named after 枫桥镇 in 诸暨 (绍兴), outside the map, used only as a slogan.' },
  { surface: '长津湖', reason: 'A film title (the Chosin Reservoir, Korea).' },
  { surface: '水门桥', reason: 'A film title.' },
  { surface: '天台', reason: '天台县 (台州) is named only as a benchmark (“赶超天台”); no source here has its geometry.' },
];
