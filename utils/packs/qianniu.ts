/**
 * Qianniu's quick-phrase file, written as Qianniu itself writes it ("千牛格式"): the header
 * `快捷短语编码,快捷短语,快捷短语分组` (code, text, group), one level of groups, no title or tags,
 * a line break in a cell as `&#13;` and a comma as `&#44;` (cell-entities.ts), CRLF line ends,
 * GBK (what Qianniu reads) or UTF-8 with BOM.
 *
 * Qianniu's limits (at most 500 quick phrases, 800 per phrase with a Chinese character counting 2,
 * one level of groups) are checked before anything is written: `checkQianniuLimits` lists every
 * phrase the file would lose or change and why, and the rows exactly as they would be written, so
 * the manager can show the report and write the file only when the lead says so. Nothing is cut
 * that the report does not name.
 */
import Papa from 'papaparse';
import { encodeCellEntities } from './cell-entities';
import { groupNamePaths } from './csv';
import { charactersOutsideGbk, encodeGbk } from './encoding';
import { FORMULA_START } from './formulae';
import { QIANNIU_LIMITS } from './limits';
import { GROUP_SEPARATOR } from './rows';
import type { PackV1 } from './schema';
import { graphemes, titleOrDerived } from './title';

/** The header of Qianniu's quick-phrase export, in its column order. */
export const QIANNIU_HEADER = ['快捷短语编码', '快捷短语', '快捷短语分组'] as const;

export type QianniuEncoding = 'gbk' | 'utf-8-bom';
/** What Qianniu (a Chinese Windows program) reads and writes. */
export const QIANNIU_DEFAULT_ENCODING: QianniuEncoding = 'gbk';

const HAN = /\p{Script=Han}/u;

/**
 * Length of a phrase by Qianniu's rule: a Chinese character takes 2, anything else
 * (letters, digits, punctuation, spaces, emoji) takes 1 per character.
 */
export function qianniuLength(text: string): number {
  let length = 0;
  for (const char of text) length += HAN.test(char) ? 2 : 1;
  return length;
}

/** What the Qianniu file would lose or change for one phrase (its position in the export, id and title). */
export type QianniuCut = { index: number; id: string; title: string } & (
  | /** Beyond the 500th phrase: not written. */ { kind: 'overCount' }
  | /** Longer than 800 by Qianniu's count: its text is cut to `keptLength`. */ { kind: 'tooLong'; length: number; keptLength: number }
  | /** Characters GBK has no code for, written as `?` (a UTF-8 file keeps them). */ { kind: 'notInGbk'; characters: string[] }
  | /** A cell starting with = + - @ gets a leading ' so spreadsheets do not run it; Qianniu keeps the '. */ { kind: 'formula' }
);

/** A nested group: Qianniu has one level, so it is written as one group named by its path (`售后=>退货`). */
export interface QianniuGroupChange {
  /** Names from the root down. */
  path: readonly string[];
  /** The one-level group name written. */
  written: string;
  /** Phrases written in it. */
  phrases: number;
}

/** One row of the file: code, text, group, as written (before the cell references). */
export type QianniuRow = readonly [code: string, text: string, group: string];

export interface QianniuReport {
  /** True when the file holds every phrase as it is (nothing in `cuts` or `groups`). */
  ok: boolean;
  /** Phrases in the pack, and rows the file holds (at most 500). */
  total: number;
  written: number;
  /** In export order; the phrases beyond 500 come last. */
  cuts: QianniuCut[];
  groups: QianniuGroupChange[];
  rows: QianniuRow[];
  encoding: QianniuEncoding;
}

/** Checks a pack against Qianniu's limits and lays out the rows a Qianniu file of it would hold. */
export function checkQianniuLimits(
  pack: Pick<PackV1, 'groups' | 'phrases'>,
  options: { encoding?: QianniuEncoding } = {},
): QianniuReport {
  const encoding = options.encoding ?? QIANNIU_DEFAULT_ENCODING;
  const namesOf = groupNamePaths(pack.groups);
  const cuts: QianniuCut[] = [];
  const over: QianniuCut[] = [];
  const groups = new Map<string, QianniuGroupChange>();
  const rows: QianniuRow[] = [];
  pack.phrases.forEach((phrase, index) => {
    const who = { index, id: phrase.id, title: titleOrDerived(phrase) };
    if (index >= QIANNIU_LIMITS.maxPhrases) {
      over.push({ ...who, kind: 'overCount' });
      return;
    }
    const path = namesOf(phrase.group);
    const group = path.join(GROUP_SEPARATOR);
    if (path.length > 1) {
      const change = groups.get(group) ?? { path, written: group, phrases: 0 };
      change.phrases++;
      groups.set(group, change);
    }
    const code = phrase.shortcut ?? '';
    const escaped = [code, phrase.text, group].some((cell) => FORMULA_START.test(cell));
    // The text is cut so that the cell as written (with a protective ' where it gets one) fits.
    const budget = QIANNIU_LIMITS.maxLength - (FORMULA_START.test(phrase.text) ? 1 : 0);
    const length = qianniuLength(phrase.text);
    let text = phrase.text;
    if (length > budget) {
      text = cutToQianniuLength(phrase.text, budget);
      cuts.push({ ...who, kind: 'tooLong', length, keptLength: qianniuLength(text) });
    }
    if (encoding === 'gbk') {
      const characters = charactersOutsideGbk(`${code}${text}${group}`);
      if (characters.length > 0) cuts.push({ ...who, kind: 'notInGbk', characters });
    }
    if (escaped) cuts.push({ ...who, kind: 'formula' });
    rows.push([code, text, group]);
  });
  cuts.push(...over);
  const changes = [...groups.values()];
  return { ok: cuts.length === 0 && changes.length === 0, total: pack.phrases.length, written: rows.length, cuts, groups: changes, rows, encoding };
}

/** The longest start of `text` (whole graphemes) within `max` by Qianniu's count. */
export function cutToQianniuLength(text: string, max: number): string {
  let used = 0;
  let out = '';
  for (const part of graphemes(text)) {
    const length = qianniuLength(part);
    if (used + length > max) break;
    used += length;
    out += part;
  }
  return out;
}

/** The CSV text of a report's rows: Qianniu's header and column order, cell references for line breaks and commas. */
export function qianniuCsvText(rows: readonly QianniuRow[]): string {
  const cell = (value: string) => encodeCellEntities(FORMULA_START.test(value) ? `'${value}` : value);
  // Only a quote still needs CSV quoting (line breaks and commas are references by now); papaparse doubles it.
  const csv = Papa.unparse({ fields: [...QIANNIU_HEADER], data: rows.map((row) => row.map(cell)) }, { newline: '\r\n', escapeFormulae: false });
  return `${csv}\r\n`;
}

/** The file's bytes in the report's encoding (GBK writes `?` for what the report lists as notInGbk). */
export function qianniuCsvBytes(report: Pick<QianniuReport, 'rows' | 'encoding'>): Uint8Array<ArrayBuffer> {
  const text = qianniuCsvText(report.rows);
  if (report.encoding === 'gbk') return encodeGbk(text).bytes;
  const body = new TextEncoder().encode(text);
  const out = new Uint8Array(body.length + 3);
  out.set([0xef, 0xbb, 0xbf]);
  out.set(body, 3);
  return out;
}
