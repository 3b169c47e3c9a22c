import * as v from 'valibot';
import type { HuashuDB } from './database';
import { ToneRuleSchema, type ToneRule } from '../tone/schema';
import { runnableTeamRule } from '../packs/rules';
import type { GroupRecord, PackRecord, PhraseRecord, SubscriptionEntry } from './types';
import {
  readSiteState,
  readToneAllowList,
  readToneSettings,
  readUiSettings,
  type SiteState,
  type ToneAllowEntry,
  type ToneSettings,
  type UiSettings,
} from '../settings';


const SETTINGS_KEY = 'ui';
const siteKey = (origin: string) => `site:${origin}`;

/** A read of the library: phrases, groups (in their order) and the packs they come from (the agent's own phrases have no pack record). */
export interface LibraryData {
  phrases: PhraseRecord[];
  groups: GroupRecord[];
  packs: PackRecord[];
}

/** The whole library, hidden packs too (the phrase manager), read in one transaction. */
export async function loadLibrary(db: HuashuDB): Promise<LibraryData> {
  return db.transaction('r', db.packs, db.groups, db.phrases, async () => ({
    packs: await db.packs.toArray(),
    groups: await db.groups.orderBy('order').toArray(),
    phrases: await db.phrases.toArray(),
  }));
}

/** Phrases and groups of every pack the agent has not hidden, groups in their order. */
export async function loadVisibleLibrary(db: HuashuDB): Promise<LibraryData> {
  return loadPacks(db, false);
}

/** Phrases and groups of the packs the agent hid (the built-in packs in other languages, for one). */
export async function loadHiddenLibrary(db: HuashuDB): Promise<LibraryData> {
  return loadPacks(db, true);
}

async function loadPacks(db: HuashuDB, hiddenOnes: boolean): Promise<LibraryData> {
  const { packs, phrases, groups } = await loadLibrary(db);
  const hidden = new Set(packs.filter((p) => p.hidden).map((p) => p.id));
  const wanted = (packId: string) => hidden.has(packId) === hiddenOnes;
  return {
    phrases: phrases.filter((p) => wanted(p.packId)),
    groups: groups.filter((g) => wanted(g.packId)),
    packs: packs.filter((p) => wanted(p.id)),
  };
}

/** The UI settings; fields saved before they existed, or holding a value this version does not know, read as their defaults. */
export async function getUiSettings(db: HuashuDB): Promise<UiSettings> {
  return readUiSettings((await db.settings.get(SETTINGS_KEY))?.value);
}

export async function setUiSettings(db: HuashuDB, patch: Partial<UiSettings>): Promise<UiSettings> {
  return db.transaction('rw', db.settings, async () => {
    const next = { ...(await getUiSettings(db)), ...patch };
    await db.settings.put({ key: SETTINGS_KEY, value: next });
    return next;
  });
}

/** A site's sidebar state; missing or malformed fields read as their defaults. */
export async function getSiteState(db: HuashuDB, origin: string): Promise<SiteState> {
  return readSiteState((await db.settings.get(siteKey(origin)))?.value);
}

export async function setSiteState(db: HuashuDB, origin: string, state: SiteState): Promise<void> {
  const { open, width, collapsed, launcherBottom, launcherHidden } = state;
  await db.settings.put({ key: siteKey(origin), value: { open, width, collapsed, launcherBottom, launcherHidden } });
}

/** The sites where the agent hid the launcher (the options page offers to show it again). */
export async function sitesWithHiddenLauncher(db: HuashuDB): Promise<string[]> {
  const rows = await db.settings.where('key').startsWith(siteKey('')).toArray();
  return rows
    .filter((row) => readSiteState(row.value).launcherHidden)
    .map((row) => row.key.slice(siteKey('').length))
    .sort();
}

/** Count one use of a phrase (the agent inserted it). */
export async function recordUse(db: HuashuDB, id: string, now: number): Promise<void> {
  await db.phrases
    .where('id')
    .equals(id)
    .modify((p) => {
      p.usageCount += 1;
      p.lastUsedAt = now;
    });
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const SITES_KEY = 'sites';

/** Match patterns of the sites the agent enabled beyond the defaults. */
export async function getUserSites(db: HuashuDB): Promise<string[]> {
  const row = await db.settings.get(SITES_KEY);
  return Array.isArray(row?.value) ? row.value.filter((p): p is string => typeof p === 'string') : [];
}

export async function setUserSites(db: HuashuDB, patterns: readonly string[]): Promise<void> {
  await db.settings.put({ key: SITES_KEY, value: [...new Set(patterns)] });
}

const TONE_KEY = 'tone';
const TONE_ALLOW_KEY = 'tone-allow';

/** Tone-check settings; unknown or malformed fields read as their defaults, field by field. */
export async function getToneSettings(db: HuashuDB): Promise<ToneSettings> {
  return readToneSettings((await db.settings.get(TONE_KEY))?.value);
}

export async function setToneSettings(db: HuashuDB, patch: Partial<ToneSettings>): Promise<ToneSettings> {
  return db.transaction('rw', db.settings, async () => {
    const next = { ...(await getToneSettings(db)), ...patch };
    await db.settings.put({ key: TONE_KEY, value: next });
    return next;
  });
}

export async function getToneAllowList(db: HuashuDB): Promise<ToneAllowEntry[]> {
  return readToneAllowList((await db.settings.get(TONE_ALLOW_KEY))?.value);
}

export async function setToneAllowList(db: HuashuDB, entries: readonly ToneAllowEntry[]): Promise<ToneAllowEntry[]> {
  const seen = new Set<string>();
  const unique = entries.filter((e) => {
    const key = `${e.ruleId}\u0000${e.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  await db.settings.put({ key: TONE_ALLOW_KEY, value: unique.map((e) => ({ ruleId: e.ruleId, text: e.text })) });
  return unique;
}

/** Add one allow-list entry (no duplicates); false when the list already holds `max` other entries. */
export async function addToneAllow(db: HuashuDB, entry: ToneAllowEntry, max = Infinity): Promise<boolean> {
  return db.transaction('rw', db.settings, async () => {
    const list = await getToneAllowList(db);
    if (list.some((e) => e.ruleId === entry.ruleId && e.text === entry.text)) return true;
    if (list.length >= max) return false;
    await setToneAllowList(db, [...list, entry]);
    return true;
  });
}

const SUBSCRIPTIONS_KEY = 'subscriptions';

/** Pack subscriptions (by URL), in the order they were added; malformed entries are left out. */
export async function getSubscriptions(db: HuashuDB): Promise<SubscriptionEntry[]> {
  const row = await db.settings.get(SUBSCRIPTIONS_KEY);
  if (!Array.isArray(row?.value)) return [];
  return row.value.flatMap((e: unknown): SubscriptionEntry[] => {
    if (!isObject(e) || typeof e.url !== 'string') return [];
    const entry: SubscriptionEntry = { url: e.url, addedAt: typeof e.addedAt === 'number' ? e.addedAt : 0 };
    if (typeof e.name === 'string') entry.name = e.name;
    if (e.managed === true) entry.managed = true;
    if (typeof e.lastCheckedAt === 'number') entry.lastCheckedAt = e.lastCheckedAt;
    if (typeof e.lastError === 'string') entry.lastError = e.lastError;
    if (typeof e.packId === 'string') entry.packId = e.packId;
    return [entry];
  });
}

/** Changes the subscription list in one transaction (no two entries with the same URL). */
export async function updateSubscriptions(
  db: HuashuDB,
  change: (current: SubscriptionEntry[]) => SubscriptionEntry[],
): Promise<SubscriptionEntry[]> {
  return db.transaction('rw', db.settings, async () => {
    const seen = new Set<string>();
    const next = change(await getSubscriptions(db)).filter((e) => !seen.has(e.url) && seen.add(e.url));
    await db.settings.put({ key: SUBSCRIPTIONS_KEY, value: next });
    return next;
  });
}

/**
 * Custom tone rules of the packs in use (not hidden), checked again against the rule schema; when
 * two packs define the same rule id, the pack imported first keeps it.
 */
export async function getTeamToneRules(db: HuashuDB): Promise<ToneRule[]> {
  const packs = (await db.packs.toArray()).filter((p) => !p.hidden && Array.isArray(p.rules) && p.rules.length > 0);
  packs.sort((a, b) => a.importedAt - b.importedAt || a.id.localeCompare(b.id));
  const byId = new Map<string, ToneRule>();
  for (const pack of packs) {
    for (const raw of pack.rules ?? []) {
      // As the importer checks them today (a pack stored before a check was added is held to it too).
      if (v.is(ToneRuleSchema, raw) && !byId.has(raw.id) && runnableTeamRule(raw)) byId.set(raw.id, raw);
    }
  }
  return [...byId.values()];
}
