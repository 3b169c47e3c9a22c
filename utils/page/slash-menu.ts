import type { Translate } from '../i18n';
import type { RecalledValues } from '../placeholder-memory';
import { mountShadowHost } from './guarded-host';
import { nextBlank } from '../placeholders';
import type { Box } from '../editors/text-map';

/** A phrase as the content script may see it: only what is shown or inserted. */
export interface SlashSuggestion {
  id: string;
  title: string;
  /** Preview shown in the suggestion list (truncated text). */
  preview: string;
  shortcut?: string;
}

/** Rows the list has room for (slash.ts asks for at most this many) and its fixed height. */
export const LIST_ROWS = 8;
const LIST_HEIGHT = LIST_ROWS * 44 + 10;

const CSS = `
:host { all: initial; }
.box {
  position: fixed; z-index: 2147483647; min-width: 260px; max-width: 420px; margin: 0; padding: 4px 0;
  background: #fff; color: #1f2328; border: 1px solid #d0d7de; border-radius: 8px; list-style: none;
  box-shadow: 0 6px 24px rgba(0,0,0,.18); font: 13px/1.45 system-ui, sans-serif;
}
@media (prefers-color-scheme: dark) { .box { background: #1b1d21; color: #e6e8eb; border-color: #353a41; } }
.opt { padding: 4px 10px; cursor: pointer; display: grid; grid-template-columns: 1fr auto; gap: 0 8px; }
.opt[aria-selected="true"] { background: #fff4e6; box-shadow: inset 3px 0 0 #d9480f; }
@media (prefers-color-scheme: dark) { .opt[aria-selected="true"] { background: #3a2b1f; } }
.title { font-weight: 600; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.code { font: 11px monospace; opacity: .7; }
.preview { grid-column: 1 / -1; opacity: .75; font-size: 12px; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.empty { padding: 4px 10px; opacity: .7; }
form { display: grid; gap: 6px; padding: 6px 10px; }
.note { margin: 0; color: #c92a2a; font: 12px/1.4 system-ui, sans-serif; }
label { display: grid; grid-template-columns: 5em 1fr auto; gap: 6px; align-items: center; }
small { opacity: .7; font-size: 11px; white-space: nowrap; }
input { font: inherit; border: 1px solid #d0d7de; border-radius: 6px; padding: 2px 6px; }
button { font: inherit; justify-self: end; border: 0; border-radius: 6px; padding: 2px 12px; background: #d9480f; color: #fff; cursor: pointer; }
[hidden] { display: none !important; }
/* Library text is drawn as generated content: the page's window.find() cannot see it. */
[data-text]::before { content: attr(data-text); }
/* Always as tall as a full list: the page's hit tests cannot count the results. */
ul.box { height: ${LIST_HEIGHT}px; overflow: hidden; box-sizing: border-box; }
`;

const NOTHING_RECALLED: RecalledValues = { values: {}, fromPage: [] };

export interface SlashMenu {
  readonly isOpen: boolean;
  show(items: SlashSuggestion[], at: Box, query: string): void;
  move(delta: number): void;
  selected(): SlashSuggestion | null;
  /** Ask for placeholder values; resolves with them, or null when the agent cancels. */
  /** `recalled`: values to start from (the chat page's, or the agent's from last time), marked with where they came from. */
  askValues(names: string[], at: Box, recalled?: RecalledValues): Promise<Record<string, string> | null>;
  close(): void;
  dispose(): void;
}

/** Below the caret's box (in the top window's viewport), or above it when there is no room below. */
function place(el: HTMLElement, at: Box): void {
  const view = el.ownerDocument.defaultView;
  const vh = view?.innerHeight ?? 800;
  const vw = view?.innerWidth ?? 1200;
  el.style.left = `${Math.max(4, Math.min(at.left, vw - 430))}px`;
  const below = at.top + at.height + 4;
  if (below + LIST_HEIGHT > vh && at.top > LIST_HEIGHT + 10) {
    el.style.top = '';
    el.style.bottom = `${vh - at.top + 4}px`;
  } else {
    el.style.bottom = '';
    el.style.top = `${below}px`;
  }
}

/** One suggestion of the list, its text drawn as generated content; a trusted click picks it. */
function optionRow(doc: Document, item: SlashSuggestion, selected: boolean, onPick: (item: SlashSuggestion) => void): HTMLLIElement {
  const li = doc.createElement('li');
  li.className = 'opt';
  li.setAttribute('role', 'option');
  li.setAttribute('aria-selected', String(selected));
  const title = doc.createElement('span');
  title.className = 'title';
  title.dataset.text = item.title;
  const code = doc.createElement('span');
  code.className = 'code';
  code.dataset.text = item.shortcut ?? '';
  const preview = doc.createElement('span');
  preview.className = 'preview';
  preview.dataset.text = item.preview;
  li.append(title, code, preview);
  li.addEventListener('mousedown', (e) => e.preventDefault());
  li.addEventListener('click', (e) => {
    if (e.isTrusted) onPick(item);
  });
  return li;
}

/** The form's fields: a labelled input per blank, the note that names a blank left empty, and the insert button. */
function fillForm(form: HTMLFormElement, t: Translate, names: readonly string[], recalled: RecalledValues): { inputs: HTMLInputElement[]; note: HTMLParagraphElement } {
  const doc = form.ownerDocument;
  form.replaceChildren();
  form.setAttribute('aria-label', t('slash.fill'));
  const inputs = names.map((name) => {
    const label = doc.createElement('label');
    const span = doc.createElement('span');
    span.textContent = name;
    const input = doc.createElement('input');
    label.append(span, input);
    const value = recalled.values[name];
    if (value) {
      // Shown and selected, so typing replaces it; marked with where it came from.
      input.value = value;
      const origin = t(recalled.fromPage.includes(name) ? 'fill.fromChat' : 'fill.recalled');
      input.setAttribute('aria-description', origin);
      const mark = doc.createElement('small');
      mark.textContent = origin;
      mark.setAttribute('aria-hidden', 'true');
      label.append(mark);
      input.addEventListener('focus', () => input.value === value && input.select());
    }
    form.append(label);
    return input;
  });
  const note = doc.createElement('p');
  note.className = 'note';
  note.setAttribute('role', 'alert');
  note.hidden = true;
  const submit = doc.createElement('button');
  submit.type = 'submit';
  submit.textContent = t('sidebar.insert');
  form.append(note, submit);
  return { inputs, note };
}

/**
 * Asks for the blanks' values in the form (shown by `show`): resolves with them, or null on Esc. Enter on an empty
 * blank moves to it and says so; Enter again there leaves it empty on purpose. `focused` names the blank whose input
 * has the focus.
 */
function askInForm(
  form: HTMLFormElement,
  t: Translate,
  names: string[],
  recalled: RecalledValues,
  show: () => void,
  focused: () => string | undefined,
): Promise<Record<string, string> | null> {
  const { inputs, note } = fillForm(form, t, names, recalled);
  const skipped = new Set<string>();
  let warned: string | null = null;
  inputs.forEach((input, i) => {
    input.dataset.name = names[i] as string;
    input.addEventListener('input', () => {
      if (warned === names[i]) {
        warned = null;
        note.hidden = true;
      }
    });
  });
  show();
  inputs[0]?.focus();
  return new Promise((resolve) => {
    const finish = (value: Record<string, string> | null) => {
      form.hidden = true;
      form.onsubmit = null;
      form.onkeydown = null;
      resolve(value);
    };
    form.onsubmit = (e) => {
      e.preventDefault();
      const values = Object.fromEntries(names.map((n, i) => [n, inputs[i]?.value ?? '']));
      let blank = nextBlank(names, values, skipped);
      if (blank !== null && blank === warned && focused() === blank) {
        skipped.add(blank);
        inputs[names.indexOf(blank)]?.setAttribute('placeholder', t('fill.skipped'));
        blank = nextBlank(names, values, skipped);
      }
      if (blank === null) return finish(values);
      warned = blank;
      note.textContent = t('fill.blank', { name: blank });
      note.hidden = false;
      inputs[names.indexOf(blank)]?.focus();
    };
    form.onkeydown = (e) => {
      e.stopPropagation();
      if (e.key === 'Escape') finish(null);
    };
  });
}

/**
 * The suggestion list shown at the caret for `/query`. Lives in a closed shadow root: the page can
 * neither style nor read it. What the page could still probe is closed too: text only as generated
 * content (window.find skips it), generic font families only (no @font-face of the page's can
 * match them and learn which characters are drawn), and one fixed height whatever the count. Focus stays in the page's editor while the list is open.
 */
export function createSlashMenu(doc: Document, t: Translate, onPick: (item: SlashSuggestion) => void): SlashMenu {
  const list = doc.createElement('ul');
  list.className = 'box';
  list.setAttribute('role', 'listbox');
  list.hidden = true;
  const form = doc.createElement('form');
  form.className = 'box';
  form.hidden = true;
  const ui = mountShadowHost(doc, CSS, [list, form]);

  let items: SlashSuggestion[] = [];
  let active = 0;

  function render(query: string): void {
    list.replaceChildren();
    if (items.length === 0) {
      const li = doc.createElement('li');
      li.className = 'empty';
      li.dataset.text = `${t('sidebar.noResults', { query })} ${t('slash.noResultKeys')}`;
      list.append(li);
      return;
    }
    items.forEach((item, i) => list.append(optionRow(doc, item, i === active, onPick)));
  }

  return {
    get isOpen() {
      return !list.hidden;
    },
    show(next, at, query) {
      list.setAttribute('aria-label', t('slash.label'));
      items = next;
      active = 0;
      render(query);
      list.hidden = false;
      place(list, at);
    },
    move(delta) {
      if (items.length === 0) return;
      active = (active + delta + items.length) % items.length;
      list.querySelectorAll('[role=option]').forEach((li, i) => li.setAttribute('aria-selected', String(i === active)));
    },
    selected: () => items[active] ?? null,
    askValues(names, at, recalled = NOTHING_RECALLED) {
      list.hidden = true;
      const show = () => {
        form.hidden = false;
        place(form, at);
      };
      return askInForm(form, t, names, recalled, show, () => (ui.shadow.activeElement as HTMLInputElement | null)?.dataset.name);
    },
    close() {
      list.hidden = true;
      items = [];
    },
    dispose: () => ui.dispose(),
  };
}
