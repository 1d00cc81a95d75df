/**
 * What an embed's words need of the corpus (its document, its marked places' first pages), fetched when the atlas is
 * here and again when the places or the document change — not when other options do (the builder's typed texts, a
 * web component's language). Call during a component's initialisation: it sets up an effect.
 */
import type { Atlas } from '../app/atlas.ts';
import type { EmbedOptions } from './options.ts';
import { loadSubjectCorpus, type SubjectCorpus } from './subject.ts';
import { untrack } from 'svelte';

export function subjectCorpus(atlas: () => Atlas | null, options: () => EmbedOptions): { readonly current: SubjectCorpus | null } {
  let current = $state.raw<SubjectCorpus | null>(null);
  const key = $derived(JSON.stringify([options().places, options().doc]));
  $effect(() => {
    void key;
    const at = atlas();
    if (!at) return;
    let live = true;
    loadSubjectCorpus(untrack(options), at).then((loaded) => live && (current = loaded));
    return () => (live = false);
  });
  return {
    get current() {
      return current;
    },
  };
}
