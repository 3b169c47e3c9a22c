import * as v from 'valibot';
import { hashText, uniqueId } from './ids';
import { PACK_LIMITS } from './limits';
import { makeIssue, packMessage, type PackIssue, type PackLocale } from './messages';
import { PACK_FORMAT, parsePack, ShortcutSchema, type PackGroup, type PackMeta, type PackPhrase, type PackV1 } from './schema';
import { deriveTitle } from './title';

/** One phrase read from a CSV row or a text block, before validation. */
export interface RowPhrase {
  /** Where it came from, as the user sees it: "row 7" / "第 7 行". */
  label: string;
  /** Group names from the root down (`父=>子` → ['父', '子']); empty for the default group. */
  groupPath: string[];
  title: string;
  text: string;
  shortcut: string;
  tags: string[];
  /** Example customer questions (a CSV column; none for text files and Qianniu files). */
  questions?: string[];
  /** Column names as written in the file, to name the field in messages. */
  columns: Partial<Record<'group' | 'title' | 'text' | 'shortcut' | 'tags' | 'questions', string>>;
}

export type RowsResult =
  | { ok: true; pack: PackV1; rejected: PackIssue[]; warnings: PackIssue[] }
  | { ok: false; errors: PackIssue[]; warnings: PackIssue[] };

export const GROUP_SEPARATOR = '=>';
const ITEM_ID = /^(?!\s)[^\p{Cc}]*(?<!\s)$/u;

/**
 * Builds a pack from rows and validates it with the pack schema (partial mode), then renames the
 * paths of the problems (`phrases[3].text`) to the rows they came from (`row 7 · 快捷短语`).
 * Ids are derived from the row's content (shortcut, else group + title, else text) so a re-import
 * of an edited file keeps the ids of the phrases it kept.
 */
export function packFromRows(
  rows: readonly RowPhrase[],
  meta: PackMeta,
  options: { idPrefix: string; locale: PackLocale; defaultGroupName?: string },
): RowsResult {
  const locale = options.locale;
  const groups: PackGroup[] = [];
  const groupLabels: RowPhrase[] = [];
  const groupIdByKey = new Map<string, string>();
  const takenGroupIds = new Set<string>();
  const groupIdFor = (path: readonly string[], row: RowPhrase): string => {
    if (path.length === 0) {
      const existing = groupIdByKey.get('');
      if (existing !== undefined) return existing;
      const id = uniqueId('ungrouped', takenGroupIds);
      groupIdByKey.set('', id);
      groups.push({ id, name: options.defaultGroupName ?? packMessage('group.ungrouped', {}, locale) });
      groupLabels.push(row);
      return id;
    }
    let parent: string | undefined;
    for (let depth = 1; depth <= path.length; depth++) {
      const key = path.slice(0, depth).join(GROUP_SEPARATOR);
      let id = groupIdByKey.get(key);
      if (id === undefined) {
        const readable = key.length <= PACK_LIMITS.maxIdLength && ITEM_ID.test(key) && key !== 'ungrouped';
        id = uniqueId(readable ? key : `g-${hashText(key)}`, takenGroupIds);
        groupIdByKey.set(key, id);
        const group: PackGroup = { id, name: path[depth - 1] as string };
        if (parent !== undefined) group.parent = parent;
        groups.push(group);
        groupLabels.push(row);
      }
      parent = id;
    }
    return parent as string;
  };

  const takenPhraseIds = new Set<string>();
  const dropped: PackIssue[] = [];
  const phrases: PackPhrase[] = rows.map((row) => {
    const group = groupIdFor(row.groupPath, row);
    // Keyed by the row as written (a derived title is not part of the key), so ids stay as they were.
    const key =
      row.shortcut !== ''
        ? `s\u0000${row.shortcut}`
        : row.title !== ''
          ? `t\u0000${row.groupPath.join(GROUP_SEPARATOR)}\u0000${row.title}`
          : `x\u0000${row.text}`;
    const phrase: PackPhrase = {
      id: uniqueId(`${options.idPrefix}-${hashText(key)}`, takenPhraseIds),
      group,
      // Qianniu files and text files have no titles: lists show the start of the text instead.
      title: row.title !== '' ? row.title : deriveTitle(row.text),
      text: row.text,
      tags: row.tags,
      ...(row.questions !== undefined && row.questions.length > 0 ? { questions: row.questions } : {}),
    };
    const shortcut = checkShortcut(row, locale);
    if (shortcut.ok) {
      if (shortcut.code !== undefined) phrase.shortcut = shortcut.code;
    } else dropped.push(shortcut.issue);
    return phrase;
  });

  const candidate: PackV1 = { format: PACK_FORMAT, version: 1, pack: meta, groups, phrases };
  const parsed = parsePack(candidate, { partial: true, locale });
  const rename = (issue: PackIssue): PackIssue => renameIssue(issue, rows, groupLabels, locale);
  if (!parsed.ok) return { ok: false, errors: parsed.errors.map(rename), warnings: [...dropped, ...parsed.warnings.map(rename)] };
  return { ok: true, pack: parsed.pack, rejected: parsed.rejected.map(rename), warnings: [...dropped, ...parsed.warnings.map(rename)] };
}

/**
 * A row's code checked as every shortcut is (ShortcutSchema). A code that is not valid does not cost the row its
 * phrase: the phrase comes without a shortcut, and a warning names the row, the code and why.
 */
function checkShortcut(row: RowPhrase, locale: PackLocale): { ok: true; code: string | undefined } | { ok: false; issue: PackIssue } {
  const checked = v.safeParse(ShortcutSchema, row.shortcut);
  if (checked.success) return { ok: true, code: checked.output };
  const path = row.columns.shortcut === undefined ? row.label : `${row.label} · ${row.columns.shortcut}`;
  const tooLong = checked.issues.some((issue) => issue.message === 'tooLong');
  const issue = tooLong
    ? makeIssue(path, 'shortcut.droppedTooLong', { shortcut: row.shortcut, max: PACK_LIMITS.maxShortcutLength }, locale)
    : makeIssue(path, 'shortcut.droppedInvalid', { shortcut: row.shortcut }, locale);
  return { ok: false, issue };
}

const ITEM_PATH = /^(phrases|groups)\[(\d+)\](?:\.(\w+))?/;

function renameIssue(issue: PackIssue, rows: readonly RowPhrase[], groupRows: readonly RowPhrase[], locale: PackLocale): PackIssue {
  const label = (path: string): string => {
    const match = ITEM_PATH.exec(path);
    if (match === null) return path;
    const row = (match[1] === 'phrases' ? rows : groupRows)[Number(match[2])];
    if (row === undefined) return path;
    const field = match[1] === 'groups' ? 'group' : match[3];
    const column = field === undefined ? undefined : row.columns[field as keyof RowPhrase['columns']];
    return column === undefined ? row.label : `${row.label} · ${column}`;
  };
  const params = Object.fromEntries(
    Object.entries(issue.params).map(([k, v]) => [k, typeof v === 'string' && ITEM_PATH.test(v) ? label(v) : v]),
  );
  return makeIssue(label(issue.path), issue.code, params, locale);
}
