import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { HuashuDB } from '../utils/db/database';
import { getToneAllowList, getToneSettings } from '../utils/db/library';
import type { MessageKey, Translate } from '../utils/i18n';
import type { ProtocolMap, Sender } from '../utils/protocol';
import { builtInRuleCategory, builtInTone } from '../utils/tone-builtin';
import { useLiveQuery } from './useLiveQuery';
import { ToneOffSites } from './ToneOffSites';
import { RemovableList } from './RemovableList';
import { DEFAULT_TONE_SETTINGS, type ToneAllowEntry, type ToneMode, type ToneSettings, type UiLocale } from '../utils/settings';

export interface ToneSettingsPanelProps {
  db: HuashuDB;
  send: Sender<ProtocolMap>;
  t: Translate;
  /** The UI language (for the built-in rules' own descriptions). */
  locale?: UiLocale;
  /** Say something in the page's status line (saved, failed). */
  notify(message: string): void;
}

/** Rule categories of the built-in rules, in the order the rules first use them. */
export const TONE_CATEGORIES: readonly string[] = [...new Set(builtInTone.rules.map((r) => r.category))];

const CATEGORY_LABELS: Readonly<Record<string, MessageKey>> = {
  refusal: 'toneSet.cat.refusal',
  contrast: 'toneSet.cat.contrast',
  vague: 'toneSet.cat.vague',
  address: 'toneSet.cat.address',
  curt: 'toneSet.cat.curt',
  blame: 'toneSet.cat.blame',
  apology: 'toneSet.cat.apology',
  reason: 'toneSet.cat.reason',
  'self-focus': 'toneSet.cat.self-focus',
  defensive: 'toneSet.cat.defensive',
  dismissive: 'toneSet.cat.dismissive',
  order: 'toneSet.cat.order',
  format: 'toneSet.cat.format',
};

/** A rule category in the UI language (categories without a label show as written). */
export function categoryLabel(t: Translate, category: string): string {
  const key = CATEGORY_LABELS[category];
  return key ? t(key) : category;
}

/** What a built-in rule asks for, in the UI language ('' for a team pack's rule). */
function ruleMessage(ruleId: string, locale: UiLocale): string {
  return builtInTone.rules.find((r) => r.id === ruleId)?.message[locale] ?? '';
}

/** How the UI names a rule: its category (a team pack's rule: "team rule"); the id stays in a data attribute. */
function ruleName(t: Translate, ruleId: string): string {
  const category = builtInRuleCategory(ruleId);
  return category === null ? t('toneSet.teamRule') : categoryLabel(t, category);
}

const MODES: readonly { id: ToneMode; label: MessageKey }[] = [
  { id: 'off', label: 'toneSet.modeOff' },
  { id: 'warn', label: 'toneSet.modeWarn' },
  { id: 'block', label: 'toneSet.modeBlock' },
];

/** Findings that make the send check ask first: errors only, or warnings and errors. */
const THRESHOLDS: readonly { id: 'error' | 'warning'; label: MessageKey }[] = [
  { id: 'error', label: 'toneSet.thresholdError' },
  { id: 'warning', label: 'toneSet.thresholdWarning' },
];

/** The "Tone check" settings: mode, send-check threshold, categories, sites where it is off, allow-list. */
export function ToneSettingsPanel({ db, send, t, locale = 'zh-CN', notify }: ToneSettingsPanelProps): JSX.Element {
  const stored = useLiveQuery(() => getToneSettings(db), [db]).value;
  const allow = useLiveQuery(() => getToneAllowList(db), [db]).value ?? [];
  /** Changes being saved, shown at once (the stored value catches up when the write lands). */
  const [pending, setPending] = useState<Partial<ToneSettings>>({});
  /** The mode the administrator set for every agent, if any (it replaces the agent's own). */
  const [managedMode, setManagedMode] = useState<ToneMode | null>(null);
  useEffect(() => {
    void send('policy:get', {}).then((p) => setManagedMode(p.toneMode ?? null), () => undefined);
  }, [send]);
  const own: ToneSettings = { ...(stored ?? DEFAULT_TONE_SETTINGS), ...pending };
  const settings: ToneSettings = managedMode ? { ...own, mode: managedMode } : own;

  useEffect(() => setPending({}), [stored]);

  async function save(patch: { settings?: Partial<ToneSettings>; allow?: ToneAllowEntry[] }): Promise<void> {
    const changes = patch.settings;
    if (changes) setPending((p) => ({ ...p, ...changes }));
    try {
      await send('tone:set', patch);
      notify(t('options.saved'));
    } catch (e) {
      setPending({});
      notify(e instanceof Error ? e.message : String(e));
    }
  }

  function toggleCategory(category: string, on: boolean): void {
    const off = settings.disabledCategories.filter((c) => c !== category);
    void save({ settings: { disabledCategories: on ? off : [...off, category] } });
  }

  const threshold = settings.threshold === 'error' ? 'error' : 'warning';

  return (
    <section aria-labelledby="tone-h" class="panel">
      <h2 id="tone-h">{t('toneSet.title')}</h2>
      <fieldset role="radiogroup" aria-label={t('toneSet.mode')} disabled={managedMode !== null}>
        <legend>{t('toneSet.mode')}</legend>
        {managedMode && <p class="hint">{t('toneSet.modeManaged')}</p>}
        {MODES.map((m) => (
          <label key={m.id} class="row">
            <input
              type="radio"
              name="tone-mode"
              value={m.id}
              checked={settings.mode === m.id}
              onChange={() => void save({ settings: { mode: m.id } })}
            />{' '}
            {t(m.label)}
          </label>
        ))}
      </fieldset>
      <fieldset role="radiogroup" aria-label={t('toneSet.threshold')} disabled={settings.mode !== 'block'}>
        <legend>{t('toneSet.threshold')}</legend>
        {THRESHOLDS.map((level) => (
          <label key={level.id} class="row">
            <input
              type="radio"
              name="tone-threshold"
              value={level.id}
              checked={threshold === level.id}
              onChange={() => void save({ settings: { threshold: level.id } })}
            />{' '}
            {t(level.label)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('toneSet.categories')}</legend>
        {TONE_CATEGORIES.map((c) => (
          <label key={c} class="row">
            <input
              type="checkbox"
              value={c}
              checked={!settings.disabledCategories.includes(c)}
              onChange={(e) => toggleCategory(c, e.currentTarget.checked)}
            />{' '}
            {categoryLabel(t, c)}
          </label>
        ))}
      </fieldset>
      <ToneOffSites t={t} sites={settings.disabledSites} change={(disabledSites) => void save({ settings: { disabledSites } })} />
      <AllowList t={t} allow={allow} change={(entries) => void save({ allow: entries })} />
      <RulesOff t={t} locale={locale} rules={settings.disabledRules} change={(disabledRules) => void save({ settings: { disabledRules } })} />
      <p class="note">{t('toneSet.applies')}</p>
    </section>
  );
}

/** The allow-list ("don't flag this again"): each entry with its rule, to remove. */
function AllowList({ t, allow, change }: { t: Translate; allow: readonly ToneAllowEntry[]; change(allow: ToneAllowEntry[]): void }): JSX.Element {
  return (
    <fieldset>
      <legend>{t('toneSet.allow')}</legend>
      <RemovableList
        items={allow}
        label={t('toneSet.allow')}
        empty={t('toneSet.noAllow')}
        removeText={t('toneSet.remove')}
        keyOf={(entry) => `${entry.ruleId}\u0000${entry.text}`}
        show={(entry) => (
          <>
            <q>{entry.text}</q> <span data-rule={entry.ruleId}>{ruleName(t, entry.ruleId)}</span>
          </>
        )}
        removeLabel={(entry) => t('toneSet.removeAllow', { text: entry.text, rule: ruleName(t, entry.ruleId) })}
        remove={(entry) => change(allow.filter((e) => e.ruleId !== entry.ruleId || e.text !== entry.text))}
      />
    </fieldset>
  );
}

interface RulesOffProps {
  t: Translate;
  locale: UiLocale;
  /** Rules the agent switched off one by one. */
  rules: readonly string[];
  change(rules: string[]): void;
}

/** The rules switched off one by one (shown only when there are some), to switch on again. */
function RulesOff({ t, locale, rules, change }: RulesOffProps): JSX.Element | null {
  if (rules.length === 0) return null;
  return (
    <fieldset>
      <legend>{t('toneSet.rulesOff')}</legend>
      <ul aria-label={t('toneSet.rulesOff')}>
        {rules.map((ruleId) => (
          <li key={ruleId}>
            <span data-rule={ruleId}>{ruleName(t, ruleId)}</span>
            {ruleMessage(ruleId, locale) && <>: {ruleMessage(ruleId, locale)}</>}{' '}
            <button type="button" onClick={() => change(rules.filter((r) => r !== ruleId))}>
              {t('toneSet.ruleOn')}
            </button>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
