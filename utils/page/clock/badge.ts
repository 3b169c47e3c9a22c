// The reply clock's badge on the chat page: a closed shadow root (utils/page/guarded-host.ts) the page can neither read
// nor style; it takes no pointer events and no focus. Its state is in its accessible name (role timer) and
// data-phase.
import type { Translate } from '../../i18n';
import type { Box } from '../../editors/text-map';
import { mountShadowHost } from '../guarded-host';
import { formatWait, phaseOf } from '../../clock/targets';
import { clockLabel } from '../../clock/label';
import { CLOCK_BADGE } from './place';

const CSS = `
:host { all: initial; }
.clock {
  position: fixed; z-index: 2147483646; pointer-events: none; width: ${CLOCK_BADGE.width}px; height: ${CLOCK_BADGE.height}px;
  box-sizing: border-box; border-radius: 9px; padding: 0 6px; color: #fff; font: 600 11px/18px system-ui, sans-serif;
  text-align: center; white-space: nowrap; overflow: hidden; box-shadow: 0 1px 3px rgba(0,0,0,.25); background: #1a7f37;
}
.clock[data-phase="near"] { background: #bf6a02; }
.clock[data-phase="over"] { background: #d1242f; }
[hidden] { display: none !important; }
`;

export interface ClockBadge {
  /** Shows the wait at `box`. */
  show(waitedMs: number, targetMs: number, box: Box): void;
  hide(): void;
  dispose(): void;
}

export function createClockBadge(doc: Document, t: Translate): ClockBadge {
  const badge = doc.createElement('div');
  badge.className = 'clock';
  badge.setAttribute('role', 'timer');
  badge.hidden = true;
  let ui: ReturnType<typeof mountShadowHost> | null = null;
  return {
    show(waitedMs, targetMs, box) {
      // Mounted on first use: a page where no customer waits gets no host at all.
      ui ??= mountShadowHost(doc, CSS, [badge]);
      const label = clockLabel(t, waitedMs, targetMs);
      if (badge.getAttribute('aria-label') !== label) badge.setAttribute('aria-label', label);
      badge.textContent = `⏱ ${formatWait(waitedMs)}`;
      badge.dataset.phase = phaseOf(waitedMs, targetMs);
      Object.assign(badge.style, { left: `${box.left}px`, top: `${box.top}px` });
      badge.hidden = false;
    },
    hide() {
      badge.hidden = true;
    },
    dispose() {
      ui?.dispose();
      ui = null;
    },
  };
}
