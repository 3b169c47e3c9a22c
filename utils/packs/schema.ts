import * as v from 'valibot';
import { readJson } from './json';
import { PACK_LIMITS, utf8ByteLength } from './limits';
import { formatBytes, makeIssue, type PackIssue, type PackLocale } from './messages';
import { validateRules } from './rules';
import { toIssues } from './issues';
import { hasDates } from '../validity/fields';
import { FIELD_VERSIONS, itemSchemas, PackMetaSchema, type PackGroup, type PackMeta, type PackPhrase } from './schema-items';

export { PackGroupSchema, PackMetaSchema, PackPhraseSchema, ShortcutSchema, type PackGroup, type PackMeta, type PackPhrase } from './schema-items';

/**
 * Pack format versions 1 to 3 (docs/pack-format.md). Field shapes are checked by the valibot schemas of
 * schema-items.ts; relations between items (duplicate ids, group references, nesting cycles) are checked after
 * them, so every problem is reported in one pass with its path.
 */

export const PACK_FORMAT = 'huashu.pack';
/** The newest format version (what a pack with per-site variants is written as). */
export const PACK_VERSION = 3;
/** The versions this reader accepts; version 1 is version 2 without validity windows and review dates, version 2 is
 *  version 3 without per-site variants. */
export type PackVersion = 1 | 2 | 3;
const READS: readonly unknown[] = [1, 2, 3];

export interface PackV1 {
  format: typeof PACK_FORMAT;
  version: PackVersion;
  pack: PackMeta;
  groups: PackGroup[];
  phrases: PackPhrase[];
  /** Custom tone rules (validated against the tone rule schema; kept as given). */
  rules?: unknown[];
}

/** The oldest version that holds a pack: 3 when a phrase has per-site variants, 2 when a group or phrase has a
 *  validity window or review date, else 1. */
export function versionFor(pack: Pick<PackV1, 'groups' | 'phrases'>): PackVersion {
  if (pack.phrases.some((p) => (p.variants?.length ?? 0) > 0)) return 3;
  return pack.groups.some(hasDates) || pack.phrases.some(hasDates) ? 2 : 1;
}

/** Top-level shape; items are validated one by one below so each can be reported (or skipped) alone. */
const DocumentSchema = v.object(
  {
    format: v.unknown(),
    version: v.unknown(),
    pack: v.unknown(),
    groups: v.optional(v.pipe(v.array(v.unknown(), 'type.array'), v.maxLength(PACK_LIMITS.maxGroups, 'tooMany'))),
    phrases: v.pipe(v.array(v.unknown(), 'type.array'), v.maxLength(PACK_LIMITS.maxPhrases, 'tooMany')),
    rules: v.optional(v.pipe(v.array(v.unknown(), 'type.array'), v.maxLength(PACK_LIMITS.maxRules, 'tooMany'))),
  },
  'type.object',
);

const KNOWN_KEYS = {
  document: new Set(Object.keys(DocumentSchema.entries)),
  pack: new Set(Object.keys(PackMetaSchema.entries)),
};

export interface ParseOptions {
  locale?: PackLocale;
  /**
   * Keep the valid groups and phrases when some are invalid: the invalid ones are left out and
   * listed in `rejected`. Problems with the document itself (JSON, format, version, pack
   * metadata, forbidden keys, size) still fail the parse. Default false: any problem fails.
   */
  partial?: boolean;
}

export type ParseResult =
  | { ok: true; pack: PackV1; warnings: PackIssue[]; rejected: PackIssue[] }
  | { ok: false; errors: PackIssue[]; warnings: PackIssue[] };

/** Reads pack JSON text (or an already parsed value) and validates it against pack format v1. */
export function parsePack(input: string | unknown, options: ParseOptions = {}): ParseResult {
  const locale = options.locale ?? 'en';
  let value: unknown = input;
  if (typeof input === 'string') {
    const size = utf8ByteLength(input);
    if (size > PACK_LIMITS.maxBytes) {
      const params = { size: formatBytes(size), limit: formatBytes(PACK_LIMITS.maxBytes) };
      return { ok: false, errors: [makeIssue('', 'input.tooLarge', params, locale)], warnings: [] };
    }
    const stripped = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
    if (stripped.trim() === '') return { ok: false, errors: [makeIssue('', 'input.empty', {}, locale)], warnings: [] };
    const read = readJson(stripped, locale);
    if (!read.ok) return { ok: false, errors: read.errors, warnings: [] };
    value = read.value;
  } else {
    const read = readJson(safeStringify(input), locale);
    if (!read.ok) return { ok: false, errors: read.errors, warnings: [] };
    value = read.value;
  }
  return validateDocument(value, options.partial === true, locale);
}

/** Non-string input is round-tripped through JSON so it is plain data (no getters, no prototypes). */
function safeStringify(value: unknown): string {
  try {
    return JSON.stringify(value) ?? 'null';
  } catch {
    return 'null';
  }
}

function validateDocument(value: unknown, partial: boolean, locale: PackLocale): ParseResult {
  const warnings: PackIssue[] = [];
  const fatal: PackIssue[] = [];
  const itemErrors: PackIssue[] = [];

  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, errors: [makeIssue('', 'format.wrong', { actual: describe(value) }, locale)], warnings };
  }
  // Format and version first: a file that is not a v1 pack gets one clear message, not a list.
  const { format, version } = value as { format?: unknown; version?: unknown };
  if (format !== PACK_FORMAT) {
    fatal.push(makeIssue('format', 'format.wrong', { actual: describe(format) }, locale));
  } else if (!READS.includes(version)) {
    fatal.push(makeIssue('version', 'version.unsupported', { actual: describe(version) }, locale));
  }
  if (fatal.length > 0) return { ok: false, errors: fatal, warnings };
  const doc = v.safeParse(DocumentSchema, value);
  if (!doc.success) {
    return { ok: false, errors: toIssues(doc.issues, '', locale), warnings };
  }
  const raw = doc.output;
  const packVersion = version as PackVersion;
  const items = itemSchemas(packVersion);
  unknownKeys(value, KNOWN_KEYS.document, '', warnings, locale);

  const meta = v.safeParse(PackMetaSchema, raw.pack);
  if (!meta.success) fatal.push(...toIssues(meta.issues, 'pack', locale));
  unknownKeys(raw.pack, KNOWN_KEYS.pack, 'pack', warnings, locale);

  const { groupById, keptGroups, validGroups, badGroupIds } = validateGroups(raw.groups ?? [], items, itemErrors, warnings, locale);

  // Phrases: shape, duplicate ids, group references, shortcut clashes (warning).
  const phrases: PackPhrase[] = [];
  const phraseById = new Map<string, number>();
  const shortcutOwner = new Map<string, number>();
  raw.phrases.forEach((item, index) => {
    const path = `phrases[${index}]`;
    const parsed = v.safeParse(items.phrase, item);
    unknownKeys(item, items.phraseKeys, path, warnings, locale, FIELD_VERSIONS.phrase);
    const problems: PackIssue[] = [];
    if (!parsed.success) problems.push(...toIssues(parsed.issues, path, locale));
    const id = parsed.success ? parsed.output.id : idOf(item);
    if (id !== undefined) {
      const first = phraseById.get(id);
      if (first !== undefined) {
        problems.push(makeIssue(`${path}.id`, 'id.duplicate', { id, first: `phrases[${first}]` }, locale));
      } else phraseById.set(id, index);
    }
    const groupRef = parsed.success ? parsed.output.group : stringField(item, 'group');
    if (groupRef !== undefined && !groupById.has(groupRef) && !badGroupIds.has(groupRef)) {
      problems.push(makeIssue(`${path}.group`, 'group.unknown', { group: groupRef }, locale));
    }
    if (problems.length > 0 || !parsed.success) {
      itemErrors.push(...problems);
      return;
    }
    if (!validGroups.has(parsed.output.group)) {
      // Its group exists but was rejected: the phrase is rejected with the group (reported there).
      itemErrors.push(makeIssue(`${path}.group`, 'group.rejected', { group: parsed.output.group }, locale));
      return;
    }
    const shortcut = parsed.output.shortcut;
    if (shortcut !== undefined) {
      const owner = shortcutOwner.get(shortcut.toLowerCase());
      if (owner !== undefined) {
        warnings.push(makeIssue(`${path}.shortcut`, 'shortcut.duplicate', { shortcut, first: `phrases[${owner}]` }, locale));
      } else shortcutOwner.set(shortcut.toLowerCase(), index);
    }
    phrases.push(parsed.output);
  });

  const rules = raw.rules === undefined ? undefined : validateRules(raw.rules, locale);
  const ruleErrors = rules?.errors ?? [];
  // In partial mode invalid rules are left out like invalid phrases; otherwise they fail the pack.
  if (partial) itemErrors.push(...ruleErrors);

  if (fatal.length > 0 || !meta.success || (!partial && itemErrors.length + ruleErrors.length > 0)) {
    return { ok: false, errors: [...fatal, ...itemErrors, ...(partial ? [] : ruleErrors)], warnings };
  }
  const pack: PackV1 = {
    format: PACK_FORMAT,
    version: packVersion,
    pack: meta.output,
    groups: keptGroups.filter((g) => validGroups.has(g.group.id)).map((g) => g.group),
    phrases,
  };
  if (rules !== undefined) pack.rules = rules.valid;
  return { ok: true, pack, warnings, rejected: itemErrors };
}

/** The document's groups: shape first, then duplicate ids and parents; a group whose ancestor was rejected is
 *  rejected too. Errors go to `itemErrors`, unknown keys to `warnings`. */
function validateGroups(
  items: readonly unknown[],
  schemas: ReturnType<typeof itemSchemas>,
  itemErrors: PackIssue[],
  warnings: PackIssue[],
  locale: PackLocale,
) {
  // Groups: shape first, then duplicate ids and parents.
  const groups: { index: number; group: PackGroup }[] = [];
  const badGroupIds = new Set<string>();
  items.forEach((item, index) => {
    const path = `groups[${index}]`;
    const parsed = v.safeParse(schemas.group, item);
    unknownKeys(item, schemas.groupKeys, path, warnings, locale, FIELD_VERSIONS.group);
    if (parsed.success) {
      groups.push({ index, group: parsed.output });
    } else {
      itemErrors.push(...toIssues(parsed.issues, path, locale));
      const id = idOf(item);
      if (id !== undefined) badGroupIds.add(id);
    }
  });
  const groupById = new Map<string, { index: number; group: PackGroup }>();
  const keptGroups: { index: number; group: PackGroup }[] = [];
  for (const entry of groups) {
    const first = groupById.get(entry.group.id);
    if (first !== undefined) {
      itemErrors.push(
        makeIssue(`groups[${entry.index}].id`, 'id.duplicate', { id: entry.group.id, first: `groups[${first.index}]` }, locale),
      );
      continue;
    }
    groupById.set(entry.group.id, entry);
    keptGroups.push(entry);
  }
  const validGroups = new Set<string>();
  for (const entry of keptGroups) {
    const problem = groupParentProblem(entry.group, groupById);
    if (problem === null) {
      validGroups.add(entry.group.id);
      continue;
    }
    const code = problem === 'cycle' ? 'group.cycle' : 'group.parentUnknown';
    const group = problem === 'cycle' ? entry.group.id : (entry.group.parent ?? '');
    itemErrors.push(makeIssue(`groups[${entry.index}].parent`, code, { group }, locale));
  }
  // A group whose ancestor was rejected is rejected too (its parent no longer exists).
  let changed = true;
  while (changed) {
    changed = false;
    for (const id of validGroups) {
      const parent = groupById.get(id)?.group.parent;
      if (parent !== undefined && !validGroups.has(parent)) {
        validGroups.delete(id);
        changed = true;
      }
    }
  }
  return { groupById, keptGroups, validGroups, badGroupIds };
}

function groupParentProblem(
  group: PackGroup,
  byId: Map<string, { group: PackGroup }>,
): 'unknown' | 'cycle' | null {
  const seen = new Set<string>([group.id]);
  let parent = group.parent;
  while (parent !== undefined) {
    if (seen.has(parent)) return 'cycle';
    const next = byId.get(parent);
    if (next === undefined) return 'unknown';
    seen.add(parent);
    parent = next.group.parent;
  }
  return null;
}

function stringField(item: unknown, key: 'id' | 'group'): string | undefined {
  if (item === null || typeof item !== 'object' || Array.isArray(item)) return undefined;
  const value: unknown = (item as Record<string, unknown>)[key];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

const idOf = (item: unknown) => stringField(item, 'id');

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  const json = JSON.stringify(value);
  return json.length > 40 ? `${json.slice(0, 40)}…` : json;
}

/** Keys the version does not define are dropped with a warning; a later version's field says which version has it. */
function unknownKeys(item: unknown, known: ReadonlySet<string>, path: string, out: PackIssue[], locale: PackLocale, later: Readonly<Record<string, 2 | 3>> = {}) {
  if (item === null || typeof item !== 'object' || Array.isArray(item)) return;
  for (const key of Object.keys(item)) {
    if (known.has(key)) continue;
    const needs = Object.hasOwn(later, key) ? later[key] : undefined;
    const code = needs === 3 ? 'field.needsVersion3' : needs === 2 ? 'field.needsVersion2' : 'field.unknown';
    out.push(makeIssue(path === '' ? key : `${path}.${key}`, code, { key }, locale));
  }
}
