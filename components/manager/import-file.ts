/**
 * Reading a file the agent picked for import: which parser (by name, then by content), what pack
 * it becomes, and the problems found. Pure: takes the file's name and bytes.
 */
import { parseCsvPack } from '../../utils/packs/csv';
import { decodeBytes } from '../../utils/packs/encoding';
import { hashText } from '../../utils/packs/ids';
import { PACK_LIMITS } from '../../utils/packs/limits';
import { formatBytes, makeIssue, type PackIssue, type PackLocale } from '../../utils/packs/messages';
import { parsePack, type PackMeta, type PackV1 } from '../../utils/packs/schema';
import { parseTextPack } from '../../utils/packs/text';

export type ImportKind = 'json' | 'csv' | 'text';

export type ImportRead =
  | { ok: true; kind: ImportKind; pack: PackV1; rejected: PackIssue[]; warnings: PackIssue[] }
  | { ok: false; kind: ImportKind | null; errors: PackIssue[]; warnings: PackIssue[] };

/** Extensions offered by the file input. */
export const IMPORT_ACCEPT = '.json,.csv,.txt,application/json,text/csv,text/plain';

export function kindOf(name: string, head: string): ImportKind {
  const ext = /\.([^.]+)$/.exec(name.toLowerCase())?.[1];
  if (ext === 'json') return 'json';
  if (ext === 'csv' || ext === 'tsv') return 'csv';
  if (ext === 'txt') return 'text';
  return /^\s*[{[]/.test(head) ? 'json' : 'text';
}

/**
 * Pack metadata for files that carry none (CSV, text): the id comes from the file name, so
 * importing the same file again updates the same pack.
 */
export function metaFromFileName(name: string, now: number): PackMeta {
  const base = name.replace(/\.[^.]+$/, '').trim() || 'import';
  const slug = base
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  const id = slug !== '' && slug !== 'personal' && /[a-z]/.test(slug) ? `file-${slug}` : `file-${hashText(base)}`;
  return { id, name: base.slice(0, PACK_LIMITS.maxNameLength), updatedAt: new Date(now).toISOString() };
}

/** Size check before the file is read at all (a 50 MB file is refused without loading it). */
export function checkFileSize(size: number, locale: PackLocale): PackIssue | null {
  if (size <= PACK_LIMITS.maxBytes) return null;
  return makeIssue('', 'input.tooLarge', { size: formatBytes(size), limit: formatBytes(PACK_LIMITS.maxBytes) }, locale);
}

export function readImportFile(name: string, bytes: Uint8Array, options: { locale: PackLocale; now: number }): ImportRead {
  const { locale } = options;
  const tooLarge = checkFileSize(bytes.byteLength, locale);
  if (tooLarge) return { ok: false, kind: null, errors: [tooLarge], warnings: [] };
  if (bytes.byteLength === 0) return { ok: false, kind: null, errors: [makeIssue('', 'input.empty', {}, locale)], warnings: [] };
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 64)).replace(/^\uFEFF/, '');
  const kind = kindOf(name, head);
  if (kind === 'json') {
    const decoded = decodeBytes(bytes, { locale });
    if (!decoded.ok) return { ok: false, kind, errors: decoded.errors, warnings: [] };
    const parsed = parsePack(decoded.text, { locale, partial: true });
    if (!parsed.ok) return { ok: false, kind, errors: parsed.errors, warnings: parsed.warnings };
    return { ok: true, kind, pack: parsed.pack, rejected: parsed.rejected, warnings: parsed.warnings };
  }
  const meta = metaFromFileName(name, options.now);
  const result = kind === 'csv' ? parseCsvPack(bytes, { meta, locale }) : parseTextPack(bytes, { meta, locale });
  if (!result.ok) return { ok: false, kind, errors: result.errors, warnings: result.warnings };
  return { ok: true, kind, pack: result.pack, rejected: result.rejected, warnings: result.warnings };
}
