import Papa from 'papaparse';
import { decodeCellEntities } from './cell-entities';
import { readImportText } from './encoding';
import { FORMULA_START, unescapeFormula } from './formulae';
import { PACK_LIMITS } from './limits';
import { makeIssue, packMessage, type PackIssue, type PackLocale } from './messages';
import { GROUP_SEPARATOR, packFromRows, type RowPhrase } from './rows';
import type { PackGroup, PackMeta, PackV1 } from './schema';
import { joinQuestions, splitQuestions } from './questions';

/**
 * Qianniu-style CSV (the quick-phrase export of the Qianniu workbench and the sheets teams keep
 * in Excel). Columns are found by their header names, not by position; rows above the header
 * (shop or account markers) are skipped; a group written `父=>子` is a nested group. Qianniu's own
 * export (`快捷短语编码,快捷短语,快捷短语分组`: code, text, one level of groups, no title) is one of
 * these layouts, and its `&#13;` / `&#44;` cell references are read back as a line break and a comma.
 * Row numbers in messages are the row numbers Excel shows (one row per record, header included).
 */

type Column = 'group' | 'shortcut' | 'title' | 'text' | 'tags' | 'questions';

/** Header names (compared after trimming, lower-casing and removing spaces). */
const HEADER_ALIASES: Readonly<Record<Column, readonly string[]>> = {
  // 快捷短语分组 / 快捷短语编码: the header of Qianniu's own quick-phrase export (快捷短语编码,快捷短语,快捷短语分组).
  group: ['分组', '分组名', '分组名称', '快捷短语分组', '分組', '分組名稱', '快捷短語分組', 'group', 'groupname', 'category'],
  shortcut: ['快捷编码', '快捷码', '编码', '快捷短语编码', '快捷編碼', '編碼', '快捷短語編碼', 'shortcut', 'shortcutcode', 'code'],
  title: ['标题', '標題', 'title'],
  text: ['快捷短语', '短语', '短语内容', '内容', '快捷短語', '短語', '內容', 'text', 'content', 'phrase'],
  tags: ['标签', '標籤', 'tags', 'tag'],
  // Example customer questions, one per line in the cell (or separated by |).
  questions: ['示例问题', '客户问题', '问题', '示例問題', '客戶問題', '問題', 'questions', 'question', 'examplequestions', 'customerquestions'],
};

const ALIAS_TO_COLUMN = new Map<string, Column>(
  (Object.entries(HEADER_ALIASES) as [Column, readonly string[]][]).flatMap(([column, names]) =>
    names.map((name) => [name, column] as const),
  ),
);

function normaliseHeader(cell: string): string {
  return cell.replace(/^\uFEFF/, '').replace(/\s+/g, '').toLowerCase();
}

/** How many rows at the top may be markers before the header must appear. */
const MAX_MARKER_ROWS = 20;
const DELIMITERS = [',', '\t', ';'] as const;

export interface CsvImportOptions {
  /** Pack metadata for the imported phrases (id and name at least). */
  meta: PackMeta;
  locale?: PackLocale;
  /** Charset the file was labelled with, if any (a wrong UTF-8 label is detected and ignored). */
  declaredEncoding?: string;
  /** Name of the group for rows with an empty group cell (default: localized "Ungrouped"). */
  defaultGroupName?: string;
  /** Most phrase rows read; a file with more is refused (default PACK_LIMITS.maxPhrases). */
  maxRows?: number;
}

export type CsvImportResult =
  | { ok: true; pack: PackV1; rejected: PackIssue[]; warnings: PackIssue[]; encoding: string }
  | { ok: false; errors: PackIssue[]; warnings: PackIssue[] };

/** Imports a Qianniu-style CSV file (bytes in any supported encoding, or already decoded text). */
export function parseCsvPack(input: string | ArrayBuffer | Uint8Array, options: CsvImportOptions): CsvImportResult {
  const locale = options.locale ?? 'en';
  const warnings: PackIssue[] = [];
  const decoded = readImportText(input, { declared: options.declaredEncoding, locale });
  if (!decoded.ok) return { ok: false, errors: decoded.errors, warnings };
  const { text, encoding } = decoded;
  warnings.push(...decoded.warnings);
  if (text.trim() === '') return { ok: false, errors: [makeIssue('', 'input.empty', {}, locale)], warnings };

  const header = findHeader(text);
  if (header === null) return { ok: false, errors: [makeIssue('', 'csv.noHeader', {}, locale)], warnings };
  if (!header.columns.has('text')) return { ok: false, errors: [makeIssue('', 'csv.noTextColumn', {}, locale)], warnings };

  const rowLabel = (index: number) => packMessage('row.label', { row: index + 1 }, locale);
  const rejected: PackIssue[] = [];
  const badRows = new Set<number>();
  const data: string[][] = [];
  const maxRows = options.maxRows ?? PACK_LIMITS.maxPhrases;
  let filledRows = 0;
  let tooMany = false;
  let escapedCells = 0;
  // Row by row, counting: a million-row file stops at the phrase limit instead of freezing the page.
  Papa.parse<string[]>(text, {
    delimiter: header.delimiter,
    skipEmptyLines: false,
    step: (result, parser) => {
      const index = data.length;
      const row = result.data.map((raw) => {
        if (index <= header.row) return raw;
        const { cell, escaped } = unescapeFormula(raw);
        if (escaped) escapedCells++;
        // Wangwang-family files write a line break in a cell as &#13; and a comma as &#44;.
        return decodeCellEntities(cell);
      });
      data.push(row);
      if (index <= header.row) return;
      for (const error of result.errors) {
        badRows.add(index);
        if (error.code === 'MissingQuotes') rejected.push(makeIssue(rowLabel(index), 'csv.unclosedQuote', {}, locale));
        else if (error.code === 'InvalidQuotes') rejected.push(makeIssue(rowLabel(index), 'csv.badQuote', {}, locale));
        else rejected.push(makeIssue(rowLabel(index), 'csv.parse', { detail: error.message }, locale));
      }
      if (row.some((cell) => cell.trim() !== '') && ++filledRows > maxRows) {
        tooMany = true;
        parser.abort();
      }
    },
  });
  if (tooMany) return { ok: false, errors: [makeIssue('', 'input.tooManyPhrases', { max: maxRows }, locale)], warnings };
  if (escapedCells > 0) warnings.push(makeIssue('', 'csv.formulaeUnescaped', { count: escapedCells }, locale));

  const width = header.cells.length;
  const cellOf = (row: readonly string[], column: Column): string => {
    const index = header.columns.get(column);
    return index === undefined ? '' : (row[index] ?? '');
  };
  const columnNames: RowPhrase['columns'] = {};
  for (const [column, index] of header.columns) columnNames[column] = (header.cells[index] ?? '').trim();

  const rows: RowPhrase[] = [];
  data.forEach((row, index) => {
    if (index <= header.row || badRows.has(index)) return;
    if (row.every((cell) => cell.trim() === '')) return;
    // Extra cells are tolerated when empty (Excel's trailing commas); anything else is a broken row.
    const extraFilled = row.slice(width).some((cell) => cell.trim() !== '');
    if (row.length < width || extraFilled) {
      rejected.push(makeIssue(rowLabel(index), 'csv.columnCount', { actual: row.length, expected: width }, locale));
      return;
    }
    const group = cellOf(row, 'group');
    rows.push({
      label: rowLabel(index),
      groupPath: group
        .split(GROUP_SEPARATOR)
        .map((part) => part.trim())
        .filter((part) => part !== ''),
      title: cellOf(row, 'title').trim(),
      text: normaliseText(cellOf(row, 'text')),
      shortcut: cellOf(row, 'shortcut').trim(),
      tags: cellOf(row, 'tags')
        .split(/[,，;；、]/)
        .map((tag) => tag.trim())
        .filter((tag) => tag !== ''),
      questions: splitQuestions(cellOf(row, 'questions')),
      columns: columnNames,
    });
  });

  const built = packFromRows(rows, options.meta, {
    idPrefix: 'q',
    locale,
    ...(options.defaultGroupName === undefined ? {} : { defaultGroupName: options.defaultGroupName }),
  });
  if (!built.ok) return { ok: false, errors: built.errors, warnings: [...warnings, ...built.warnings] };
  return {
    ok: true,
    pack: built.pack,
    rejected: sortByRow([...rejected, ...built.rejected]),
    warnings: [...warnings, ...built.warnings],
    encoding,
  };
}

/** Line breaks inside a cell become \n; surrounding blank space is dropped. */
function normaliseText(cell: string): string {
  return cell.replace(/\r\n?/g, '\n').trim();
}

function sortByRow(issues: PackIssue[]): PackIssue[] {
  const rowOf = (issue: PackIssue) => Number(/\d+/.exec(issue.path)?.[0] ?? 0);
  return issues.map((issue, i) => ({ issue, i })).sort((a, b) => rowOf(a.issue) - rowOf(b.issue) || a.i - b.i).map((x) => x.issue);
}

interface HeaderInfo {
  delimiter: string;
  row: number;
  cells: string[];
  columns: Map<Column, number>;
}

/** Finds the header row (the first of the top rows naming a phrase column) and the delimiter. */
function findHeader(text: string): HeaderInfo | null {
  let fallback: HeaderInfo | null = null;
  for (const delimiter of DELIMITERS) {
    const preview = Papa.parse<string[]>(text, { delimiter, preview: MAX_MARKER_ROWS + 1, skipEmptyLines: false });
    for (let row = 0; row < preview.data.length; row++) {
      const cells = preview.data[row] ?? [];
      const columns = new Map<Column, number>();
      cells.forEach((cell, index) => {
        const column = ALIAS_TO_COLUMN.get(normaliseHeader(cell));
        if (column !== undefined && !columns.has(column)) columns.set(column, index);
      });
      if (columns.has('text')) return { delimiter, row, cells, columns };
      // A header naming other columns but no phrase column: remember it to report that precisely.
      if (fallback === null && columns.size >= 2) fallback = { delimiter, row, cells, columns };
    }
  }
  return fallback;
}

export interface CsvExportOptions {
  locale?: PackLocale;
  /** Prefix a UTF-8 byte order mark so Excel reads the file as UTF-8 (default true). */
  bom?: boolean;
}

/** The questions column, written only when some phrase has questions (utils/packs/questions.ts). */
const QUESTIONS_HEADER: Readonly<Record<PackLocale, string>> = { 'zh-CN': '示例问题', 'zh-TW': '示例問題', en: 'questions' };

const EXPORT_HEADERS: Readonly<Record<PackLocale, readonly [string, string, string, string]>> = {
  'zh-CN': ['分组', '快捷编码', '标题', '快捷短语'],
  'zh-TW': ['分組', '快捷編碼', '標題', '快捷短語'],
  en: ['group', 'shortcut', 'title', 'text'],
};

/**
 * Writes a pack as Qianniu-style CSV: columns group, shortcut, title, text (named in the UI
 * language), nested groups as `父=>子`, CRLF line ends, UTF-8 with BOM by default; cells starting
 * with = + - @ (or tab / CR) are written with a leading ' so spreadsheets do not run them.
 */
export function packToCsv(pack: Pick<PackV1, 'groups' | 'phrases'>, options: CsvExportOptions = {}): string {
  const namesOf = groupNamePaths(pack.groups);
  const groupPath = (id: string): string => namesOf(id).join(GROUP_SEPARATOR);
  const withQuestions = pack.phrases.some((phrase) => (phrase.questions?.length ?? 0) > 0);
  const rows = pack.phrases.map((phrase) => {
    const row = [groupPath(phrase.group), phrase.shortcut ?? '', phrase.title, phrase.text];
    return withQuestions ? [...row, joinQuestions(phrase.questions)] : row;
  });
  const locale = options.locale ?? 'zh-CN';
  const fields = [...EXPORT_HEADERS[locale], ...(withQuestions ? [QUESTIONS_HEADER[locale]] : [])];
  // Cells that a spreadsheet would run as a formula get a leading ' (read back by parseCsvPack).
  const csv = Papa.unparse({ fields, data: rows }, { newline: '\r\n', escapeFormulae: FORMULA_START });
  return (options.bom ?? true) ? `\uFEFF${csv}\r\n` : `${csv}\r\n`;
}

/**
 * The names from the root group down to each group of a pack (`['售后', '退货']`), for files that write a group as
 * its path; a group the pack does not define is named by its id. Cached per group.
 */
export function groupNamePaths(groups: readonly PackGroup[]): (id: string) => readonly string[] {
  const byId = new Map(groups.map((group) => [group.id, group]));
  const cache = new Map<string, readonly string[]>();
  return (id) => {
    const cached = cache.get(id);
    if (cached !== undefined) return cached;
    const names: string[] = [];
    const seen = new Set<string>();
    let current = byId.get(id);
    while (current !== undefined && !seen.has(current.id)) {
      seen.add(current.id);
      names.unshift(current.name);
      current = current.parent === undefined ? undefined : byId.get(current.parent);
    }
    const path = names.length === 0 ? [id] : names;
    cache.set(id, path);
    return path;
  };
}
