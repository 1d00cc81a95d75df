/**
 * Surfaces derived from the gazetteer's records by rule, so that a name is found in the forms writers use without
 * anyone typing each form into the records (thousands of villages and towns):
 *
 * - administrative short forms: 横店镇 → 横店, 婺城区 → 婺城, 官桥村 → 官桥 (the suffix 市/县/区/镇/乡/街道/村/社区/
 *   居委会 dropped when what is left has ≥ 2 characters, is not another region's name); an everyday word (孝顺, 白云)
 *   only beside its parent, a village's or subdistrict's short form only with place context;
 * - railways: 杭温高速铁路 also as 杭温高铁 / 杭温客专 (not 杭温铁路: X铁路 is the name of a conventional line), and, where both one-character abbreviations name
 *   one prefecture-level city the gazetteer or the list of other regions knows (杭 → 杭州, 温 → 温州), as
 *   杭州至温州铁路 / 杭州—温州高铁 / 杭州—温州;
 * - airports: 横店通用机场 / 义乌国际机场 also as 横店机场 / 义乌机场;
 * - English: "Hengdian Town" also as "Hengdian", "Dongyang" also as "Dongyang City"; records without an English
 *   name get one from their pinyin ("Huayuan Village"). A bare English core is derived for counties and towns
 *   only: a village's ("Xinhua") is too often a word or another name.
 *
 * How strongly each form links (`strength`) is the linker's business: a village's short form is not linked on
 * its own (it is usually also a word), an everyday word only beside its parent.
 */
import { TYPE_WORDS } from './gaps.ts';
import type { LinkablePlace } from './linker.ts';

export type Strength =
  /** linked wherever it occurs (a county's or town's short form, a railway's other names) */
  | 'name'
  /**
   * a village's or subdistrict's short form (官桥, 城东): linked with place context (a list of places, 等地, 该村, its
   * parent before it, or the place named elsewhere in the document)
   */
  | 'contextual'
  /** an everyday word or a name many villages share: linked only right after its parent */
  | 'needs-parent';

export interface DerivedSurface {
  surface: string;
  placeId: string;
  strength: Strength;
}

export interface VariantContext {
  /** Everyday words (not-places.json `everyday_words`) and other regions' names: never a short form on their own. */
  everyday: ReadonlySet<string>;
  regions: ReadonlySet<string>;
  /** A village core shared by at least this many villages is generic (needs its parent). */
  genericVillageCount: number;
}

/** Administrative suffixes, longest first, by the kinds that carry them. */
const ADMIN_SUFFIXES: Record<string, readonly string[]> = {
  prefecture: ['市'],
  county: ['市', '县', '区'],
  town: ['街道', '镇', '乡'],
  village: ['居委会', '社区', '村'],
};
/** Words that end in an administrative suffix but are a type of their own (金义新区 is not 金义新 + 区). */
const COMPOUND_ENDINGS = ['新区', '园区', '景区', '片区', '开发区', '保护区', '新村'];

/** The name without its administrative suffix, or null if it has none (or the rest would be a compound type). */
export function adminCore(name: string, kind: string): { core: string; suffix: string } | null {
  if (COMPOUND_ENDINGS.some((e) => name.endsWith(e) && !(ADMIN_SUFFIXES[kind] ?? []).includes(e))) return null;
  const suffix = (ADMIN_SUFFIXES[kind] ?? []).find((s) => name.endsWith(s) && name.length > s.length);
  return suffix ? { core: name.slice(0, -suffix.length), suffix } : null;
}

const RAIL_SUFFIX = /^(.+?)(高速铁路|城际铁路|客运专线|铁路|高铁|客专)$/;
/**
 * The other suffixes of a high-speed line. A 2-character core with 铁路 (沪昆铁路) is the name of a conventional line,
 * often beside a high-speed one of the same core (沪昆高速铁路), so it is derived for neither: a conventional line gets
 * no high-speed forms, a high-speed one no 铁路 form. "X至Y铁路" (the railway from X to Y) describes either.
 */
const HIGH_SPEED = new Set(['高速铁路', '高铁', '客专', '客运专线']);
const HIGH_SPEED_FORMS = ['高铁', '高速铁路', '客专'];
const DASHES = ['—', '－', '-', '至'];

/** English type words by administrative suffix. */
const ENGLISH_SUFFIX: Record<string, string> = {
  市: 'City', 县: 'County', 区: 'District', 镇: 'Town', 乡: 'Township', 街道: 'Subdistrict', 村: 'Village', 社区: 'Community', 居委会: 'Community',
};
const ENGLISH_TYPE = /\s+(City|County|District|Town|Township|Subdistrict|Village|Community|Prefecture)$/i;

/** "héng diàn zhèn" → ["heng", "dian", "zhen"] (tone marks and ü folded). */
function syllables(pinyin: string): string[] {
  return pinyin
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter(Boolean);
}

/** Pinyin syllables joined as in English place names: "Pan'an", "Hengdian". */
function romanise(parts: string[]): string {
  const word = parts.map((p, i) => (i > 0 && /^[aeo]/.test(p) ? `'${p}` : p)).join('');
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function englishForms(place: LinkablePlace, admin: { core: string; suffix: string } | null): string[] {
  const forms: string[] = [];
  const barable = place.kind === 'county' || place.kind === 'prefecture' || place.kind === 'town';
  const given = place.name_en?.replace(/\s*\([^)]*\)\s*$/, '').trim();
  if (given) {
    const bare = given.replace(ENGLISH_TYPE, '');
    if (bare !== given && barable) forms.push(bare);
    if (bare === given && admin && ENGLISH_SUFFIX[admin.suffix]) forms.push(`${given} ${ENGLISH_SUFFIX[admin.suffix]}`);
    // County-level cities were counties until the 1980s–90s and English still calls them so ("Dongyang county").
    if (place.kind === 'county' && admin?.suffix === '市') forms.push(`${bare} County`);
    return forms;
  }
  if (!place.pinyin || !admin || !ENGLISH_SUFFIX[admin.suffix]) return forms;
  const coreSyllables = syllables(place.pinyin).slice(0, [...admin.core].length);
  if (coreSyllables.length !== [...admin.core].length) return forms;
  const core = romanise(coreSyllables);
  forms.push(`${core} ${ENGLISH_SUFFIX[admin.suffix]}`);
  if (core.includes("'")) forms.push(`${core.replace(/'/g, '')} ${ENGLISH_SUFFIX[admin.suffix]}`);
  if (barable) forms.push(core);
  return forms;
}

/**
 * Prefecture-level names by their first character, for railway endpoints: the gazetteer's own prefecture-level
 * places first (金华, 杭州 …), then other regions; a character two names of the same rank begin with names none.
 */
function endpointNames(places: readonly LinkablePlace[], regions: ReadonlySet<string>): (c: string) => string | undefined {
  const tiers = [
    places.filter((p) => p.kind === 'prefecture' || p.kind === 'neighbour').map((p) => adminCore(p.name, 'prefecture')?.core ?? p.name),
    [...regions],
  ];
  return (c) => {
    for (const tier of tiers) {
      const hits = [...new Set(tier.filter((n) => n.startsWith(c) && n.length >= 2))];
      if (hits.length === 1) return hits[0];
      if (hits.length > 1) return undefined;
    }
    return undefined;
  };
}

function railForms(place: LinkablePlace, endpoint: (c: string) => string | undefined): string[] {
  const forms: string[] = [];
  for (const name of [place.name, ...place.aliases]) {
    const m = RAIL_SUFFIX.exec(name);
    if (!m || [...m[1]!].length !== 2) continue;
    const core = m[1]!;
    if (!HIGH_SPEED.has(m[2]!)) continue;
    forms.push(...HIGH_SPEED_FORMS.map((f) => core + f));
    const [a, b] = [endpoint(core[0]!), endpoint(core[1]!)];
    if (!a || !b) continue;
    for (const dash of DASHES) {
      forms.push(...['铁路', ...HIGH_SPEED_FORMS].map((f) => `${a}${dash}${b}${f}`));
      if (dash !== '至') forms.push(`${a}${dash}${b}`);
    }
  }
  return forms;
}

/** 横店通用机场 → 横店机场, 义乌国际机场 → 义乌机场 (the bare 机场 form is what writers shorten to). */
function airportForms(name: string): string[] {
  const m = /^(.{2,}?)(通用机场|国际机场)$/.exec(name);
  return m ? [`${m[1]}机场`] : [];
}

/**
 * 永康东站 → 永康东: a station named after its city and a compass point is written without 站 (金华南, 永康东-宁波
 * 班列); the linker's direction rule keeps 永康东部 the east of 永康.
 */
function stationForms(name: string): string[] {
  const m = /^(.{2,}[东南西北])站$/.exec(name);
  return m ? [m[1]!] : [];
}

/** Every derived surface of every place, before the linker weighs them against the records' own names. */
export function deriveSurfaces(places: readonly LinkablePlace[], context: VariantContext): DerivedSurface[] {
  const out: DerivedSurface[] = [];
  const endpoint = endpointNames(places, context.regions);
  const villageCores = new Map<string, number>();
  for (const p of places) {
    const core = p.kind === 'village' ? adminCore(p.name, p.kind)?.core : undefined;
    if (core) villageCores.set(core, (villageCores.get(core) ?? 0) + 1);
  }
  // A core that is itself a type word (广场居委会 → 广场, "square") names the kind of thing, not the place.
  const usable = (s: string) => [...s].length >= 2 && !context.regions.has(s) && !TYPE_WORDS.includes(s);
  for (const place of places) {
    const add = (surface: string, strength: Strength) => {
      if (surface && surface !== place.name && !place.aliases.includes(surface)) out.push({ surface, placeId: place.id, strength });
    };
    const admin = adminCore(place.name, place.kind);
    if (admin && usable(admin.core)) {
      const generic = context.everyday.has(admin.core) || (villageCores.get(admin.core) ?? 0) >= context.genericVillageCount;
      // Subdistricts are named after quarters and directions (城东, 江南, 白云): their short forms need context too.
      // A subdistrict named by an everyday word or a direction (城东, 城北: "the east of the town") is written with 街道
      // when the subdistrict is meant: its short form is not derived, even beside its parent (东阳市城东 is a direction).
      const directionLike = admin.suffix === '街道' && context.everyday.has(admin.core);
      if (place.kind === 'village') add(admin.core, generic ? 'needs-parent' : 'contextual');
      else if (!directionLike) add(admin.core, context.everyday.has(admin.core) ? 'needs-parent' : admin.suffix === '街道' ? 'contextual' : 'name');
    }
    if (place.kind === 'transport') {
      for (const f of railForms(place, endpoint)) add(f, 'name');
      for (const f of airportForms(place.name)) add(f, 'name');
      for (const f of stationForms(place.name)) add(f, 'name');
    }
    for (const f of englishForms(place, admin)) add(f, 'name');
  }
  return out;
}
