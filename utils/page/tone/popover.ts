import type { ToneFinding } from '../../tone/index';
import type { Translate } from '../../i18n';
import type { Box } from '../../editors/text-map';

export const POPOVER_CSS = `
.pop {
  position: fixed; z-index: 2147483647; pointer-events: auto; max-width: 340px; min-width: 200px; padding: 8px 10px;
  background: #fff; color: #1f2328; border: 1px solid #d0d7de; border-radius: 8px; box-shadow: 0 6px 24px rgba(0,0,0,.18);
  font: 13px/1.5 system-ui, sans-serif;
}
@media (prefers-color-scheme: dark) { .pop { background: #1b1d21; color: #e6e8eb; border-color: #353a41; } }
.pop .why { margin: 0 0 6px; }
.pop .sev { font-weight: 600; margin-right: 4px; }
.pop .sev.error { color: #d1242f; } .pop .sev.warning { color: #bf6a02; } .pop .sev.hint { color: #0969da; }
.pop .fixes { display: flex; flex-wrap: wrap; gap: 4px; margin-bottom: 6px; }
.pop button { font: inherit; cursor: pointer; border-radius: 6px; padding: 1px 8px; border: 1px solid #d0d7de; background: transparent; color: inherit; }
.pop button.fix { background: #1a7f37; border-color: #1a7f37; color: #fff; }
.pop button.fix.first { box-shadow: 0 0 0 2px rgba(26,127,55,.35); }
.pop .more { display: flex; gap: 6px; justify-content: flex-end; }
`;

export interface PopoverActions {
  apply(finding: ToneFinding, suggestion: string): void;
  ignore(finding: ToneFinding): void;
  allow(finding: ToneFinding): void;
}

export interface TonePopover {
  /** The finding shown, or null when closed. */
  readonly finding: ToneFinding | null;
  show(finding: ToneFinding, anchor: Box): void;
  /** Viewport box of the popover (for hover tracking), or null when closed. */
  box(): Box | null;
  close(): void;
}

/**
 * The popover for one flagged span: why it is flagged and the rewrites. Its buttons never take
 * focus (mousedown is cancelled), so the caret stays in the page's editor.
 */
export function createPopover(doc: Document, shadow: ShadowRoot, t: Translate, actions: PopoverActions): TonePopover {
  const pop = doc.createElement('div');
  pop.className = 'pop';
  pop.setAttribute('role', 'dialog');
  pop.setAttribute('aria-label', t('tone.popover'));
  pop.hidden = true;
  pop.addEventListener('mousedown', (e) => e.preventDefault());
  shadow.append(pop);
  let current: ToneFinding | null = null;

  function button(label: string, name: string, className: string, onClick: () => void): HTMLButtonElement {
    const b = doc.createElement('button');
    b.type = 'button';
    b.tabIndex = -1;
    b.className = className;
    b.textContent = label;
    if (name !== label) b.setAttribute('aria-label', name);
    b.addEventListener('click', (e) => {
      if (e.isTrusted) onClick();
    });
    return b;
  }

  return {
    get finding() {
      return current;
    },
    show(finding, anchor) {
      current = finding;
      const why = doc.createElement('p');
      why.className = 'why';
      const sev = doc.createElement('span');
      sev.className = `sev ${finding.severity}`;
      sev.textContent = t(`tone.${finding.severity}`);
      why.append(sev, doc.createTextNode(finding.message));
      const fixes = doc.createElement('div');
      fixes.className = 'fixes';
      finding.suggestions.slice(0, 4).forEach((s, i) => {
        const name = s === '' ? t('tone.remove', { text: finding.text }) : t('tone.replace', { text: s });
        fixes.append(button(s === '' ? name : s, name, i === 0 ? 'fix first' : 'fix', () => actions.apply(finding, s)));
      });
      const more = doc.createElement('div');
      more.className = 'more';
      more.append(
        button(t('tone.ignore'), t('tone.ignore'), 'ignore', () => actions.ignore(finding)),
        button(t('tone.allow'), t('tone.allow'), 'allow', () => actions.allow(finding)),
      );
      pop.replaceChildren(why, ...(finding.suggestions.length > 0 ? [fixes] : []), more);
      pop.hidden = false;
      const view = doc.defaultView;
      const vh = view?.innerHeight ?? 800;
      const vw = view?.innerWidth ?? 1200;
      const height = pop.offsetHeight || 90;
      const width = pop.offsetWidth || 240;
      const below = anchor.top + anchor.height + 4;
      const top = below + height > vh && anchor.top - height - 4 > 0 ? anchor.top - height - 4 : below;
      pop.style.top = `${top}px`;
      pop.style.left = `${Math.max(4, Math.min(anchor.left, vw - width - 8))}px`;
    },
    box() {
      if (pop.hidden) return null;
      const r = pop.getBoundingClientRect();
      return { left: r.left, top: r.top, width: r.width, height: r.height };
    },
    close() {
      current = null;
      pop.hidden = true;
      pop.replaceChildren();
    },
  };
}
