import type { ToneFinding } from '../../tone/index';
import type { Translate } from '../../i18n';

export const DIALOG_CSS = `
.backdrop { position: fixed; inset: 0; z-index: 2147483647; pointer-events: auto; background: rgba(0,0,0,.18); display: grid; place-items: center; }
.alert {
  width: min(460px, calc(100vw - 32px)); max-height: calc(100vh - 48px); overflow: auto; box-sizing: border-box; padding: 16px 18px;
  background: #fff; color: #1f2328; border-radius: 10px; box-shadow: 0 12px 40px rgba(0,0,0,.3);
  font: 14px/1.55 system-ui, sans-serif;
}
@media (prefers-color-scheme: dark) { .alert { background: #1b1d21; color: #e6e8eb; } }
.alert h2 { font-size: 16px; margin: 0 0 6px; }
.alert p { margin: 0 0 8px; }
.alert ul { margin: 0 0 14px; padding-left: 18px; }
.alert li { margin: 3px 0; }
.alert q { font-weight: 600; }
.alert .to { color: #1a7f37; }
.alert .sev { font-weight: 600; margin-right: 4px; }
.alert .sev.error { color: #d1242f; } .alert .sev.warning { color: #bf6a02; } .alert .sev.hint { color: #0969da; }
.alert .actions { display: flex; gap: 8px; justify-content: flex-end; flex-wrap: wrap; }
.alert button { font: inherit; cursor: pointer; border-radius: 6px; padding: 4px 14px; border: 1px solid #d0d7de; background: transparent; color: inherit; }
.alert button.primary { background: #1a7f37; border-color: #1a7f37; color: #fff; }
.alert button:disabled { opacity: .45; cursor: default; }
.alert .choices { display: flex; flex-wrap: wrap; gap: 6px; margin: 4px 0 2px; }
.alert .choices button { padding: 2px 10px; border-color: #1a7f37; color: #1a7f37; }
.alert .note { font-size: 13px; opacity: .8; }
.alert .offer { align-items: center; }
.alert .offer button { border-color: #6e7781; color: inherit; }
.alert button:focus-visible { outline: 2px solid #0969da; outline-offset: 2px; }
`;

/** What the agent chose: fix the safe wording, send anyway, go back to editing, or one rewrite of one finding. */
export type SendChoice = 'fix' | 'send' | 'cancel' | { apply: ToneFinding; suggestion: string } | { disableRule: string };

/**
 * The check-before-sending dialog (role alertdialog): lists the findings and asks the agent to fix the safe ones
 * (一键修改 replaces only wording that keeps the meaning, such as 你 → 您), choose a rewrite for the others, send
 * anyway or go back to editing. The first focus is on Cancel, so a reflex second Enter neither rewrites nor sends.
 * Esc cancels; Tab cycles through the buttons.
 */
export function askBeforeSending(
  doc: Document,
  shadow: ShadowRoot,
  t: Translate,
  findings: readonly ToneFinding[],
  /** Rules the agent keeps sending past (utils/page/tone/insistence.ts): each gets "stop checking this for me". */
  offers: ReadonlySet<string> = new Set(),
): Promise<SendChoice> {
  const backdrop = doc.createElement('div');
  backdrop.className = 'backdrop';
  const box = doc.createElement('div');
  box.className = 'alert';
  box.setAttribute('role', 'alertdialog');
  box.setAttribute('aria-modal', 'true');
  box.setAttribute('aria-labelledby', 'huashu-tone-title');
  box.setAttribute('aria-describedby', 'huashu-tone-intro');
  const title = doc.createElement('h2');
  title.id = 'huashu-tone-title';
  title.textContent = t('tone.dialogTitle');
  const intro = doc.createElement('p');
  intro.id = 'huashu-tone-intro';
  intro.textContent = t('tone.dialogIntro', { count: findings.length });
  const list = doc.createElement('ul');
  const choices: HTMLButtonElement[] = [];
  for (const f of findings) {
    const item = findingItem(doc, t, f, offers.has(f.ruleId), (choice) => pick(choice));
    list.append(item.li);
    choices.push(...item.choices);
  }
  const note = doc.createElement('p');
  note.className = 'note';
  note.textContent = t('tone.safeNote');
  const actions = doc.createElement('div');
  actions.className = 'actions';
  const make = (label: string, choice: 'fix' | 'send' | 'cancel', primary: boolean) => {
    const b = doc.createElement('button');
    b.type = 'button';
    b.textContent = label;
    if (primary) b.className = 'primary';
    b.dataset.choice = choice;
    return b;
  };
  const canFix = findings.some((f) => f.safe && f.suggestions.length > 0);
  const fix = make(t('tone.fixAll'), 'fix', true);
  fix.disabled = !canFix;
  const send = make(t('tone.sendAnyway'), 'send', false);
  const cancel = make(t('tone.cancel'), 'cancel', false);
  actions.append(fix, send, cancel);
  box.append(title, intro, list, ...(choices.length > 0 ? [note] : []), actions);
  backdrop.append(box);
  shadow.append(backdrop);
  const buttons = [...choices, fix, send, cancel].filter((b) => !b.disabled);

  let pick: (choice: SendChoice) => void = () => undefined;
  return new Promise((resolve) => {
    const finish = (choice: SendChoice) => {
      backdrop.remove();
      resolve(choice);
    };
    pick = finish;
    for (const b of [fix, send, cancel]) {
      b.addEventListener('click', (e) => {
        if (e.isTrusted) finish(b.dataset.choice as 'fix' | 'send' | 'cancel');
      });
    }
    backdrop.addEventListener('mousedown', (e) => {
      if (e.target === backdrop) e.preventDefault();
    });
    box.addEventListener('keydown', (e) => {
      // Keys typed in the dialog stay in it (the page's shortcuts must not see them).
      e.stopPropagation();
      if (e.key === 'Escape') {
        e.preventDefault();
        finish('cancel');
      } else if (e.key === 'Tab') {
        e.preventDefault();
        const at = buttons.indexOf(shadow.activeElement as HTMLButtonElement);
        const next = (at + (e.shiftKey ? -1 : 1) + buttons.length) % buttons.length;
        buttons[next]?.focus();
      }
    });
    cancel.focus();
  });
}

/** One finding in the dialog: what and why, its safe rewrite or the rewrites to choose from, and the offer to switch
 *  its rule off (`offered`). `choices`: its buttons, in order. */
function findingItem(
  doc: Document,
  t: Translate,
  f: ToneFinding,
  offered: boolean,
  pick: (choice: SendChoice) => void,
): { li: HTMLLIElement; choices: HTMLButtonElement[] } {
  const choices: HTMLButtonElement[] = [];
  const li = doc.createElement('li');
  const sev = doc.createElement('span');
  sev.className = `sev ${f.severity}`;
  sev.textContent = t(`tone.${f.severity}`);
  const what = doc.createElement('q');
  what.textContent = f.start === f.end ? t('tone.wholeMessage') : f.text;
  li.append(sev, what, doc.createTextNode(` ${f.message}`));
  const first = f.suggestions[0];
  if (first !== undefined && f.safe) {
    const to = doc.createElement('span');
    to.className = 'to';
    to.textContent = `${describe(t, f, first)} (${t('tone.safeMark')})`;
    li.append(to);
  } else if (first !== undefined) {
    // Needs the agent's eye: each rewrite is a button, previewed in its label.
    const row = doc.createElement('div');
    row.className = 'choices';
    for (const s of f.suggestions.slice(0, 3)) {
      const b = doc.createElement('button');
      b.type = 'button';
      b.textContent = f.start === f.end ? t('tone.prepend', { text: s }) : s === '' ? t('tone.remove', { text: f.text }) : t('tone.replace', { text: s });
      b.addEventListener('click', (e) => {
        if (e.isTrusted) pick({ apply: f, suggestion: s });
      });
      row.append(b);
      choices.push(b);
    }
    li.append(row);
  }
  if (offered) {
    const off = doc.createElement('div');
    off.className = 'choices offer';
    const why = doc.createElement('span');
    why.className = 'note';
    why.textContent = t('tone.offerOff');
    const b = doc.createElement('button');
    b.type = 'button';
    b.textContent = t('tone.ruleOffButton');
    b.addEventListener('click', (e) => {
      if (e.isTrusted) pick({ disableRule: f.ruleId });
    });
    off.append(why, b);
    choices.push(b);
    li.append(off);
  }
  return { li, choices };
}

/** "→ 您" for a replacement, "→ remove “…”" for a deletion, "→ start with “…”" for a whole-message fix. */
function describe(t: Translate, f: ToneFinding, s: string): string {
  if (f.start === f.end) return ` → ${t('tone.prepend', { text: s })}`;
  return s === '' ? ` → ${t('tone.remove', { text: f.text })}` : ` → ${s}`;
}
