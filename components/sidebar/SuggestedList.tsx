import type { JSX } from 'preact';
import type { PhraseRecord } from '../../utils/db/types';
import type { Translate } from '../../utils/i18n';
import type { SuggestedItem } from '../../utils/suggest/view';

/** Characters of a suggested phrase's text shown in its row. */
const ROW_TEXT = 80;

export const suggestedOptionId = (i: number): string => `suggested-option-${i}`;

export interface SuggestedPhrase {
  readonly phrase: PhraseRecord;
  readonly why: SuggestedItem;
}

export interface SuggestedListProps {
  t: Translate;
  message: string | null;
  items: readonly SuggestedPhrase[];
  /** The selected row (the sidebar's ↑/↓ go through these first), or -1. */
  active: number;
  onPoint(i: number): void;
  onChoose(phrase: PhraseRecord): void;
}

/** Why a phrase is suggested, for its hover: the matched words, and whether the agent's own choices raised it. */
export function whyText(t: Translate, why: SuggestedItem): string {
  const parts = why.matched.length > 0 ? [t('sidebar.suggestedWhy', { words: why.matched.join(t('sidebar.suggestedWhySeparator')) })] : [];
  if (why.learned) parts.push(t('sidebar.suggestedLearned'));
  return parts.join(' · ');
}

/** "推荐回复 / Suggested": the phrases for the customer's latest message (or the selection), above the search results. */
export function SuggestedList({ t, message, items, active, onPoint, onChoose }: SuggestedListProps): JSX.Element | null {
  if (items.length === 0) return null;
  return (
    <section class="suggested" aria-labelledby="suggested-h">
      <h2 id="suggested-h">{t('sidebar.suggested')}</h2>
      {message !== null && <SuggestedFor t={t} message={message} />}
      <ul class="results suggested-list" role="listbox" aria-labelledby="suggested-h">
        {items.map(({ phrase, why }, i) => (
          <li
            key={phrase.id}
            id={suggestedOptionId(i)}
            role="option"
            aria-selected={i === active}
            aria-description={whyText(t, why)}
            title={whyText(t, why)}
            class="option"
            onMouseDown={(e) => e.preventDefault()}
            onMouseMove={() => onPoint(i)}
            onClick={() => onChoose(phrase)}
          >
            <div class="line">
              <span class="title">{phrase.title}</span>
              <kbd class="code" title={t('sidebar.suggestedKey', { n: i + 1 })}>{`Alt+${i + 1}`}</kbd>
            </div>
            <div class="text">{phrase.text.slice(0, ROW_TEXT)}</div>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** "For: …" with the customer's words quoted as theirs (<q>, and in their own language, which may not be the UI's). */
function SuggestedFor({ t, message }: { t: Translate; message: string }): JSX.Element {
  const [before = '', after = ''] = t('sidebar.suggestedFor', { message: '\u0000' }).split('\u0000');
  return (
    <p class="suggested-for">
      {before}
      <q title={message}>{message}</q>
      {after}
    </p>
  );
}
