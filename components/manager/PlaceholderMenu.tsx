import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Translate } from '../../utils/i18n';
import { placeholderChoices, type PlaceholderChoice } from '../../utils/placeholder-menu';

export interface PlaceholderMenuProps {
  t: Translate;
  locale: string;
  disabled?: boolean;
  onChoose(choice: PlaceholderChoice): void;
}

/** A menu button listing the placeholders; ↑/↓ move, Enter chooses, Esc closes back to the button. */
export function PlaceholderMenu({ t, locale, disabled, onChoose }: PlaceholderMenuProps): JSX.Element {
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const items = useRef<(HTMLButtonElement | null)[]>([]);
  const button = useRef<HTMLButtonElement>(null);
  const choices = placeholderChoices(locale);

  useEffect(() => {
    if (open) items.current[active]?.focus();
  }, [open, active]);

  function close(refocus: boolean): void {
    setOpen(false);
    if (refocus) button.current?.focus();
  }

  function onKeyDown(e: KeyboardEvent): void {
    const n = choices.length;
    if (e.key === 'ArrowDown') setActive((active + 1) % n);
    else if (e.key === 'ArrowUp') setActive((active - 1 + n) % n);
    else if (e.key === 'Home') setActive(0);
    else if (e.key === 'End') setActive(n - 1);
    else if (e.key === 'Escape') close(true);
    else if (e.key === 'Tab') close(false);
    else return;
    // The editor closes on Esc; inside the menu Esc only closes the menu.
    if (e.key !== 'Tab') e.preventDefault();
    e.stopPropagation();
  }

  return (
    <div
      class="ph-menu"
      onFocusOut={(e) => {
        const next = e.relatedTarget as Node | null;
        if (open && (next === null || !e.currentTarget.contains(next))) setOpen(false);
      }}
    >
      <button
        ref={button}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        disabled={disabled}
        onClick={() => {
          setActive(0);
          setOpen(!open);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' && !open) {
            e.preventDefault();
            setActive(0);
            setOpen(true);
          }
        }}
      >
        {t('mgrd.insertPlaceholder')} ▾
      </button>
      {open && (
        <div role="menu" aria-label={t('mgrd.insertPlaceholder')} onKeyDown={onKeyDown}>
          {choices.map((c, i) => (
            <button
              key={c.kind}
              ref={(el) => {
                items.current[i] = el;
              }}
              type="button"
              role="menuitem"
              tabIndex={i === active ? 0 : -1}
              onClick={() => {
                close(false);
                onChoose(c);
              }}
            >
              <code>{c.token.replace(/\d+(?=\}$)/, 'N')}</code> <span class="muted">{t(`mgrd.ph.${c.kind}`)}</span>
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
