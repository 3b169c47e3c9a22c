import type { ToneFinding, ToneSeverity } from '../../tone/index';
import type { Translate } from '../../i18n';
import type { Box } from '../../editors/text-map';
import { DIALOG_CSS } from './dialog';
import { POPOVER_CSS } from './popover';
import { mountShadowHost } from '../guarded-host';

export const SEVERITY_COLOR: Record<ToneSeverity, string> = { error: '#d1242f', warning: '#bf6a02', hint: '#0969da' };

const CSS = `
:host { all: initial; }
.clip { position: fixed; overflow: hidden; pointer-events: none; z-index: 2147483646; }
.mark { position: absolute; pointer-events: none; box-sizing: border-box; border-bottom: 2px solid; border-radius: 1px; }
.mark.error { border-color: ${SEVERITY_COLOR.error}; background: rgba(209, 36, 47, .10); border-bottom-style: solid; }
.mark.warning { border-color: ${SEVERITY_COLOR.warning}; background: rgba(191, 106, 2, .08); }
.mark.hint { border-color: ${SEVERITY_COLOR.hint}; border-bottom-style: dashed; }
.badge {
  position: fixed; z-index: 2147483646; pointer-events: none; min-width: 18px; height: 18px; padding: 0 6px; box-sizing: border-box;
  border-radius: 9px; color: #fff; font: 600 11px/18px system-ui, sans-serif; text-align: center;
  box-shadow: 0 1px 3px rgba(0,0,0,.25);
}
.badge.none { background: #1a7f37; }
.badge.error { background: ${SEVERITY_COLOR.error}; }
.badge.warning { background: ${SEVERITY_COLOR.warning}; }
.badge.hint { background: ${SEVERITY_COLOR.hint}; }
.notice {
  position: fixed; z-index: 2147483646; pointer-events: none; max-width: 360px; padding: 6px 10px; border-radius: 6px;
  background: #24292f; color: #fff; font: 13px/1.4 system-ui, sans-serif; box-shadow: 0 2px 8px rgba(0,0,0,.25);
}
[hidden] { display: none !important; }
`;

export interface MarkSpec {
  finding: ToneFinding;
  /** Boxes in the top window's viewport. */
  boxes: Box[];
}

export interface ToneOverlay {
  readonly shadow: ShadowRoot;
  /** Draw underlines, clipped to the input's visible box. */
  drawMarks(marks: readonly MarkSpec[], clip: Box): void;
  /**
   * Show the badge next to the input (count, colour by worst severity), keeping clear of `avoid` boxes. `count` null:
   * the check cannot run (no rules yet); the badge says so instead of showing a pass. `partial`: only the built-in
   * rules could run (the team's could not): said in the label, shown as `!`.
   */
  drawBadge(count: number | null, worst: ToneSeverity | null, input: Box, avoid: readonly Box[], partial?: boolean): void;
  /** A short message next to the input (role alert), gone after a few seconds. */
  notice(text: string, input: Box): void;
  hide(): void;
  dispose(): void;
}

function intersects(a: Box, b: Box): boolean {
  return a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;
}

/**
 * The layer the tone check draws in: a closed shadow root on the top document (the page can
 * neither read nor style it), with pointer-events off everywhere except the popover and dialog.
 */
export function createToneOverlay(doc: Document, t: Translate): ToneOverlay {
  const clip = doc.createElement('div');
  clip.className = 'clip';
  clip.setAttribute('aria-hidden', 'true');
  const badge = doc.createElement('div');
  badge.className = 'badge';
  badge.setAttribute('role', 'status');
  badge.hidden = true;
  const note = doc.createElement('div');
  note.className = 'notice';
  note.setAttribute('role', 'alert');
  note.hidden = true;
  let noteTimer = 0;
  const ui = mountShadowHost(doc, CSS + POPOVER_CSS + DIALOG_CSS, [clip, badge, note]);

  let lastMarks = '';

  return {
    shadow: ui.shadow,
    drawMarks(marks, box) {
      Object.assign(clip.style, { left: `${box.left}px`, top: `${box.top}px`, width: `${box.width}px`, height: `${box.height}px` });
      clip.hidden = false;
      const key = JSON.stringify(marks.map((m) => [m.finding.severity, m.boxes.map((b) => [b.left - box.left, b.top - box.top, b.width, b.height])]));
      if (key === lastMarks) return;
      lastMarks = key;
      const nodes: HTMLElement[] = [];
      for (const { finding, boxes } of marks) {
        for (const b of boxes) {
          const mark = doc.createElement('div');
          mark.className = `mark ${finding.severity}`;
          mark.dataset.rule = finding.ruleId;
          mark.dataset.start = String(finding.start);
          mark.dataset.end = String(finding.end);
          Object.assign(mark.style, { left: `${b.left - box.left}px`, top: `${b.top - box.top}px`, width: `${b.width}px`, height: `${b.height}px` });
          nodes.push(mark);
        }
      }
      clip.replaceChildren(...nodes);
    },
    drawBadge(count, worst, input, avoid, partial = false) {
      const base = count === null ? t('tone.unavailable') : count > 0 ? t('tone.badge', { count }) : t('tone.badgeClear');
      const label = partial && count !== null ? `${base} · ${t('tone.partial')}` : base;
      if (badge.getAttribute('aria-label') !== label) badge.setAttribute('aria-label', label);
      badge.textContent = count === null || (partial && count === 0) ? '!' : count > 0 ? `${count}${partial ? '!' : ''}` : '✓';
      badge.className = `badge ${count === null || partial ? (worst === 'error' ? 'error' : 'warning') : (worst ?? 'none')}`;
      badge.hidden = false;
      // Width from the digit count (reading offsetWidth here would force a second layout every frame).
      const size = { width: 18 + 7 * Math.max(0, String(count ?? 0).length - 1), height: 18 };
      // Just above the input's top-right corner; inside it when there is no room above; never on a page control.
      const candidates: Box[] = [
        { left: input.left + input.width - size.width - 4, top: input.top - size.height - 3, ...size },
        { left: input.left + input.width - size.width - 4, top: input.top + 3, ...size },
        { left: input.left + 4, top: input.top - size.height - 3, ...size },
      ];
      const spot = candidates.find((c) => c.top >= 0 && !avoid.some((a) => intersects(a, c))) ?? candidates[1];
      if (spot) Object.assign(badge.style, { left: `${spot.left}px`, top: `${spot.top}px` });
    },
    notice(text, input) {
      note.textContent = text;
      note.hidden = false;
      // Above the input's left edge, inside the viewport.
      Object.assign(note.style, { left: `${Math.max(4, input.left)}px`, top: `${Math.max(4, input.top - 40)}px` });
      const view = doc.defaultView ?? window;
      view.clearTimeout(noteTimer);
      noteTimer = view.setTimeout(() => (note.hidden = true), 6000);
    },
    hide() {
      clip.hidden = true;
      clip.replaceChildren();
      lastMarks = '';
      badge.hidden = true;
    },
    dispose: () => ui.dispose(),
  };
}
