import { useEffect, useState } from 'preact/hooks';
import type { ProtocolMap, Sender } from '../../utils/protocol';

/**
 * The host of the chat page the sidebar serves (per-site variants), asked from the background: undefined until it
 * answers, null when it cannot say. Asked again when the sidebar is shown again (the side panel follows the active tab).
 */
export function useSiteHost(send: Sender<ProtocolMap>): string | null | undefined {
  const [host, setHost] = useState<string | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    const ask = () =>
      void send('sidebar:site', {}).then(
        (answer) => live && setHost(typeof answer?.host === 'string' ? answer.host : null),
        () => live && setHost((known) => known ?? null),
      );
    ask();
    const again = () => document.visibilityState === 'visible' && ask();
    document.addEventListener('visibilitychange', again);
    window.addEventListener('focus', again);
    return () => {
      live = false;
      document.removeEventListener('visibilitychange', again);
      window.removeEventListener('focus', again);
    };
  }, [send]);
  return host;
}
