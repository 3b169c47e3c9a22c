import { PACK_LIMITS, utf8ByteLength } from './limits';
import { formatBytes, makeIssue, type PackIssue, type PackLocale } from './messages';

export type DetectedEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | string;

export type DecodeResult =
  | { ok: true; text: string; encoding: DetectedEncoding; bom: boolean; warnings: PackIssue[] }
  | { ok: false; errors: PackIssue[] };

/**
 * Decodes a file the way Chinese teams have them: UTF-8 with or without BOM, UTF-16 with BOM
 * (Excel's "Unicode text"), otherwise GBK/GB18030. A file that claims UTF-8 but is not valid
 * UTF-8 is read as GB18030 (a superset of GBK). `declared` is the label the file came with
 * (e.g. from a charset parameter); labels other than UTF-8 (such as big5) are honoured.
 */
export function decodeBytes(
  input: ArrayBuffer | Uint8Array,
  options: { declared?: string; locale?: PackLocale } = {},
): DecodeResult {
  const locale = options.locale ?? 'en';
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  if (bytes.byteLength > PACK_LIMITS.maxBytes) {
    const params = { size: formatBytes(bytes.byteLength), limit: formatBytes(PACK_LIMITS.maxBytes) };
    return { ok: false, errors: [makeIssue('', 'input.tooLarge', params, locale)] };
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const utf8 = tryDecode('utf-8', bytes.subarray(3));
    if (utf8 !== null) return { ok: true, text: utf8, encoding: 'utf-8', bom: true, warnings: [] };
    return gb18030(bytes.subarray(3), true, locale);
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { ok: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', bom: true, warnings: [] };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { ok: true, text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', bom: true, warnings: [] };
  }
  const declared = normaliseLabel(options.declared);
  if (declared !== null && declared !== 'utf-8') {
    const text = tryDecode(declared, bytes);
    if (text !== null) return { ok: true, text, encoding: declared, bom: false, warnings: [] };
  }
  const utf8 = tryDecode('utf-8', bytes);
  if (utf8 !== null) return { ok: true, text: utf8, encoding: 'utf-8', bom: false, warnings: [] };
  return gb18030(bytes, false, locale);
}

function gb18030(bytes: Uint8Array, bom: boolean, locale: PackLocale): DecodeResult {
  const text = new TextDecoder('gb18030').decode(bytes);
  return { ok: true, text, encoding: 'gb18030', bom, warnings: [makeIssue('', 'csv.encodingFallback', {}, locale)] };
}

function tryDecode(label: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** The encoding name TextDecoder uses for a label, or null when the label is unknown. */
function normaliseLabel(label: string | undefined): string | null {
  if (label === undefined || label.trim() === '') return null;
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return null;
  }
}

/**
 * An imported file as text: a string is size-checked and loses its BOM; bytes are decoded with
 * `decodeBytes`. Shared by the CSV and plain-text importers.
 */
export function readImportText(
  input: string | ArrayBuffer | Uint8Array,
  options: { declared?: string; locale?: PackLocale } = {},
): DecodeResult {
  if (typeof input !== 'string') return decodeBytes(input, options);
  const size = utf8ByteLength(input);
  if (size > PACK_LIMITS.maxBytes) {
    const params = { size: formatBytes(size), limit: formatBytes(PACK_LIMITS.maxBytes) };
    return { ok: false, errors: [makeIssue('', 'input.tooLarge', params, options.locale ?? 'en')] };
  }
  const bom = input.startsWith('\uFEFF');
  return { ok: true, text: bom ? input.slice(1) : input, encoding: 'utf-8', bom, warnings: [] };
}

let gbkTable: Map<string, number> | null = null;

/**
 * Character → two-byte GBK code, read off the platform's own GBK decoder (TextDecoder has no GBK encoder):
 * every lead/trail byte pair is decoded once, in one call, with a line feed after each pair to keep them apart.
 */
function gbkCodes(): Map<string, number> {
  if (gbkTable !== null) return gbkTable;
  const pairs: number[] = [];
  const bytes: number[] = [];
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      pairs.push((lead << 8) | trail);
      bytes.push(lead, trail, 0x0a);
    }
  }
  const decoded = new TextDecoder('gbk').decode(new Uint8Array(bytes)).split('\n');
  // The euro sign is GBK's one single byte above ASCII (0x80 in Windows code page 936).
  const table = new Map<string, number>([['\u20AC', 0x80]]);
  pairs.forEach((code, i) => {
    const char = decoded[i] ?? '';
    // A pair that is no character decodes to U+FFFD (and its trail byte, if ASCII, to that letter): not one character.
    if ([...char].length === 1 && char !== '\uFFFD' && !table.has(char)) table.set(char, code);
  });
  gbkTable = table;
  return table;
}

/**
 * Text as GBK bytes (the code page of Chinese Windows, which Qianniu reads). Characters GBK has no code for
 * (emoji, some rare characters) are written as `?` and listed in `missing`, once each, in order.
 */
export function encodeGbk(text: string): { bytes: Uint8Array<ArrayBuffer>; missing: string[] } {
  const codes = gbkCodes();
  const out: number[] = [];
  const missing = new Set<string>();
  for (const char of text) {
    const point = char.codePointAt(0) ?? 0;
    if (point < 0x80) {
      out.push(point);
      continue;
    }
    const code = codes.get(char);
    if (code === undefined) {
      missing.add(char);
      out.push(0x3f);
    } else if (code < 0x100) out.push(code);
    else out.push(code >> 8, code & 0xff);
  }
  return { bytes: new Uint8Array(out), missing: [...missing] };
}

/** Characters of `text` that GBK cannot write, once each, in order. */
export function charactersOutsideGbk(text: string): string[] {
  const codes = gbkCodes();
  const missing = new Set<string>();
  for (const char of text) if ((char.codePointAt(0) ?? 0) >= 0x80 && !codes.has(char)) missing.add(char);
  return [...missing];
}
