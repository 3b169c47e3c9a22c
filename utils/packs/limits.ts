/** Limits of pack format v1, documented in docs/pack-format.md. */
export const PACK_LIMITS = Object.freeze({
  /** Largest pack / CSV / text file accepted (checked before parsing). */
  maxBytes: 10 * 1024 * 1024,
  maxPhrases: 20_000,
  maxGroups: 2_000,
  maxRules: 1_000,
  maxIdLength: 128,
  maxNameLength: 100,
  maxDescriptionLength: 2_000,
  maxTitleLength: 200,
  maxTextLength: 10_000,
  maxShortcutLength: 32,
  maxTags: 20,
  maxTagLength: 40,
  /** JSON nesting deeper than this is rejected (a pack needs 4 levels; rules a few more). */
  maxDepth: 64,
});

/** Qianniu quick-phrase limits (from its setup rules: 500 phrases, 800 per phrase, a Chinese character counts 2). */
export const QIANNIU_LIMITS = Object.freeze({ maxPhrases: 500, maxLength: 800 });

/** Pack ids that can never be used by a pack (they name the agent's own phrases). */
export const RESERVED_PACK_IDS: ReadonlySet<string> = new Set(['personal']);

/** Object keys that must never appear in imported data (prototype pollution vectors). */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** UTF-8 size of a string without allocating the encoded bytes. */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}
