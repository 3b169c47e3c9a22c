/**
 * Stable ids for phrases and groups that come without ids (CSV and plain text imports).
 * The same input row always yields the same id, so re-importing an edited file updates the
 * phrases it kept (by id) instead of duplicating them.
 */
export function hashText(text: string): string {
  // Two independent 32-bit FNV-1a style hashes (different primes and seeds) give 64 bits.
  let h1 = 0x811c9dc5;
  let h2 = 0x9747b28c;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 13;
  }
  return (h1 >>> 0).toString(36).padStart(7, '0') + (h2 >>> 0).toString(36).padStart(7, '0');
}

/** Returns `base`, or `base-2`, `base-3`… when `base` is taken; records the chosen id in `taken`. */
export function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}
