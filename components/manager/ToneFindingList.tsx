import type { JSX } from 'preact';
import type { Translate } from '../../utils/i18n';
import type { ToneFinding } from '../../utils/tone';
import { applySuggestion } from '../../utils/tone/rewrite';

/** The phrase editor's tone check: each finding with up to three rewrites to choose (not in a read-only phrase). */
export function ToneFindingList(props: { t: Translate; text: string; findings: readonly ToneFinding[]; readOnly: boolean; onRewrite(text: string): void }): JSX.Element {
  const { t, text, findings } = props;
  return (
    <section aria-label={t('mgr.toneCheck')} class="tone-list">
      {findings.length === 0 ? (
        <p class="muted">{t('mgr.toneClear')}</p>
      ) : (
        <ul>
          {findings.map((f, i) => (
            <li key={`${f.ruleId}-${f.start}-${i}`} class={`finding ${f.severity}`}>
              <strong>{t(f.severity === 'error' ? 'tone.error' : f.severity === 'warning' ? 'tone.warning' : 'tone.hint')}</strong>{' '}
              {f.text !== '' ? <q>{f.text}</q> : t('tone.wholeMessage')} — {f.message}{' '}
              {!props.readOnly &&
                f.suggestions.slice(0, 3).map((s) => (
                  <button key={s} type="button" onClick={() => props.onRewrite(applySuggestion(text, f, s))}>
                    {f.text === '' ? t('tone.prepend', { text: s }) : s === '' ? t('tone.remove', { text: f.text }) : t('tone.replace', { text: s })}
                  </button>
                ))}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
