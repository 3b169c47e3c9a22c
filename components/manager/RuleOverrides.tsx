import type { JSX } from 'preact';
import { builtInTone } from '../../utils/tone-builtin';
import type { RuleOverride } from '../../utils/packs/overrides';
import type { Translate } from '../../utils/i18n';
import { categoryLabel } from '../ToneSettings';
import type { UiLocale } from '../../utils/settings';

const byId = new Map(builtInTone.rules.map((r) => [r.id, r]));

/** One sentence: which built-in rule a pack rule replaces, with that rule's category and message (what is lost). */
export function describeOverride(t: Translate, locale: UiLocale, o: RuleOverride): string {
  const builtIn = byId.get(o.builtInId);
  const params = {
    id: o.ruleId,
    builtIn: o.builtInId,
    category: builtIn ? categoryLabel(t, builtIn.category) : '—',
    message: builtIn?.message[locale] ?? '—',
  };
  return t(o.via === 'same-id' ? 'mgr.override.replaces' : 'mgr.override.formerId', params);
}

/**
 * The pack's rules that take a built-in rule's id (import preview, subscription cards): each says what it
 * replaces, and refused ones (managed policy) say they are left out.
 */
export function RuleOverrideList({ overrides, t, locale }: { overrides: readonly RuleOverride[]; t: Translate; locale: UiLocale }): JSX.Element | null {
  if (overrides.length === 0) return null;
  const refused = overrides.filter((o) => o.refused).length;
  return (
    <div class="warn-box rule-overrides" role="group" aria-label={t('mgr.overrides', { count: overrides.length })}>
      <strong>{t('mgr.overrides', { count: overrides.length })}</strong>
      <ul class="issues">
        {overrides.map((o) => (
          <li key={o.ruleId} data-rule={o.ruleId} data-refused={o.refused ? 'true' : 'false'}>
            {describeOverride(t, locale, o)}
            {o.refused && (
              <>
                {' '}
                <strong>{t('mgr.override.refused')}</strong>
              </>
            )}
          </li>
        ))}
      </ul>
      {refused > 0 && <p>{t('mgr.overridesRefused', { count: refused })}</p>}
    </div>
  );
}
