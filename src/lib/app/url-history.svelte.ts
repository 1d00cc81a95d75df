/**
 * The explorer's state as the URL holds it: read from the address at start and at every back or forward, written
 * to it on every change (a new history entry, or in place of the current one), with what a link named that could
 * not be read or is not in the atlas reported, so the shell can say so.
 */
import type { Strings } from '../i18n/strings.ts';
import { DEFAULT_STATE, linksFrom, parseUrlState, searchOf, withKnownIds, type AppState, type UrlProblem } from '../url/state.ts';
import type { Atlas } from './atlas.ts';

/** The parts of the browser the URL state reads and writes: the page's own by default, a stand-in in tests. */
export interface Browser {
  readonly location: Pick<Location, 'pathname' | 'search'>;
  readonly history: Pick<History, 'pushState' | 'replaceState'>;
}

/**
 * The ids a link names that the atlas can check at once: places and counties. Documents and passages are checked
 * when their shard arrives (document-views.ts), a local text's once the kept texts are restored (atlas-source).
 */
export function idsKnownTo(atlas: Pick<Atlas, 'place'>) {
  return {
    place: (id: string) => !!atlas.place(id),
    document: () => true,
    county: (id: string) => atlas.place(id)?.kind === 'county',
  };
}

/** The message a problem with a link becomes, in the reader's language. */
export function urlProblemMessage(problem: UrlProblem, t: Strings): string {
  if (problem.problem === 'malformed') return t.badParam(problem.param);
  if (problem.param === 'at') return t.unknownPassage;
  if (problem.param === 'place') return t.unknownPlace(problem.value);
  return problem.param === 'county' ? t.unknownCounty(problem.value) : t.unknownDocument(problem.value);
}

export class UrlHistory {
  /** What the screen shows. Replaced whole on every change (never mutated), so it needs no deep proxy. */
  state = $state.raw<AppState>(DEFAULT_STATE);
  /** The query strings of links from this state (every place name, every passage). */
  readonly links = $derived(linksFrom(this.state));

  readonly #browser: Browser;
  readonly #report: (problems: UrlProblem[]) => void;
  /** What the address had wrong at start: reported with the unknown ids, once the atlas can tell those. */
  #startProblems: UrlProblem[];

  constructor(report: (problems: UrlProblem[]) => void, browser: Browser = window) {
    this.#browser = browser;
    this.#report = report;
    const { state, problems } = parseUrlState(browser.location.search);
    this.state = state;
    this.#startProblems = problems;
  }

  /** The address of a link with this query string. */
  href(search: string): string {
    return `${this.#browser.location.pathname}${search}`;
  }

  /**
   * Every change of what is shown goes through here, so the URL always describes the screen: a new history entry
   * (back returns to the state before), or in place of the current one for what back should not step through (the
   * map moved, a link's bad parameter dropped). An address that does not change writes nothing.
   */
  navigate(next: Partial<AppState>, how: 'push' | 'replace' = 'push'): void {
    this.state = { ...this.state, ...next };
    const url = this.href(searchOf(this.state));
    const { pathname, search } = this.#browser.location;
    if (url === `${pathname}${search}`) return;
    if (how === 'push') this.#browser.history.pushState(null, '', url);
    else this.#browser.history.replaceState(null, '', url);
  }

  /**
   * The atlas has loaded: the start address's ids it does not know are dropped, everything wrong with the address
   * is reported, and the address is rewritten without it.
   */
  start(atlas: Pick<Atlas, 'place'>): void {
    const checked = withKnownIds(this.state, idsKnownTo(atlas));
    this.state = checked.state;
    const problems = [...this.#startProblems, ...checked.problems];
    this.#startProblems = [];
    this.#report(problems);
    if (problems.length) this.#browser.history.replaceState(null, '', this.href(searchOf(this.state)));
  }

  /** Back or forward: the state the address now holds, checked as a link is (the address itself is left as it is). */
  popstate(atlas: Pick<Atlas, 'place'>): AppState {
    const parsed = parseUrlState(this.#browser.location.search);
    const checked = withKnownIds(parsed.state, idsKnownTo(atlas));
    this.#report([...parsed.problems, ...checked.problems]);
    return (this.state = checked.state);
  }

  /** Something the state names turned out not to be there (a document, a passage): said so, and dropped in place. */
  drop(problems: UrlProblem[], patch: Partial<AppState>): void {
    this.#report(problems);
    this.navigate(patch, 'replace');
  }
}
