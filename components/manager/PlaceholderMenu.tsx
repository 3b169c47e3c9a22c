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
  const [open, setOpenState] = useState(false);
  const [active, setActive] = useState(0);
  const items = useRef<(HTMLButtonElement | null)[]>([]);
  // Keys pressed before the menu is painted count too (the ref holds the item reached so far).
  const current = useRef(0);
  const button = useRef<HTMLButtonElement>(null);
  const choices = placeholderChoices(locale);

  /** Whether the menu is open now (state lags behind quick keys; a stale effect must not take focus back). */
  const openNow = useRef(false);
  const setOpen = (next: boolean) => {
    openNow.current = next;
    setOpenState(next);
  };
  useEffect(() => {
    if (open && openNow.current) items.current[current.current]?.focus();
  }, [open]);

  function close(refocus: boolean): void {
    setOpen(false);
    if (refocus) button.current?.focus();
  }

  /** Focus moves at once (not after the next paint), so a quick Enter picks the item just reached. */
  function go(index: number): void {
    current.current = index;
    setActive(index);
    items.current[index]?.focus();
  }

  function onKeyDown(e: KeyboardEvent): void {
    const n = choices.length;
    const at = current.current;
    if (e.key === 'ArrowDown') go((at + 1) % n);
    else if (e.key === 'ArrowUp') go((at - 1 + n) % n);
    else if (e.key === 'Home') go(0);
    else if (e.key === 'End') go(n - 1);
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
          go(0);
          setOpen(!openNow.current);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' && !openNow.current) {
            e.preventDefault();
            go(0);
            setOpen(true);
          } else if (openNow.current && e.key !== 'Enter' && e.key !== ' ') onKeyDown(e);
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
