/** Keyboard movement in a single-select listbox (the sidebar's group menu), as pure functions of the keys typed. */
import { hanSyllables, isHan, toSimplified } from '../search/text';

/** Where ArrowUp/ArrowDown/Home/End/PageUp/PageDown move the active option; null for other keys. */
export function moveActive(key: string, active: number, count: number, page = 8): number | null {
  if (count === 0) return null;
  const last = count - 1;
  switch (key) {
    case 'ArrowDown':
      return active >= last ? 0 : active + 1;
    case 'ArrowUp':
      return active <= 0 ? last : active - 1;
    case 'Home':
      return 0;
    case 'End':
      return last;
    case 'PageDown':
      return Math.min(active + page, last);
    case 'PageUp':
      return Math.max(active - page, 0);
    default:
      return null;
  }
}

/** Typed characters within this long of each other make one type-ahead word. */
export const TYPE_AHEAD_MS = 800;

/**
 * What typing may match of an option's label: the label itself, and for Chinese labels its pinyin in full and as
 * initials (物流: "wuliu", "wl"), since keys typed into a list go past the input method. All lower case.
 */
export function labelSpellings(label: string, locale: string): string[] {
  const folded = label.toLocaleLowerCase(locale);
  const chars = Array.from(toSimplified(folded));
  if (!chars.some(isHan)) return [folded];
  const syllables = hanSyllables(chars.join(''));
  let k = 0;
  let full = '';
  let initials = '';
  for (const ch of chars) {
    if (isHan(ch)) {
      const syllable = syllables[k++] ?? '';
      full += syllable;
      initials += syllable.slice(0, 1);
    } else if (!/\s/.test(ch)) {
      full += ch;
      initials += ch;
    }
  }
  return [folded, full, initials];
}

/**
 * Type-ahead: the first option after `active` (wrapping around) one of whose spellings (see labelSpellings) starts
 * with `typed`; when `typed` repeats one character ("bbb"), successive options starting with it. null when nothing
 * matches.
 */
export function typeAhead(spellings: readonly (readonly string[])[], active: number, typed: string, locale: string): number | null {
  if (typed === '' || spellings.length === 0) return null;
  const chars = [...typed.toLocaleLowerCase(locale)];
  const repeated = chars.length > 1 && chars.every((c) => c === chars[0]);
  const prefix = repeated ? (chars[0] ?? '') : chars.join('');
  // A new word (or a repeated letter) searches from the next option; a word being extended may stay on the active one.
  const start = chars.length === 1 || repeated ? active + 1 : active;
  for (let k = 0; k < spellings.length; k++) {
    const i = (((start + k) % spellings.length) + spellings.length) % spellings.length;
    if ((spellings[i] ?? []).some((s) => s.startsWith(prefix))) return i;
  }
  return null;
}
