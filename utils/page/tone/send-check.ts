// The check before sending: in "block" mode a draft with findings at or above the threshold waits for the agent
// (dialog.ts); "Send anyway" replays the page's own send gesture (replay.ts). Also notes what was sent, for the sidebar.
import type { ToneFinding } from '../../tone/index';
import { isAttached, type EditableElement } from '../../editors/dom';
import { restoreCaret, saveCaret } from '../../editors/insert';
import { readTextMap } from '../../editors/text-map';
import { mostSevereFirst } from '../../tone/precedence';
import { applySuggestion } from '../../tone/rewrite';
import { sendCheckFindings, toDraftFinding } from './check';
import { askBeforeSending } from './dialog';
import { blocking } from './findings';
import { boxInTop } from './geometry';
import { createInsistence } from './insistence';
import { replaySendKey } from './replay';
import type { Rewriter } from './rewrite';
import type { ToneContext } from './state';
import type { DraftFinding, SentCheck } from './draft-report';

/** How many sent messages the sidebar's "Draft check" keeps for this page. */
export const SENT_KEPT = 5;
/** One send gesture can reach us twice (keydown, then the form's submit): the same text this soon is the same send. */
export const SAME_SEND_MS = 1500;
/** Longest a send waits for the rules on a page that has just loaded before the check says it cannot run. */
const FIRST_LOAD_WAIT_MS = 3000;

/**
 * The sent list with this message first; the same list when the draft is blank or the same send reached us twice.
 * `findings` is asked only when the message is new.
 */
export function recordSent(sent: readonly SentCheck[], text: string, at: number, findings: () => DraftFinding[]): SentCheck[] {
  if (text.trim() === '') return [...sent];
  const last = sent[0];
  if (last && last.text === text && at - last.at < SAME_SEND_MS) return [...sent];
  return [{ text, at, findings: findings() }, ...sent].slice(0, SENT_KEPT);
}

export interface SendCheck {
  /** Returns true when the send must wait for the agent (a dialog is shown), false to let it go. */
  guard(target: EditableElement, replay: () => void): boolean;
  /** Note the draft the agent is sending now (the page's send key, button or form went through). */
  noteSent(target: EditableElement): void;
  /** "Send anyway" after a key: the same key again (keydown, keypress, keyup), else the page's send control. */
  replayKey(target: EditableElement, keyTarget: Element, init: KeyboardEventInit): void;
  /** The page did not take the message (`left` false): say so; the draft stays as it is. */
  notSent(target: EditableElement, left: boolean): void;
}

export function createSendCheck(ctx: ToneContext, rewrite: Rewriter): SendCheck {
  const { state, win, t } = ctx;
  /** Rules the agent keeps sending past; the check-could-not-run notices are never offered. */
  const insistence = createInsistence((ruleId) => !ruleId.startsWith('check-'));

  function noteSent(target: EditableElement): void {
    const text = readTextMap(target).text;
    state.sent = recordSent(state.sent, text, Date.now(), () => (state.enabled ? ctx.compute(text).map(toDraftFinding) : []));
  }

  function guard(target: EditableElement, replay: () => void): boolean {
    if (!state.enabled || state.settings.mode !== 'block') return false;
    if (state.busy) return true;
    const map = readTextMap(target);
    const checked = ctx.compute(map.text);
    const firstLoad = state.firstLoad;
    if (state.checkState === 'none' && firstLoad && map.text.trim() !== '') {
      // The rules are on their way from the background: hold this send until they arrive, then decide.
      state.busy = true;
      void Promise.race([firstLoad, new Promise((r) => win.setTimeout(r, FIRST_LOAD_WAIT_MS))]).then(() => {
        state.busy = false;
        if (!guard(target, replay)) replay();
      });
      return true;
    }
    const all = sendCheckFindings(map.text, checked, state.checkState, t);
    state.findings = checked;
    state.lastText = map.text;
    if (blocking(all, state.settings.threshold).length === 0) return false;
    void confirm(target, all, replay);
    return true;
  }

  /** Asks again while anything still blocks after the agent's choice; once nothing does, the draft waits for Enter. */
  function askAgain(target: EditableElement, replay: () => void): Promise<void> | null {
    const rest = ctx.compute(readTextMap(target).text);
    return blocking(rest, state.settings.threshold).length > 0 ? confirm(target, rest, replay) : null;
  }

  async function confirm(target: EditableElement, all: ToneFinding[], replay: () => void): Promise<void> {
    state.busy = true;
    ctx.closePopover();
    const caret = saveCaret(target);
    const listed = mostSevereFirst(all);
    const choice = await askBeforeSending(ctx.topDoc, ctx.overlay.shadow, t, listed, insistence.offers(listed));
    state.busy = false;
    if (!isAttached(target)) return;
    restoreCaret(target, caret);
    if (choice === 'send') {
      insistence.sentAnyway(listed);
      noteSent(target);
      replay();
    } else if (typeof choice === 'object' && 'disableRule' in choice) {
      // Off for this agent at once (the background remembers it and tells every open page); the draft waits for Enter.
      state.settings = { ...state.settings, disabledRules: [...state.settings.disabledRules, choice.disableRule] };
      void ctx.send('tone:disable-rule', { ruleId: choice.disableRule }).catch(() => undefined);
      const again = askAgain(target, replay);
      if (again) return again;
      ctx.overlay.notice(t('tone.ruleOffDone'), boxInTop(target, win));
    } else if (choice === 'fix' || typeof choice === 'object') {
      if (choice === 'fix') await rewrite.fixAll(target);
      else {
        const before = readTextMap(target).text;
        await rewrite.applyOne(choice.apply, choice.suggestion);
        await rewrite.rendered(target, applySuggestion(before, choice.apply, choice.suggestion));
      }
      const again = askAgain(target, replay);
      if (again) return again;
    }
    ctx.schedule();
  }

  function notSent(target: EditableElement, left: boolean): void {
    if (left || state.disposed || !isAttached(target)) return;
    ctx.overlay.notice(t('tone.notSent'), boxInTop(target, win));
  }

  function replayKey(target: EditableElement, keyTarget: Element, init: KeyboardEventInit): void {
    void replaySendKey(target, keyTarget, init).then((left) => notSent(target, left));
  }

  return { guard, noteSent, replayKey, notSent };
}
