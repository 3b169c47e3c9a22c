// The tone check's one mutable state, shared by the parts index.ts wires together. Each field says who writes it.
import type { ToneFinding } from '../../tone/index';
import type { ProtocolMap, Sender } from '../../protocol';
import type { Translate } from '../../i18n';
import type { EditableElement } from '../../editors/dom';
import type { EditorTracker } from '../../editors/tracker';
import type { CheckState, DraftRules } from './check';
import type { MarkSpec, ToneOverlay } from './overlay';
import { DEFAULT_TONE_SETTINGS, type ToneAllowEntry, type ToneSettings } from '../../settings';
import type { SentCheck } from './draft-report';

/** Until the agent's settings arrive (or when the background cannot be reached): the defaults, but a send is stopped. */
export const FALLBACK_SETTINGS: ToneSettings = { ...DEFAULT_TONE_SETTINGS, mode: 'block' };

export interface ToneState {
  // ---- from the background (settings.ts)
  settings: ToneSettings;
  /** On with the default settings until the agent's settings arrive (a send right after load is still checked). */
  enabled: boolean;
  allow: ToneAllowEntry[];
  /** The rules the check runs with (see DraftRules); no rules until the background answers. */
  rules: DraftRules;
  /** Identifies the team rules last combined, so the same rules keep the same array (compiled once). */
  rulesKey: string;
  /** The first tone:get while it is on its way: a send before it answers waits for it (see send-check.ts). */
  firstLoad: Promise<void> | null;
  /** The request that loads the linear matcher for team rules (once per page). */
  linearLoad: Promise<{ loaded: boolean }> | null;

  // ---- the draft (index.ts: attach, run)
  el: EditableElement | null;
  resizeObserver: ResizeObserver | null;
  /** The draft text last checked; null = check again. */
  lastText: string | null;
  /** Where the input was when the overlay was last drawn ("" = draw again). */
  lastDrawnAt: string;
  /** Findings on the draft as shown. */
  findings: ToneFinding[];
  /** What the last check could run with: everything, the built-in rules only (a team rule threw), or nothing. */
  checkState: CheckState;
  /** The draft whose team rules ran out of time and were tried once more (see index.ts compute). */
  slowRetried: string | null;
  /** Words the agent ignored in this draft (findingKey). */
  ignored: Set<string>;
  /** The underlined spans as drawn (geometry.ts), for hover. */
  spans: MarkSpec[];
  sendButtons: Element[];
  raf: number;
  throttle: number;
  lastCheckAt: number;

  // ---- the popover (hover.ts)
  popoverSource: 'hover' | 'caret' | null;
  /** The span whose caret popover the agent closed with Esc (it stays closed while the caret stays there). */
  dismissedAtCaret: string | null;
  hoverTimer: number;

  // ---- sending and rewriting (send-check.ts, rewrite.ts)
  /** A dialog or a rewrite is in progress. */
  busy: boolean;
  /** A form submit we re-issue after "Send anyway" passes once. */
  letSubmitThrough: HTMLFormElement | null;
  /** Messages sent from this page, newest first. */
  sent: SentCheck[];

  disposed: boolean;
}

export function createToneState(): ToneState {
  return {
    settings: FALLBACK_SETTINGS,
    enabled: true,
    allow: [],
    rules: { combined: null, builtIn: null },
    rulesKey: '[]',
    firstLoad: null,
    linearLoad: null,
    el: null,
    resizeObserver: null,
    lastText: null,
    lastDrawnAt: '',
    findings: [],
    checkState: 'none',
    slowRetried: null,
    ignored: new Set(),
    spans: [],
    sendButtons: [],
    raf: 0,
    throttle: 0,
    lastCheckAt: -Infinity,
    popoverSource: null,
    dismissedAtCaret: null,
    hoverTimer: 0,
    busy: false,
    letSubmitThrough: null,
    sent: [],
    disposed: false,
  };
}

/** What every part of the tone check is handed: the page, the background, the state and the few shared actions. */
export interface ToneContext {
  win: Window;
  topDoc: Document;
  t: Translate;
  tracker: EditorTracker;
  send: Sender<ProtocolMap>;
  state: ToneState;
  overlay: ToneOverlay;
  /** The draft's findings with the current rules and settings; notes in state.checkState what the check ran with. */
  compute(text: string): ToneFinding[];
  /** Look at the draft on the next frame. */
  schedule(): void;
  /** Check the draft again on the next frame even if its text did not change (settings, allow-list). */
  recheck(): void;
  /** Close the popover (hover.ts). */
  closePopover(): void;
}
