import type { JSX } from 'preact';
import { useMemo } from 'preact/hooks';
import type { Translate } from '../../utils/i18n';
import { wordDiff } from '../../utils/packs/word-diff';

/**
 * A text as it changes: the words taken out struck through, the words put in marked, the rest as it was. Screen
 * readers hear "removed" / "added" before each change (del and ins alone are not announced).
 */
export function WordDiff({ t, before, after }: { t: Translate; before: string; after: string }): JSX.Element {
  const parts = useMemo(() => wordDiff(before, after), [before, after]);
  return (
    <span class="word-diff" aria-label={t('mgrd.changedText')}>
      {parts.map((part, i) =>
        part.change === 'same' ? (
          <span key={i}>{part.text}</span>
        ) : part.change === 'removed' ? (
          <del key={i}>
            <span class="sr-only">{t('mgrd.diffRemoved')}</span>
            {part.text}
          </del>
        ) : (
          <ins key={i}>
            <span class="sr-only">{t('mgrd.diffAdded')}</span>
            {part.text}
          </ins>
        ),
      )}
    </span>
  );
}
