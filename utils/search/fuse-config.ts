import type { IFuseOptions } from 'fuse.js';

/**
 * The one Fuse.js configuration of the phrase search. Fuse scores typos (Bitap edit distance)
 * on the candidates the inverted prefilter hands it; it never scans the whole library.
 */
export const FUSE_OPTIONS: Readonly<IFuseOptions<string>> = Object.freeze({
  includeScore: true,
  includeMatches: true,
  // A typo may sit anywhere in a long reply text; by default Fuse only looks near the start.
  ignoreLocation: true,
  // Bitap score is errors / pattern length: 0.35 lets one wrong character in three (优惠卷 → 优惠券)
  // or a swapped pair in six letters (refnud → refund) through, and rejects a 2-character query
  // with one of its two characters wrong.
  threshold: 0.35,
  // Our own ranking weighs fields; Fuse's field-length norm would double-count it.
  ignoreFieldNorm: true,
  isCaseSensitive: false,
  // Strings are normalised (Simplified, folded case) before they reach Fuse.
  ignoreDiacritics: false,
  findAllMatches: false,
  minMatchCharLength: 1,
  shouldSort: false,
});

/** Bitap works on at most 32 pattern characters; longer terms are cut before fuzzy scoring. */
export const FUSE_MAX_PATTERN = 32;
