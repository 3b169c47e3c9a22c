// Rewrites of the draft on the agent's action, always through the editor's own input handling (Ctrl+Z takes them
// back): one span, or every safe rewrite at once.
import type { ToneFinding } from '../../tone/index';
import { editorKind, isAttached, type EditableElement, type EditorRange } from '../../editors/dom';
import { insertIntoEditable, restoreCaret, settleSelection } from '../../editors/insert';
import { readDraftText, readTextMap } from '../../editors/text-map';
import { applyFixes, chooseFixes } from '../../tone/rewrite';
import type { ToneContext } from './state';
import type { ToneApplyRequest } from './draft-report';

export interface Span {
  start: number;
  end: number;
  text: string;
}

function isLowSurrogate(draft: string, i: number): boolean {
  const c = draft.charCodeAt(i);
  return c >= 0xdc00 && c <= 0xdfff;
}

/**
 * Deleting draft[start, end) as a replacement: the span and the character before it (else after it) become that
 * character, which every editor takes through its paste path (some, such as Slate, ignore a programmatic delete).
 * null when the span is the whole draft: then it can only be deleted.
 */
export function deletionAsReplacement(draft: string, start: number, end: number): Span | null {
  if (start > 0) {
    const from = start >= 2 && isLowSurrogate(draft, start - 1) ? start - 2 : start - 1;
    return { start: from, end, text: draft.slice(from, start) };
  }
  const next = draft.slice(end, end + (isLowSurrogate(draft, end + 1) ? 2 : 1));
  return next === '' ? null : { start, end: end + next.length, text: next };
}

/** True when draft[start, end) still reads what the finding (or request) flagged. */
export function stillReads(draft: string, span: Span): boolean {
  return draft.slice(span.start, span.end) === span.text;
}

function nextFrame(view: Window): Promise<void> {
  return new Promise((resolve) => view.requestAnimationFrame(() => resolve()));
}

export interface Rewriter {
  /** Replace draft[start, end) with `text`; false when the editor could not select the span. */
  replaceSpan(target: EditableElement, start: number, end: number, text: string): Promise<boolean>;
  /** Resolves once the draft reads `expected` (the editor rendered an edit), or after ~0.5 s. */
  rendered(target: EditableElement, expected: string): Promise<void>;
  /** The popover's (or the dialog's) rewrite of one finding in the tracked draft. */
  applyOne(finding: ToneFinding, suggestion: string): Promise<void>;
  /** The safe findings' first suggestions, right to left. */
  fixAll(target: EditableElement): Promise<void>;
  /** The sidebar's rewrite: only if draft[start, end) still reads `text`. */
  applyAt(request: ToneApplyRequest): Promise<{ ok: boolean }>;
}

export function createRewriter(ctx: ToneContext): Rewriter {
  const { state, tracker, win } = ctx;

  /**
   * Rich editors copy the DOM selection into their model asynchronously and may re-apply their own selection while
   * they render a previous edit, so the span is selected until it stays selected.
   */
  async function replaceSpan(target: EditableElement, start: number, end: number, text: string): Promise<boolean> {
    if (text === '') {
      const instead = deletionAsReplacement(readTextMap(target).text, start, end);
      if (instead) return replaceSpan(target, instead.start, instead.end, instead.text);
    }
    await tracker.whenIdle();
    const doc = target.ownerDocument;
    const rich = editorKind(target) === 'rich';
    let selection: EditorRange | null = null;
    for (let attempt = 0; attempt < 4; attempt++) {
      selection = readTextMap(target).selection(start, end);
      if (!selection) return false;
      restoreCaret(target, selection);
      if (!rich) break;
      await settleSelection(doc);
      const now = readTextMap(target).selected();
      if (now && now[0] === start && now[1] === end) break;
    }
    if (!selection) return false;
    if (text !== '') return (await insertIntoEditable(target, text, selection)).ok;
    // An empty rewrite deletes the span as if the agent pressed Delete on the selection.
    return doc.execCommand('delete');
  }

  async function rendered(target: EditableElement, expected: string): Promise<void> {
    const view = target.ownerDocument.defaultView ?? win;
    for (let i = 0; i < 30 && readDraftText(target) !== expected; i++) await nextFrame(view);
  }

  /** Runs an edit with the send check and the popover held off, then looks at the draft again. */
  async function whileBusy<T>(edit: () => Promise<T>): Promise<T> {
    state.busy = true;
    try {
      return await edit();
    } finally {
      state.busy = false;
      ctx.schedule();
    }
  }

  async function applyOne(finding: ToneFinding, suggestion: string): Promise<void> {
    const target = state.el;
    ctx.closePopover();
    if (!target || state.busy) return;
    if (!stillReads(readTextMap(target).text, finding)) return ctx.schedule();
    await whileBusy(() => replaceSpan(target, finding.start, finding.end, suggestion));
  }

  function fixAll(target: EditableElement): Promise<void> {
    return whileBusy(async () => {
      let text = readTextMap(target).text;
      for (const f of chooseFixes(ctx.compute(text), { safeOnly: true })) {
        if (!stillReads(readTextMap(target).text, f)) continue;
        await replaceSpan(target, f.start, f.end, f.suggestions[0] ?? '');
        text = applyFixes(text, [f]);
        // Let the editor render this edit before reading offsets for the next one.
        await rendered(target, text);
      }
    });
  }

  async function applyAt({ start, end, text, replacement }: ToneApplyRequest): Promise<{ ok: boolean }> {
    const target = tracker.current()?.el ?? null;
    if (!target || !isAttached(target) || state.busy) return { ok: false };
    if (!stillReads(readTextMap(target).text, { start, end, text })) return { ok: false };
    ctx.closePopover();
    return whileBusy(async () => ({ ok: await replaceSpan(target, start, end, replacement) }));
  }

  return { replaceSpan, rendered, applyOne, fixAll, applyAt };
}
