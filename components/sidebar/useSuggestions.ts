import { useEffect, useMemo, useState } from 'preact/hooks';
import type { PhraseRecord } from '../../utils/db/types';
import type { ProtocolMap, Sender } from '../../utils/protocol';
import { NO_SUGGESTIONS, type SuggestionsView } from '../../utils/suggest/view';
import type { SuggestedPhrase } from './SuggestedList';

/**
 * The suggested replies of the sidebar's own tab: asked from the background when the sidebar opens and again each
 * time the background says they changed (`onChanged` subscribes; a ping without content), matched to the phrases the
 * sidebar shows.
 */
export function useSuggestions(
  send: Sender<ProtocolMap>,
  onChanged: ((listener: () => void) => () => void) | undefined,
  phrases: readonly PhraseRecord[] | undefined,
): { message: string | null; items: SuggestedPhrase[] } {
  const [view, setView] = useState<SuggestionsView>(NO_SUGGESTIONS);
  useEffect(() => {
    let live = true;
    // Anything but a view (no answer, an older background) shows no suggestions.
    const load = () => void send('suggest:get', {}).then((v) => live && setView(Array.isArray(v?.items) ? v : NO_SUGGESTIONS), () => undefined);
    load();
    const stop = onChanged?.(load);
    return () => {
      live = false;
      stop?.();
    };
  }, [send, onChanged]);
  const items = useMemo(() => {
    const byId = new Map((phrases ?? []).map((p) => [p.id, p]));
    return view.items.flatMap((why) => {
      const phrase = byId.get(why.id);
      return phrase ? [{ phrase, why }] : [];
    });
  }, [view, phrases]);
  return { message: view.message, items };
}
