import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitDocument, sourceRange, type SplitDocument } from '../../src/lib/corpus/passages.ts';
import type { DocumentMeta } from '../../src/lib/corpus/types.ts';

const DIR = 'data/documents';
const real = readdirSync(DIR)
  .filter((n) => n.endsWith('.txt'))
  .sort()
  .map((name) => {
    const text = readFileSync(`${DIR}/${name}`, 'utf8');
    const meta = JSON.parse(readFileSync(`${DIR}/${name.replace('.txt', '.meta.json')}`, 'utf8')) as DocumentMeta;
    return { name, text, meta, split: splitDocument(meta.id, text, meta) };
  });
const doc = (id: string) => real.find((d) => d.meta.id === id)!;
const stripSpace = (s: string) => s.replace(/\s/g, '');

/** The passage whose text contains `needle`. */
function passageWith(split: SplitDocument, needle: string) {
  const found = split.passages.filter((p) => p.text.includes(needle));
  expect(found, `exactly one passage contains ${needle}`).toHaveLength(1);
  return found[0]!;
}

describe('passages keep the source text exactly', () => {
  it.each(real.map((d) => [d.name, d]))('%s: passages and dropped pieces, in source order, are the source minus whitespace', (_name, d) => {
    const pieces = [
      ...d.split.passages.flatMap((p) => p.spans.map(([s, e]) => ({ s, e }))),
      ...d.split.dropped.map(([s, e]) => ({ s, e })),
    ].sort((a, b) => a.s - b.s);
    pieces.forEach((piece, i) => expect(piece.s >= (pieces[i - 1]?.e ?? 0), 'pieces do not overlap').toBe(true));
    expect(stripSpace(pieces.map((p) => d.text.slice(p.s, p.e)).join(''))).toBe(stripSpace(d.text));
  });

  it.each(real.map((d) => [d.name, d]))('%s: every passage is its source pieces, character for character', (_name, d) => {
    for (const p of d.split.passages) {
      expect(p.text).toBe(p.spans.map(([s, e]) => d.text.slice(s, e)).join(''));
      expect(p.id).toBe(`${d.meta.id}:${p.index}`);
    }
  });

  it('maps passage offsets back to the source file across a repaired break', () => {
    const p = passageWith(doc('dongyang-sixue-sizheng').split, '深挖“十百千万”');
    const at = p.text.indexOf('十百千万');
    const [s, e] = sourceRange(p, at, at + 4);
    const source = doc('dongyang-sixue-sizheng').text;
    expect(source.slice(s, e)).toMatch(/^十\s+百千万$/);
  });
});

describe('layout repair joins sentences the page cut, and nothing else', () => {
  it('joins the examples of the issue: 十‖百千万, 千项‖万亿, 3‖个非遗展示馆', () => {
    expect(passageWith(doc('dongyang-sixue-sizheng').split, '深挖“十百千万”（东阳籍院士').spans).toHaveLength(2);
    expect(passageWith(doc('dongyang-duibiao-yiwu').split, '总投资23.56亿元的省“千项万亿”重大产业项目').spans).toHaveLength(2);
    expect(passageWith(doc('dongyang-duibiao-yiwu').split, '打造了20个非遗工坊、3个非遗展示馆').spans).toHaveLength(2);
  });

  it('joins across a photo caption placed inside the text flow', () => {
    const split = doc('wuyi-duibiao-bipin').split;
    const p = passageWith(split, '三条农业产业链,着力打造增长点');
    expect(p.text).toContain('保温杯(餐厨用品)'); // three pieces: 餐 ‖ 厨 … 着 ‖ (caption) ‖ 力打造
    expect(p.spans).toHaveLength(3);
    expect(split.passages.find((q) => q.text.startsWith('在浙江欧欧动力机械有限公司'))!.kind).toBe('caption');
  });

  it('untangles the interleaved columns of the 金义新区 page (a heading and other paragraphs in between)', () => {
    const split = doc('jinyi-xinqu-gan').split;
    expect(passageWith(split, '此外，“一带一路”、长三角一体化、金义一体发展等国家级').spans).toHaveLength(2);
    expect(passageWith(split, '深入实施营商环境优化提升“一号改革工程”').spans).toHaveLength(2);
    expect(passageWith(split, '“打造增长极、建设新中心”是新起点上更高层次的蜕变跃升').spans).toHaveLength(2);
    expect(passageWith(split, '从签约落地到投产仅用180天').spans).toHaveLength(2);
    // the paragraphs that started fresh in between stay on their own
    expect(passageWith(split, '义乌发展经验充分表明').spans).toHaveLength(1);
    expect(passageWith(split, '营商环境是区域发展的“软环境”').spans).toHaveLength(1);
  });

  it('leaves a fragment whose continuation the source lost on its own, and does not join it to later paragraphs', () => {
    const split = doc('wuyi-duibiao-bipin').split;
    const cut = passageWith(split, '这款以武义绿茶为独特原料的啤酒以');
    expect(cut.text.endsWith('的啤酒以')).toBe(true);
    expect(passageWith(split, '按照“月月争先').text).toMatch(/^按照.*聚焦项目攻坚提速.*多作贡献。$/);
  });

  it('never joins across a heading a paragraph that could start a sentence', () => {
    const split = splitDocument('t', '标题在这里\n\n第一段写到一半，被分栏切断\n\n小节标题 在这里\n\n第二段另起一行。\n');
    expect(split.passages.map((p) => [p.kind, p.text])).toEqual([
      ['title', '标题在这里'],
      ['paragraph', '第一段写到一半，被分栏切断'],
      ['heading', '小节标题 在这里'],
      ['paragraph', '第二段另起一行。'],
    ]);
  });

  it('joins two Latin words cut at a line break with one space, recorded as no source character', () => {
    const split = splitDocument('t', 'A title\n\nThe county seat of\nDongyang is busy.\n');
    const p = split.passages.find((q) => q.kind === 'paragraph')!;
    expect(p.text).toBe('The county seat of Dongyang is busy.');
    const at = p.text.indexOf('Dongyang');
    const [s, e] = sourceRange(p, at, at + 8);
    expect('A title\n\nThe county seat of\nDongyang is busy.\n'.slice(s, e)).toBe('Dongyang');
  });
});

describe('passage kinds', () => {
  const kindOf = (id: string, text: string) => doc(id).split.passages.find((p) => p.text === text)?.kind;

  it('classifies the head of a newspaper page: banner, title, byline', () => {
    expect(kindOf('dongyang-sixue-sizheng', '东阳')).toBe('banner');
    expect(kindOf('dongyang-sixue-sizheng', '“四学四争”勇扛使命 以一域之高质量发展 为全省大局增光添彩')).toBe('title');
    expect(kindOf('dongyang-sixue-sizheng', '胡鼎 傅颖杰')).toBe('byline');
    expect(kindOf('dongyang-duibiao-yiwu', '■ 胡媛 徐帆 傅颖杰')).toBe('byline');
    expect(kindOf('dongyang-duibiao-yiwu', '对标义乌经验 走出东阳路径')).toBe('title');
    expect(kindOf('dongyang-duibiao-yiwu', '以实干争先书写现代化强市名城共富答卷')).toBe('title');
  });

  it('splits a banner printed on the title line (武义 在对标比拼中 …) into banner and title', () => {
    const [banner, title] = doc('wuyi-duibiao-bipin').split.passages;
    expect([banner!.kind, banner!.text, title!.kind, title!.text]).toEqual(['banner', '武义', 'title', '在对标比拼中 争当中国式现代化山区县样板']);
  });

  it('classifies series lines, headings and captions (credited, credit-only and unlabelled)', () => {
    expect(kindOf('dongyang-sixue-sizheng', '学义乌发展经验')).toBe('banner');
    expect(kindOf('dongyang-duibiao-yiwu', '奋勇争先 精彩蝶变 「义乌发展经验」20年')).toBe('banner');
    expect(kindOf('dongyang-sixue-sizheng', '学一以贯之的战略定力 争当“八八战略”的忠实践行者')).toBe('heading');
    expect(kindOf('wuyi-duibiao-bipin', '敢于同强者比,以学补短')).toBe('heading');
    expect(kindOf('jinyi-xinqu-gan', '“干”字当头')).toBe('heading');
    expect(kindOf('dongyang-14th-fyp-proposal', '一、开启高水平现代化建设新征程,谱写“重要窗口”时代新篇章')).toBe('heading');
    expect(kindOf('dongyang-14th-fyp-proposal', '26.构建现代化综合交通体系。')).toBe('heading');
    expect(kindOf('dongyang-sixue-sizheng', '东磁“未来工厂” 陈超刚 摄')).toBe('caption');
    expect(kindOf('dongyang-duibiao-yiwu', '吴意琼 摄')).toBe('caption');
    expect(kindOf('dongyang-duibiao-yiwu', '东阳博士大桥')).toBe('caption');
    expect(kindOf('dongyang-sixue-sizheng', '东阳江滨景观带')).toBe('caption');
    expect(kindOf('dongyang-sixue-sizheng', '东阳市城东街道菜卢村共享田园')).toBe('caption');
    expect(kindOf('jinyi-xinqu-gan', '“打造增长极、建设新中心”是新起点上更高层次的蜕变跃升，是一场深刻的思想解放、路径变革、自我超越。拉高标杆找差距，对标先进补短板。战略定位的迭代，更要求金义新区党员干部全面树立争先意识、全面激昂奋进姿态、全面提升突围本领，切实把思想和行动统一到浙江省委、金华市委决策部署上来，全面提振“争争一流、唯旗是夺”精神气质，加快实现金义新区“一年一变样、三年大变样”。')).toBe('paragraph');
  });

  it('drops app prompts as boilerplate (打开网易新闻 查看更多图片)', () => {
    const d = doc('dongyang-14th-fyp-proposal');
    expect(d.split.passages.some((p) => p.text.includes('打开网易新闻'))).toBe(false);
    expect(d.split.dropped.map(([s, e]) => d.text.slice(s, e))).toEqual(['打开网易新闻 查看更多图片']);
  });

  it('finds title and banner without metadata, and reads Markdown headings without their # marker', () => {
    const plain = splitDocument('x', '东阳\n\n一篇没有元数据的文章\n\n张三 李四\n\n正文第一段，说的是东阳。\n');
    expect(plain.passages.map((p) => p.kind)).toEqual(['banner', 'title', 'byline', 'paragraph']);
    const md = splitDocument('m', '# 东阳的河\n\n东阳江流过城区。\n\n## 支流\n\n南江在南边。\n', {}, 'md');
    expect(md.passages.map((p) => [p.kind, p.text])).toEqual([
      ['title', '东阳的河'],
      ['paragraph', '东阳江流过城区。'],
      ['heading', '支流'],
      ['paragraph', '南江在南边。'],
    ]);
    expect(md.dropped.map(([s, e]) => '# 东阳的河\n\n东阳江流过城区。\n\n## 支流\n\n南江在南边。\n'.slice(s, e))).toEqual(['#', '##']);
  });
});
