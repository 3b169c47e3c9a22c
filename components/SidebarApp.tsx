import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { HuashuDB } from '../utils/db/database';
import { getUiSettings, loadVisibleLibrary } from '../utils/db/library';
import { resolveLocale, translator } from '../utils/i18n';
import type { ProtocolMap, Sender, UiSettings } from '../utils/protocol';
import { createPhraseIndex, type PhraseIndex } from '../utils/search';
import type { PhraseRecord } from '../utils/db/types';
import { useLiveQuery } from './useLiveQuery';
import { Sidebar } from './Sidebar';
import { DraftCheck } from './DraftCheck';

export interface SidebarAppProps {
  db: HuashuDB;
  send: Sender<ProtocolMap>;
  languages: readonly string[];
  openManager(): void;
  copyToClipboard(text: string): Promise<void>;
}

/** The sidebar page: live library from IndexedDB, search index, insertion through the background. */
export function SidebarApp({ db, send, languages, openManager, copyToClipboard }: SidebarAppProps): JSX.Element {
  const settings = useLiveQuery<UiSettings>(() => getUiSettings(db), []).value;
  const library = useLiveQuery(() => loadVisibleLibrary(db), []);
  const [index, setIndex] = useState<PhraseIndex | null>(null);
  const locale = resolveLocale(settings?.locale ?? null, languages);
  const t = translator(locale);

  useEffect(() => {
    document.documentElement.lang = locale;
    if (settings) document.documentElement.dataset.theme = settings.theme;
  }, [locale, settings]);

  useEffect(() => {
    if (!library.value) return;
    let cancelled = false;
    void Promise.resolve(createPhraseIndex(library.value.phrases)).then((built) => {
      if (cancelled) return;
      setIndex(built);
      // Prepare the rest of the index while the agent is idle, so no keystroke pays for it.
      const step = (deadline: IdleDeadline) => {
        if (!cancelled && !built.warm(Math.max(1, deadline.timeRemaining() - 1))) requestIdleCallback(step);
      };
      requestIdleCallback(step);
    });
    return () => {
      cancelled = true;
    };
  }, [library.value]);

  async function onInsert(phrase: PhraseRecord, text: string, caretBack: number): Promise<string | null> {
    const outcome = await send('insert:request', { phraseId: phrase.id, text, caretBack }).catch(() => null);
    if (outcome?.ok) return null;
    if (outcome && outcome.reason === 'no-editor') return t('sidebar.noEditor');
    await copyToClipboard(text).catch(() => undefined);
    return t('sidebar.insertFailed');
  }

  return (
    <Sidebar
      t={t}
      locale={locale}
      loading={!library.value || !index}
      groups={library.value?.groups ?? []}
      index={index}
      phraseCount={library.value?.phrases.length ?? 0}
      onInsert={onInsert}
      onClose={() => void send('sidebar:close', {})}
      onManage={openManager}
      panels={<DraftCheck t={t} send={send} />}
    />
  );
}
