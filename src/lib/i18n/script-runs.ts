/**
 * Text in one language that quotes another script (the gazetteer's English notes name places in Chinese: "Amap’s
 * centre for 横店镇"), cut into runs so each run of Chinese characters can carry its own `lang` and a screen reader
 * reads it with a Chinese voice. The runs, joined, are the text unchanged.
 */
export interface ScriptRun {
  text: string;
  /** The run is Chinese characters (with the punctuation between them). */
  han: boolean;
}

const HAN_RUN = /[\p{Script=Han}][\p{Script=Han}\u3000-\u303f\uff00-\uffef]*/gu;

export function scriptRuns(text: string): ScriptRun[] {
  const runs: ScriptRun[] = [];
  let at = 0;
  for (const match of text.matchAll(HAN_RUN)) {
    if (match.index > at) runs.push({ text: text.slice(at, match.index), han: false });
    runs.push({ text: match[0], han: true });
    at = match.index + match[0].length;
  }
  if (at < text.length) runs.push({ text: text.slice(at), han: false });
  return runs;
}

/** The language a free-text field is written in, by its letters: English when Latin letters outnumber Chinese characters. */
export function languageOf(text: string): 'en' | 'zh-Hans' {
  const latin = text.match(/[A-Za-z]/g)?.length ?? 0;
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  return latin > han ? 'en' : 'zh-Hans';
}
