import type { LinkablePlace } from '../../src/lib/linker/index.ts';

/** A place of a small test gazetteer, in the shape the linker takes (ids and parents as in the gazetteer contract). */
export const linkable = (id: string, name: string, kind: string, parent: string | null, aliases: string[] = [], name_en = '', pinyin?: string): LinkablePlace => ({
  id,
  name,
  kind,
  parent,
  aliases,
  name_en,
  ...(pinyin === undefined ? {} : { pinyin }),
});
