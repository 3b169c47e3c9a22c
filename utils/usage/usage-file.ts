/**
 * The anonymous usage file an agent exports for the team lead (format 'huashu.usage', version 1): for each phrase of
 * a team pack, its ids and counts — no phrase text, no customer or draft text, no name. The agent's own phrases are
 * not in it. Read back with a clear error for anything else; several files sum up into the team's view.
 */
import * as v from 'valibot';
import { PERSONAL, type PhraseRecord } from '../db/types';
import { NO_OUTCOMES, type PhraseOutcomes } from './outcomes';
import type { UsageCounts } from './insights';

export const USAGE_FORMAT = 'huashu.usage';
export const USAGE_VERSION = 1;
/** Larger files are refused before they are read. */
export const USAGE_FILE_MAX_BYTES = 5 * 1024 * 1024;
const ENTRIES_MAX = 100_000;

export interface UsageEntry {
  /** The pack's id and the phrase's id inside it (what the lead's library knows it by). */
  pack: string;
  phrase: string;
  inserted: number;
  asIs: number;
  edited: number;
  removed: number;
  /** Share of the text changed, summed over the edited sends. */
  changeSum: number;
  /** Day of the last insertion (UTC, YYYY-MM-DD), or null. */
  lastUsed: string | null;
}

export interface UsageFile {
  format: typeof USAGE_FORMAT;
  version: typeof USAGE_VERSION;
  /** A random id of this export (not of the agent): the same file imported twice is counted once. */
  id: string;
  /** Day of the export (UTC). */
  exported: string;
  phrases: UsageEntry[];
}

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The file for this library: team-pack phrases with any use. */
export function buildUsageFile(phrases: readonly PhraseRecord[], now: number, id: string): UsageFile {
  const entries: UsageEntry[] = [];
  for (const p of phrases) {
    if (p.packId === PERSONAL || p.packPhraseId === undefined) continue;
    const o = p.outcomes ?? NO_OUTCOMES;
    if (p.usageCount === 0 && o.asIs + o.edited + o.removed === 0) continue;
    entries.push({ pack: p.packId, phrase: p.packPhraseId, inserted: p.usageCount, asIs: o.asIs, edited: o.edited, removed: o.removed, changeSum: Math.round(o.changeSum * 1000) / 1000, lastUsed: p.lastUsedAt === null ? null : day(p.lastUsedAt) });
  }
  return { format: USAGE_FORMAT, version: USAGE_VERSION, id, exported: day(now), phrases: entries };
}

const count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1e9));
const isoDay = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/));
const entrySchema = v.strictObject({
  pack: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
  phrase: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
  inserted: count,
  asIs: count,
  edited: count,
  removed: count,
  changeSum: v.pipe(v.number(), v.minValue(0), v.maxValue(1e9)),
  lastUsed: v.nullable(isoDay),
});
const fileSchema = v.strictObject({
  format: v.literal(USAGE_FORMAT),
  version: v.literal(USAGE_VERSION),
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
  exported: isoDay,
  phrases: v.pipe(v.array(entrySchema), v.maxLength(ENTRIES_MAX)),
});

export type UsageFileError =
  | { kind: 'tooLarge' }
  | { kind: 'notJson' }
  | { kind: 'notUsage' }
  | { kind: 'version'; version: string }
  | { kind: 'invalid'; path: string };

export type ParsedUsageFile = { ok: true; file: UsageFile } | { ok: false; error: UsageFileError };

/** Reads a usage file's text (untrusted). */
export function parseUsageFile(text: string): ParsedUsageFile {
  if (text.length > USAGE_FILE_MAX_BYTES) return { ok: false, error: { kind: 'tooLarge' } };
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, error: { kind: 'notJson' } };
  }
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== USAGE_FORMAT) return { ok: false, error: { kind: 'notUsage' } };
  const version = (data as { version?: unknown }).version;
  if (version !== USAGE_VERSION) return { ok: false, error: { kind: 'version', version: String(version) } };
  const parsed = v.safeParse(fileSchema, data);
  if (!parsed.success) return { ok: false, error: { kind: 'invalid', path: v.getDotPath(parsed.issues[0]) ?? '' } };
  return { ok: true, file: parsed.output as UsageFile };
}

/** One phrase's usage summed over the team's files. */
export interface TeamPhraseUsage extends UsageCounts {
  pack: string;
  phrase: string;
  /** How many of the files (agents) used it. */
  agents: number;
}

export const teamKey = (pack: string, phrase: string) => `${pack}\u0000${phrase}`;

/** The files summed per phrase (a file id seen twice counts once). */
export function teamUsage(files: readonly UsageFile[]): Map<string, TeamPhraseUsage> {
  const seen = new Set<string>();
  const out = new Map<string, TeamPhraseUsage>();
  for (const file of files) {
    if (seen.has(file.id)) continue;
    seen.add(file.id);
    for (const e of file.phrases) {
      const key = teamKey(e.pack, e.phrase);
      const row = out.get(key) ?? { pack: e.pack, phrase: e.phrase, agents: 0, inserted: 0, outcomes: { ...NO_OUTCOMES }, lastUsedAt: null };
      const o = row.outcomes as PhraseOutcomes;
      row.agents += 1;
      row.inserted += e.inserted;
      o.asIs += e.asIs;
      o.edited += e.edited;
      o.removed += e.removed;
      o.changeSum += e.changeSum;
      const last = e.lastUsed === null ? null : Date.parse(`${e.lastUsed}T00:00:00Z`);
      if (last !== null && !Number.isNaN(last) && (row.lastUsedAt === null || last > row.lastUsedAt)) row.lastUsedAt = last;
      out.set(key, row);
    }
  }
  return out;
}
