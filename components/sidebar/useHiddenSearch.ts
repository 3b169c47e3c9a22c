import { useEffect, useRef, useState } from 'preact/hooks';
import type { LibraryData } from '../../utils/db/library';
import type { PhraseRecord } from '../../utils/db/types';
import { createPhraseIndex, type PhraseIndex } from '../../utils/search';

export interface HiddenSearch {
  /** How many packs the agent hid (each has phrases). */
  packs: number;
  packNames: ReadonlyMap<string, string>;
  index: PhraseIndex<PhraseRecord>;
}

/**
 * Search over the packs hidden from the sidebar (the built-in packs in other languages, for one), loaded the first
 * time `wanted` is true (a search found nothing), and again when the set of shown packs changes.
 */
export function useHiddenSearch(load: (() => Promise<LibraryData>) | undefined, wanted: boolean, shownPacks: string): HiddenSearch | null {
  const [hidden, setHidden] = useState<{ key: string; search: HiddenSearch } | null>(null);
  const stale = hidden?.key !== shownPacks;
  // The latest loader (a caller may pass a new function each render).
  const loader = useRef(load);
  loader.current = load;

  useEffect(() => {
    const load = loader.current;
    if (!load || !wanted || !stale) return;
    let cancelled = false;
    void load()
      .then((library) => {
        if (cancelled) return;
        const withPhrases = new Set(library.phrases.map((p) => p.packId));
        setHidden({
          key: shownPacks,
          search: {
            packs: library.packs.filter((p) => withPhrases.has(p.id)).length,
            packNames: new Map(library.packs.map((p) => [p.id, p.name])),
            index: createPhraseIndex(library.phrases),
          },
        });
      })
      .catch((error: unknown) => console.error('huashu: hidden packs could not be loaded', error));
    return () => {
      cancelled = true;
    };
  }, [wanted, stale, shownPacks]);

  return hidden && !stale ? hidden.search : null;
}
