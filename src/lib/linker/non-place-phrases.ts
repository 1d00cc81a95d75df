/**
 * Phrases that contain a gazetteer name or alias but do not name that place. They take part in the
 * leftmost-longest match like any name, so the shorter alias inside them is never linked (大花园 is not 花园村,
 * 歌山画水 is not 歌山镇). A gazetteer place with the same surface wins over an entry here. More can be declared in
 * geo/ambiguous-aliases.json with the rule `not-a-place`.
 */
export const NON_PLACE_PHRASES: ReadonlyArray<{ phrase: string; why: string }> = [
  { phrase: '大花园', why: 'metaphor: Zhejiang’s “Great Garden” programme (全域打造美丽大花园), not 花园村' },
  { phrase: '美丽花园', why: 'metaphor (“a beautiful garden”), not 花园村' },
  { phrase: '歌山画水', why: 'slogan for Dongyang’s landscape (“singing hills, painted waters”), not 歌山镇 or 画水镇' },
  { phrase: '共享田园建设', why: 'the shared-fields programme in general, not the 寀卢村 shared fields' },
  { phrase: '浙江大学', why: 'a university’s name (in Hangzhou), not a mention of the province' },
  { phrase: '浙江工业大学', why: 'a university’s name (in Hangzhou), not a mention of the province' },
  { phrase: '上海大学', why: 'a university’s name, not a mention of the city' },
  { phrase: '浙江自贸区', why: 'the province-wide free-trade-zone programme; its 金义片区 is a place of its own' },
  { phrase: '浙江欧欧动力机械有限公司', why: 'a company’s registered name, not a mention of the province' },
];
