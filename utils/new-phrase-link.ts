/**
 * "Create a phrase with this text": the sidebar opens the options page with the text in its URL hash
 * (`#new=<encoded>`), and the options page opens its new-phrase editor with it. The hash is input from a URL, so it is
 * read defensively: decoded once, control characters dropped, length-limited, and only ever used as a text value.
 */

/** Longest text carried (a search query is far shorter; a longer hash is refused, not cut). */
export const NEW_PHRASE_MAX = 500;
export const NEW_PHRASE_PREFIX = '#new=';

// C0 controls except tab and line feed, DEL, C1 controls, and bidirectional overrides.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** The hash that asks the options page for a new phrase with `text` (cut to NEW_PHRASE_MAX characters). */
export function newPhraseHash(text: string): string {
  return NEW_PHRASE_PREFIX + encodeURIComponent([...text.trim()].slice(0, NEW_PHRASE_MAX).join(''));
}

/** The text a `#new=` hash carries, or null when the hash is not one, is malformed, empty or too long. */
export function readNewPhraseHash(hash: string): string | null {
  if (!hash.startsWith(NEW_PHRASE_PREFIX)) return null;
  const raw = hash.slice(NEW_PHRASE_PREFIX.length);
  if (raw.length > NEW_PHRASE_MAX * 12) return null;
  let text: string;
  try {
    text = decodeURIComponent(raw);
  } catch {
    return null;
  }
  text = text.replace(UNSAFE, '').trim();
  if (text === '' || [...text].length > NEW_PHRASE_MAX) return null;
  return text;
}
