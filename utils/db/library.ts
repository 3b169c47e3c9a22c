import type { HuashuDB } from './database';
import type { GroupRecord, PhraseRecord } from './types';
import type { SiteState, UiSettings } from '../protocol';

export const DEFAULT_SETTINGS: UiSettings = { locale: null, theme: 'system', trigger: '/' };
export const DEFAULT_SITE_STATE: SiteState = { open: false, width: 360, collapsed: false };

const SETTINGS_KEY = 'ui';
const siteKey = (origin: string) => `site:${origin}`;

export interface VisibleLibrary {
  phrases: PhraseRecord[];
  groups: GroupRecord[];
}

/** Phrases and groups of every pack the agent has not hidden, groups in their order. */
export async function loadVisibleLibrary(db: HuashuDB): Promise<VisibleLibrary> {
  const [packs, phrases, groups] = await Promise.all([db.packs.toArray(), db.phrases.toArray(), db.groups.orderBy('order').toArray()]);
  const hidden = new Set(packs.filter((p) => p.hidden).map((p) => p.id));
  return {
    phrases: phrases.filter((p) => !hidden.has(p.packId)),
    groups: groups.filter((g) => !hidden.has(g.packId)),
  };
}

export async function getUiSettings(db: HuashuDB): Promise<UiSettings> {
  const row = await db.settings.get(SETTINGS_KEY);
  return { ...DEFAULT_SETTINGS, ...(isObject(row?.value) ? (row.value as Partial<UiSettings>) : {}) };
}

export async function setUiSettings(db: HuashuDB, patch: Partial<UiSettings>): Promise<UiSettings> {
  return db.transaction('rw', db.settings, async () => {
    const next = { ...(await getUiSettings(db)), ...patch };
    await db.settings.put({ key: SETTINGS_KEY, value: next });
    return next;
  });
}

export async function getSiteState(db: HuashuDB, origin: string): Promise<SiteState> {
  const row = await db.settings.get(siteKey(origin));
  return { ...DEFAULT_SITE_STATE, ...(isObject(row?.value) ? (row.value as Partial<SiteState>) : {}) };
}

export async function setSiteState(db: HuashuDB, origin: string, state: SiteState): Promise<void> {
  await db.settings.put({ key: siteKey(origin), value: { open: state.open, width: state.width, collapsed: state.collapsed } });
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
