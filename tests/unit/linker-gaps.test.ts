import { describe, expect, it } from 'vitest';
import { findGaps } from '../../src/lib/linker/gaps.ts';

const names = (text: string, covered: Array<[number, number]> = []) => findGaps(text, covered).map((g) => g.name);

describe('gaps: place-shaped names no mention covers', () => {
  it('finds names ending in a type word, bounded by punctuation and function words', () => {
    expect(names('推进水库除险加固、山塘整治和横锦水库防洪能力提升，谋划大源水库扩容。')).toEqual(['横锦水库', '大源水库']);
    expect(names('轴线沿线的横店镇官桥村盘活资源。')).toEqual(['横店镇', '官桥村']);
    expect(names('兰溪市委书记到婺城区调研。')).toEqual(['兰溪市', '婺城区']);
  });

  it('does not report what a linked mention covers, nor ordinary words of the same shape', () => {
    const text = '东阳市城东街道菜卢村共享田园';
    expect(names(text, [[0, 3]])).toEqual(['城东街道', '菜卢村']);
    expect(names(text, [[0, 3], [3, 7], [7, 10]])).toEqual([]);
    expect(names('持续推进乡村全面振兴，锚定全市目标，今年该县列入省“千项万亿”项目，城市更新和市场监管。')).toEqual([]);
  });

  it('does not report roads and titles used as figures of speech, nor a name after a preposition', () => {
    expect(names('坚持走开放之路，转变思路，加快城市道路建设，打造营商环境创新市和现代化先行市。')).toEqual([]);
    expect(names('根据省委部署，在人民路和解放路设站。')).toEqual(['人民路', '解放路']);
  });
});
