/**
 * File names for exported packs: named after the pack (or the group) the lead exports, e.g.
 * `售后话术.json`, with what file systems refuse taken out. Pure.
 */

/** Longest base name kept, in code points (file systems allow 255 bytes; Chinese takes 3 each). */
export const MAX_FILE_BASE = 60;

// Characters Windows, macOS or Linux refuse in a name, control characters, and bidi controls (a
// name must not read differently from what it holds).
// eslint-disable-next-line no-control-regex
const REFUSED = /[\u0000-\u001f\u007f<>:"/\\|?*\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;
const RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])(\..*)?$/i;

/** A file system safe base name from a pack or group name, or '' when nothing usable is left. */
export function sanitizeFileBase(name: string): string {
  let base = name.normalize('NFC').replace(REFUSED, ' ').replace(/\s+/g, ' ').trim();
  // Leading dots hide the file on Unix; trailing dots and spaces are dropped by Windows.
  base = base.replace(/^[.\s]+/, '').replace(/[.\s]+$/, '');
  base = [...base].slice(0, MAX_FILE_BASE).join('').replace(/[.\s]+$/, '');
  if (RESERVED.test(base)) base = `_${base}`;
  return base;
}

/** `售后话术.json` for the pack named 售后话术; the fallback (e.g. the pack id) when the name leaves nothing. */
export function exportFileName(name: string, extension: 'json' | 'csv', fallback = 'huashu-pack'): string {
  const base = sanitizeFileBase(name) || sanitizeFileBase(fallback) || 'huashu-pack';
  return `${base}.${extension}`;
}
