import type { ComponentChildren, JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

export interface MenuEntry {
  key: string;
  content: ComponentChildren;
  /** A menuitemcheckbox that is on (true) or off (false); absent for a plain menuitem. */
  checked?: boolean;
  /** A key that does the same outside the menu (aria-keyshortcuts), e.g. "Alt+ArrowUp". */
  keyshortcuts?: string;
  danger?: boolean;
  onChoose(): void;
}

export interface MenuButtonProps {
  /** What the button shows. */
  children: ComponentChildren;
  /** The button's accessible name (and tooltip), when its content is a symbol. */
  label?: string;
  /** The menu's accessible name. */
  menuLabel: string;
  entries: readonly MenuEntry[];
  disabled?: boolean;
  /** Extra class of the wrapper (its placement: `end` opens the menu towards the start edge). */
  class?: string;
  /** After a choice, focus goes back to the button (default); false when the choice moves focus itself. */
  refocusOnChoose?: boolean;
}

/**
 * A menu button (WAI-ARIA menu button pattern): click, Enter, Space or ↓ opens the menu on its first item (↑ on its
 * last); ↑/↓ move (wrapping), Home/End, Enter or Space chooses, Esc closes back to the button, Tab or a click
 * elsewhere closes it. Alt+arrow keys are left to what holds the button (a table row moves with them).
 */
export function MenuButton({ children, label, menuLabel, entries, disabled, class: extra, refocusOnChoose = true }: MenuButtonProps): JSX.Element {
  const [open, setOpenState] = useState(false);
  const [active, setActive] = useState(0);
  const items = useRef<(HTMLButtonElement | null)[]>([]);
  // Keys pressed before the menu is painted count too (the ref holds the item reached so far).
  const current = useRef(0);
  const button = useRef<HTMLButtonElement>(null);
  const wrapper = useRef<HTMLDivElement>(null);

  /** Whether the menu is open now (state lags behind quick keys; a stale effect must not take focus back). */
  const openNow = useRef(false);
  const setOpen = (next: boolean) => {
    openNow.current = next;
    setOpenState(next);
  };
  useEffect(() => {
    if (open && openNow.current) items.current[current.current]?.focus();
  }, [open]);
  // A press anywhere else closes the menu (also where nothing takes focus).
  useEffect(() => {
    if (!open) return;
    const doc = wrapper.current?.ownerDocument;
    const outside = (e: Event) => {
      if (!wrapper.current?.contains(e.target as Node | null)) setOpen(false);
    };
    doc?.addEventListener('pointerdown', outside, true);
    return () => doc?.removeEventListener('pointerdown', outside, true);
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

  function openAt(index: number): void {
    go(index);
    setOpen(true);
  }

  function onMenuKey(e: KeyboardEvent): void {
    const n = entries.length;
    const at = current.current;
    if (e.key === 'ArrowDown') go((at + 1) % n);
    else if (e.key === 'ArrowUp') go((at - 1 + n) % n);
    else if (e.key === 'Home') go(0);
    else if (e.key === 'End') go(n - 1);
    else if (e.key === 'Escape') close(true);
    else if (e.key === 'Tab') close(false);
    else return;
    // An editor closes on Esc and a row moves on Alt+arrows; inside the menu these keys only work the menu.
    if (e.key !== 'Tab') e.preventDefault();
    e.stopPropagation();
  }

  return (
    <div
      ref={wrapper}
      class={extra ? `menu-button ${extra}` : 'menu-button'}
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
        aria-label={label}
        title={label}
        disabled={disabled}
        onClick={() => {
          if (openNow.current) close(false);
          else openAt(0);
        }}
        onKeyDown={(e) => {
          if (e.altKey || e.ctrlKey || e.metaKey) return;
          if (!openNow.current && (e.key === 'ArrowDown' || e.key === 'ArrowUp')) {
            e.preventDefault();
            openAt(e.key === 'ArrowDown' ? 0 : entries.length - 1);
          } else if (openNow.current && e.key !== 'Enter' && e.key !== ' ') onMenuKey(e);
        }}
      >
        {children}
      </button>
      {open && (
        <div role="menu" aria-label={menuLabel} onKeyDown={onMenuKey}>
          {entries.map((entry, i) => (
            <button
              key={entry.key}
              ref={(el) => {
                items.current[i] = el;
              }}
              type="button"
              role={entry.checked === undefined ? 'menuitem' : 'menuitemcheckbox'}
              aria-checked={entry.checked}
              aria-keyshortcuts={entry.keyshortcuts}
              class={entry.danger ? 'danger' : undefined}
              tabIndex={i === active ? 0 : -1}
              onClick={() => {
                close(refocusOnChoose);
                entry.onChoose();
              }}
            >
              {entry.content}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
