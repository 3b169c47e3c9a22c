/**
 * The agent's settings: their shapes, their defaults, and how a stored record reads back. Dexie-free, so the chat
 * page, the extension pages and the background share it; utils/db/library.ts stores the records.
 *
 * A stored record is untrusted (an older version wrote it, or it holds a value this version does not know): each
 * field that is missing or of the wrong type reads as its default, field by field, and the others are kept. Reading
 * never throws.
 */
import * as v from 'valibot';
import { TONE_SEVERITIES, type ToneSeverity } from './tone/schema';
import { DEFAULT_FONT_SIZE, FONT_SIZES, type FontSize } from './sidebar/font-size';

export const UI_LOCALES = ['zh-CN', 'zh-TW', 'en'] as const;
export type UiLocale = (typeof UI_LOCALES)[number];

export const THEMES = ['system', 'light', 'dark'] as const;
export type ThemeSetting = (typeof THEMES)[number];

/** Where the sidebar opens: inside the page, or in the browser's own side panel where it has one. */
export const SIDEBAR_PLACES = ['page', 'browser'] as const;
export type SidebarPlace = (typeof SIDEBAR_PLACES)[number];

/** The in-page tone check: off, show findings only, or stop sending while findings at the threshold remain. */
export const TONE_MODES = ['off', 'warn', 'block'] as const;
export type ToneMode = (typeof TONE_MODES)[number];

/** The sidebar of one site (stored per origin). */
export interface SiteState {
  open: boolean;
  width: number;
  collapsed: boolean;
  /** The launcher's distance from the bottom of the window (px), where the agent dragged it. */
  launcherBottom: number;
  /** The agent hid the launcher on this site (the hotkey still opens the sidebar). */
  launcherHidden: boolean;
}

/** A site's sidebar before the agent opened, resized or moved anything there. */
export const DEFAULT_SITE_STATE: SiteState = { open: false, width: 360, collapsed: false, launcherBottom: 120, launcherHidden: false };

export interface UiSettings {
  /** null: follow the browser. */
  locale: UiLocale | null;
  theme: ThemeSetting;
  /** Characters that open the in-input suggestion list (default '/'). */
  trigger: string;
  /** Where the sidebar opens (default: inside the page). */
  sidebarPlace: SidebarPlace;
  /** The sidebar's text size (default 'medium', 14 px); absent in settings saved before it existed. */
  fontSize: FontSize;
}

/** The settings before the agent changed any (the background and the chat page start from the same). */
export const DEFAULT_UI_SETTINGS: UiSettings = { locale: null, theme: 'system', trigger: '/', sidebarPlace: 'page', fontSize: DEFAULT_FONT_SIZE };

export interface ToneSettings {
  mode: ToneMode;
  /** Findings at this level or worse stop the send (mode 'block') (default 'error'). */
  threshold: ToneSeverity;
  /** Rule categories switched off (e.g. 'address'). */
  disabledCategories: string[];
  /** Single rules the agent switched off (from the send check, after sending anyway again and again). */
  disabledRules: string[];
  /** Origins where the tone check is off. */
  disabledSites: string[];
}

/** Warn by default: underlines and the badge, no stop before sending; a team lead or the managed policy can choose block. */
export const DEFAULT_TONE_SETTINGS: ToneSettings = { mode: 'warn', threshold: 'error', disabledCategories: [], disabledRules: [], disabledSites: [] };

/** The reply clock: on or off, and the agent's own targets (seconds) by origin or platform id. */
export interface ClockSettings {
  enabled: boolean;
  targets: Record<string, number>;
}

/** On, with the platforms' targets (phrases/clock/targets.ts). */
export const DEFAULT_CLOCK_SETTINGS: ClockSettings = { enabled: true, targets: {} };

/** Shortest and longest target the agent may set (seconds). */
export const CLOCK_TARGET_MIN_S = 1;
export const CLOCK_TARGET_MAX_S = 3600;
/** Most sites and platforms with a target of the agent's own. */
export const CLOCK_TARGETS_MAX = 200;

/** "Don't flag this again": a rule id and the exact words it flagged. */
export interface ToneAllowEntry {
  ruleId: string;
  text: string;
}

/** A field that reads as its default when it is missing or does not pass `schema`. */
function field<T extends v.GenericSchema>(schema: T, fallback: () => v.InferOutput<T>) {
  return v.optional(v.fallback(schema, fallback), fallback);
}

/** A list of strings; entries that are not strings are left out (the others are kept). */
const strings = v.pipe(
  v.array(v.unknown()),
  v.transform((list) => list.filter((s): s is string => typeof s === 'string')),
);

const SiteStateSchema = v.object({
  open: field(v.boolean(), () => DEFAULT_SITE_STATE.open),
  width: field(v.number(), () => DEFAULT_SITE_STATE.width),
  collapsed: field(v.boolean(), () => DEFAULT_SITE_STATE.collapsed),
  launcherBottom: field(v.number(), () => DEFAULT_SITE_STATE.launcherBottom),
  launcherHidden: field(v.boolean(), () => DEFAULT_SITE_STATE.launcherHidden),
}) satisfies v.GenericSchema<unknown, SiteState>;

const UiSettingsSchema = v.object({
  locale: field(v.nullable(v.picklist(UI_LOCALES)), () => DEFAULT_UI_SETTINGS.locale),
  theme: field(v.picklist(THEMES), () => DEFAULT_UI_SETTINGS.theme),
  trigger: field(v.string(), () => DEFAULT_UI_SETTINGS.trigger),
  sidebarPlace: field(v.picklist(SIDEBAR_PLACES), () => DEFAULT_UI_SETTINGS.sidebarPlace),
  fontSize: field(v.picklist(FONT_SIZES), () => DEFAULT_UI_SETTINGS.fontSize),
}) satisfies v.GenericSchema<unknown, UiSettings>;

const ToneSettingsSchema = v.object({
  mode: field(v.picklist(TONE_MODES), () => DEFAULT_TONE_SETTINGS.mode),
  threshold: field(v.picklist(TONE_SEVERITIES), () => DEFAULT_TONE_SETTINGS.threshold),
  disabledCategories: field(strings, () => [...DEFAULT_TONE_SETTINGS.disabledCategories]),
  disabledRules: field(strings, () => [...DEFAULT_TONE_SETTINGS.disabledRules]),
  disabledSites: field(strings, () => [...DEFAULT_TONE_SETTINGS.disabledSites]),
}) satisfies v.GenericSchema<unknown, ToneSettings>;

/** Targets: entries with a key of at most 300 characters and a whole number of seconds in range are kept. */
const clockTargets = v.pipe(
  v.record(v.string(), v.unknown()),
  v.transform((record) =>
    Object.fromEntries(
      Object.entries(record)
        .filter((e): e is [string, number] => e[0].length <= 300 && Number.isInteger(e[1]) && (e[1] as number) >= CLOCK_TARGET_MIN_S && (e[1] as number) <= CLOCK_TARGET_MAX_S)
        .slice(0, CLOCK_TARGETS_MAX),
    ),
  ),
);

const ClockSettingsSchema = v.object({
  enabled: field(v.boolean(), () => DEFAULT_CLOCK_SETTINGS.enabled),
  targets: field(clockTargets, () => ({})),
}) satisfies v.GenericSchema<unknown, ClockSettings>;

const ToneAllowEntrySchema = v.object({ ruleId: v.string(), text: v.string() }) satisfies v.GenericSchema<unknown, ToneAllowEntry>;

/** A stored record read with `schema`; a value that is not a record at all reads as the defaults. */
function readRecord<T>(schema: v.GenericSchema<unknown, T>, stored: unknown): T {
  const read = v.safeParse(schema, stored);
  // Every field has a fallback, so only a non-record fails; the empty record gives every default.
  return read.success ? read.output : v.parse(schema, {});
}

export function readSiteState(stored: unknown): SiteState {
  return readRecord(SiteStateSchema, stored);
}

export function readUiSettings(stored: unknown): UiSettings {
  return readRecord(UiSettingsSchema, stored);
}

export function readToneSettings(stored: unknown): ToneSettings {
  return readRecord(ToneSettingsSchema, stored);
}

export function readClockSettings(stored: unknown): ClockSettings {
  return readRecord(ClockSettingsSchema, stored);
}

/** The allow-list; malformed entries are left out (only ruleId and text are kept of each). */
export function readToneAllowList(stored: unknown): ToneAllowEntry[] {
  if (!Array.isArray(stored)) return [];
  return stored.flatMap((entry: unknown) => {
    const read = v.safeParse(ToneAllowEntrySchema, entry);
    return read.success ? [read.output] : [];
  });
}
