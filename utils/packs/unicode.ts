/**
 * Unicode hygiene for the short labels agents recognise phrases by (titles, shortcut codes).
 * Invisible characters would let two codes that look the same (`tk` and `tk` + U+200B) live side
 * by side, and bidi controls would let a title read differently from what it holds.
 */

/** Zero-width space / non-joiner / joiner, word joiner, byte order mark; and control characters. */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF]|\p{Cc}/gu;
/** Bidi embedding, override and isolate controls. */
const BIDI = /[\u202A-\u202E\u2066-\u2069]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** NFC, without zero-width and control characters (titles and shortcuts, on import and on save). */
export function cleanLabel(text: string): string {
  return text.normalize('NFC').replace(INVISIBLE, '');
}

/** True when the text holds half of a UTF-16 surrogate pair (not a character at all). */
export function hasLoneSurrogate(text: string): boolean {
  return LONE_SURROGATE.test(text);
}

/** Bidi controls shown as ⟨U+202E⟩, so a title cannot hide what it holds. */
export function revealBidi(text: string): string {
  return text.replace(BIDI, (c) => `⟨U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}⟩`);
}
