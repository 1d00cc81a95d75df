/**
 * The linker with the gazetteer on disk, on sentences that are not in the corpus: the places named in new ways,
 * new orders and new company. Expected places are given by official name (the gazetteer's `name`).
 */
import { describe, expect, it } from 'vitest';
import { readInputs } from '../../scripts/atlas-pipeline.ts';
import { gazetteerLinker } from '../../src/lib/pipeline/build-atlas.ts';

const { places, linker } = gazetteerLinker(readInputs(process.cwd()));
const nameOf = new Map(places.features.map((f) => [f.properties.id, f.properties.name]));
const named = (text: string) => linker.link(text).map((m) => `${m.surface}=${nameOf.get(m.placeId)}`);

describe('linking text the annotators never saw', () => {
  it.each([
    ['周末从义乌走义东高速去东阳，只要半小时。', ['义乌=义乌市', '义东高速=义东高速公路', '东阳=东阳市']],
    ['东阳江两岸的东阳人说，这条江养育了这座城。', ['东阳江=东阳江', '东阳=东阳市']],
    ['横店东磁的工人下班后去横店看夜景。', ['横店东磁=横店东磁', '横店=横店镇']],
    ['高铁到金华南站换乘，再去金华南部的山里。', ['金华南站=金华南站', '金华=金华市']],
    ['东义同城化提速，甬金衢上高速和杭温高铁也在建。', ['甬金衢上高速=甬金衢上高速公路', '杭温高铁=杭温高速铁路']],
    ['摄影师在卢宅、花园等地拍夜景，最后到了南马镇花园村。', ['卢宅=卢宅', '花园=花园村', '南马镇=南马镇', '花园村=花园村']],
    // 浙江省 is a context feature (drawn, not linked); 大花园 and 歌山画水 are not places
    ['浙江要建成美丽大花园，这里有歌山画水的风光。', []],
    ['歌山、巍山两镇的渔具和红木闻名全国。', ['歌山=歌山镇', '巍山=巍山镇']],
    ['武义县的大斗山飞行营地周末人很多。', ['武义县=武义县', '大斗山飞行营地=大斗山飞行营地']],
    ['金义新区的金义湖边，新开了一家书店。', ['金义新区=金义新区', '金义湖=金义湖']],
    ['Hengdian Town lies south of DONGYANG, and Yiwu is famous for its market.', ['Hengdian Town=横店镇', 'DONGYANG=东阳市', 'Yiwu=义乌市']],
  ])('%s', (text, expected) => {
    expect(named(text)).toEqual(expected);
  });
});
