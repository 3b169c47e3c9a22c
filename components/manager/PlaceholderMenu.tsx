import type { JSX } from 'preact';
import type { Translate } from '../../utils/i18n';
import { placeholderChoices, type PlaceholderChoice } from '../../utils/placeholder-menu';
import { MenuButton } from './MenuButton';

export interface PlaceholderMenuProps {
  t: Translate;
  locale: string;
  disabled?: boolean;
  onChoose(choice: PlaceholderChoice): void;
}

/** A menu button listing the placeholders; ↑/↓ move, Enter chooses, Esc closes back to the button. */
export function PlaceholderMenu({ t, locale, disabled, onChoose }: PlaceholderMenuProps): JSX.Element {
  return (
    <MenuButton
      menuLabel={t('mgrd.insertPlaceholder')}
      disabled={disabled}
      // The choice puts the caret in the text after the token.
      refocusOnChoose={false}
      entries={placeholderChoices(locale).map((c) => ({
        key: c.kind,
        content: (
          <>
            <code>{c.token.replace(/\d+(?=\}$)/, 'N')}</code> <span class="muted">{t(`mgrd.ph.${c.kind}`)}</span>
          </>
        ),
        onChoose: () => onChoose(c),
      }))}
    >
      {t('mgrd.insertPlaceholder')} ▾
    </MenuButton>
  );
}
