import { readImportText } from './encoding';
import { PACK_LIMITS } from './limits';
import { makeIssue, packMessage, type PackIssue, type PackLocale } from './messages';
import { packFromRows, type RowPhrase } from './rows';
import type { PackMeta, PackV1 } from './schema';

export interface TextImportOptions {
  meta: PackMeta;
  locale?: PackLocale;
  declaredEncoding?: string;
  /** Group for all imported phrases (default: localized "Ungrouped"). */
  groupName?: string;
}

export type TextImportResult =
  | { ok: true; pack: PackV1; rejected: PackIssue[]; warnings: PackIssue[]; layout: 'lines' | 'blocks' }
  | { ok: false; errors: PackIssue[]; warnings: PackIssue[] };

/**
 * Plain text import: one phrase per line; but when the file is split into blocks by blank lines
 * and any block has several lines, each block is one phrase (its line breaks kept).
 * Repeated phrases are imported once.
 */
export function parseTextPack(input: string | ArrayBuffer | Uint8Array, options: TextImportOptions): TextImportResult {
  const locale = options.locale ?? 'en';
  const warnings: PackIssue[] = [];
  const decoded = readImportText(input, { declared: options.declaredEncoding, locale });
  if (!decoded.ok) return { ok: false, errors: decoded.errors, warnings };
  const { text } = decoded;
  warnings.push(...decoded.warnings);
  const lines = text.split(/\r\n|\r|\n/);
  // Blocks of consecutive non-blank lines, with the 1-based line number where each starts.
  const blocks: { line: number; lines: string[] }[] = [];
  let current: { line: number; lines: string[] } | null = null;
  lines.forEach((line, index) => {
    if (line.trim() === '') {
      current = null;
      return;
    }
    if (current === null) {
      current = { line: index + 1, lines: [] };
      blocks.push(current);
    }
    current.lines.push(line.trimEnd());
  });
  if (blocks.length === 0) return { ok: false, errors: [makeIssue('', 'input.empty', {}, locale)], warnings };

  // Blocks only when the file is made of several blank-line-separated blocks and one has several lines;
  // a file without blank lines is a list of one-line phrases.
  const layout = blocks.length > 1 && blocks.some((block) => block.lines.length > 1) ? 'blocks' : 'lines';
  const items =
    layout === 'blocks'
      ? blocks.map((block) => ({ line: block.line, text: block.lines.join('\n').trim() }))
      : blocks.flatMap((block) => block.lines.map((line, i) => ({ line: block.line + i, text: line.trim() })));
  const label = (line: number) => packMessage('line.label', { line }, locale);
  const rejected: PackIssue[] = [];
  const firstLine = new Map<string, number>();
  const rows: RowPhrase[] = [];
  for (const item of items) {
    const first = firstLine.get(item.text);
    if (first !== undefined) {
      rejected.push(makeIssue(label(item.line), 'text.duplicate', { first: label(first) }, locale));
      continue;
    }
    firstLine.set(item.text, item.line);
    rows.push({ label: label(item.line), groupPath: [], title: '', text: item.text, shortcut: '', tags: [], columns: {} });
    // Stop before building a million phrases (the options page would freeze): one pack holds at most this many.
    if (rows.length > PACK_LIMITS.maxPhrases) {
      return { ok: false, errors: [makeIssue('', 'input.tooManyPhrases', { max: PACK_LIMITS.maxPhrases }, locale)], warnings };
    }
  }
  const built = packFromRows(rows, options.meta, {
    idPrefix: 't',
    locale,
    ...(options.groupName === undefined ? {} : { defaultGroupName: options.groupName }),
  });
  if (!built.ok) return { ok: false, errors: built.errors, warnings: [...warnings, ...built.warnings] };
  return {
    ok: true,
    pack: built.pack,
    rejected: [...rejected, ...built.rejected],
    warnings: [...warnings, ...built.warnings],
    layout,
  };
}
