/**
 * Names in the documents that look like places (by their endings) but are deliberately not on the map, each with
 * the reason. The coverage test (tests/unit/gazetteer-coverage.test.ts) fails on any place-like name that is
 * neither in the gazetteer nor here.
 */
import type { Exclusion } from './catalogue-types.ts';

export const EXCLUSIONS: Exclusion[] = [
  { surface: '浙江', reason: 'The province: every place on the map is in it, so a link would add nothing.' },
  { surface: '浙江自贸区', reason: 'The province-wide free-trade-zone programme; its 金义片区 (and 东阳’s linked zone) are mapped.' },
  { surface: '金义都市区', reason: 'A planning concept (the 金华–义乌 metropolitan area) with no defined extent in any source.' },
  { surface: '浙中科创走廊', reason: 'A multi-county policy corridor with no geometry in any source.' },
  { surface: '长三角G60科创走廊', reason: 'A multi-province policy corridor (Shanghai to Hefei), outside the map.' },
  { surface: '义甬舟开放大通道', reason: 'A provincial trade-corridor programme (义乌–宁波–舟山), not a place with geometry.' },
  { surface: '北乡产业带', reason: 'A planning belt along 东阳江 with no extent in any source (and 东阳江 itself has no line).' },
  { surface: '南乡产业带', reason: 'A planning belt along 南江 with no extent in any source (and 南江 itself has no line).' },
  { surface: '横店“影视+”发展轴', reason: 'A planning axis linking nine towns and streets; those towns are on the map, the axis has no geometry.' },
  { surface: '水润东阳', reason: 'A city-wide water-supply programme, not a site.' },
  { surface: '歌山画水', reason: 'A slogan for 东阳’s landscape (“singing hills, painted water”), not 歌山镇 or 画水镇.' },
  { surface: '枫桥经验', reason: 'A governance model named after 枫桥镇 in 诸暨 (绍兴), outside the map, used only as a slogan.' },
  { surface: '长津湖', reason: 'A film title (the Chosin Reservoir, Korea).' },
  { surface: '水门桥', reason: 'A film title.' },
  { surface: '天台', reason: '天台县 (台州) is named only as a benchmark (“赶超天台”); no source here has its geometry.' },
];
