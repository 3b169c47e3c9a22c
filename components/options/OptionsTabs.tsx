import type { JSX } from 'preact';
import { useRef } from 'preact/hooks';
import type { MessageKey, Translate } from '../../utils/i18n';

export const TABS = ['phrases', 'transfer', 'subscriptions', 'packs', 'usage', 'clock', 'settings'] as const;
export type Tab = (typeof TABS)[number];
const TAB_LABELS: Record<Tab, MessageKey> = {
  phrases: 'mgr.tab.phrases',
  transfer: 'mgr.tab.transfer',
  subscriptions: 'mgr.tab.subscriptions',
  packs: 'mgr.tab.packs',
  usage: 'mgr.tab.usage',
  clock: 'clock.title',
  settings: 'mgr.tab.settings',
};

/** The tab a page's #hash names, else the phrase list. */
export const tabFromHash = (hash: string | undefined): Tab => TABS.find((x) => x === hash) ?? 'phrases';

/** The options page's tabs: ←/→ move between them (wrapping), Home/End go to the first and last. */
export function OptionsTabs({ t, tab, onTab }: { t: Translate; tab: Tab; onTab(next: Tab): void }): JSX.Element {
  const refs = useRef<Partial<Record<Tab, HTMLButtonElement | null>>>({});

  function onKey(e: KeyboardEvent, current: Tab): void {
    const i = TABS.indexOf(current);
    let next: Tab | undefined;
    if (e.key === 'ArrowRight') next = TABS[(i + 1) % TABS.length];
    else if (e.key === 'ArrowLeft') next = TABS[(i - 1 + TABS.length) % TABS.length];
    else if (e.key === 'Home') next = TABS[0];
    else if (e.key === 'End') next = TABS[TABS.length - 1];
    if (next === undefined) return;
    e.preventDefault();
    onTab(next);
    refs.current[next]?.focus();
  }

  return (
    <div role="tablist" aria-label={t('options.title')} class="tabs">
      {TABS.map((id) => (
        <button
          key={id}
          id={`tab-${id}`}
          ref={(el) => {
            refs.current[id] = el;
          }}
          type="button"
          role="tab"
          aria-selected={tab === id}
          aria-controls={`panel-${id}`}
          tabIndex={tab === id ? 0 : -1}
          onClick={() => onTab(id)}
          onKeyDown={(e) => onKey(e, id)}
        >
          {t(TAB_LABELS[id])}
        </button>
      ))}
    </div>
  );
}
