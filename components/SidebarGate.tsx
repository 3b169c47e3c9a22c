import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Translate } from '../utils/i18n';

export interface SidebarGateProps {
  t: Translate;
  /** Asks the background whether this frame is its tab's registered sidebar (utils/sidebar-session.ts). */
  claim(): Promise<boolean>;
  /** The sidebar itself: only rendered (and the library only read) once the claim succeeded. */
  children: () => JSX.Element;
}

/**
 * A sidebar framed by anyone but its own content script (a site framing sidebar.html over a bait
 * button) shows a notice and no phrase, so a click in it can neither insert nor copy anything.
 */
export function SidebarGate({ t, claim, children }: SidebarGateProps): JSX.Element | null {
  const [state, setState] = useState<'pending' | 'ok' | 'refused'>('pending');
  useEffect(() => {
    void claim().then(
      (ok) => setState(ok ? 'ok' : 'refused'),
      () => setState('refused'),
    );
  }, []);
  if (state === 'ok') return children();
  if (state === 'pending') return null;
  return (
    <p class="not-connected" role="alert">
      {t('sidebar.notConnected')}
    </p>
  );
}
