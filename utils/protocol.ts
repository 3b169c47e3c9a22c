/**
 * The one message protocol between the content script, the background service worker and
 * the extension pages (sidebar, popup, options). Every message name and payload is typed here;
 * nothing else sends ad-hoc messages. Web pages cannot use it: the manifest declares no
 * `externally_connectable`, and the background checks who sent each message (see `senderKinds`).
 */
import type { PlaceholderValues, RecalledValues } from './placeholder-memory';
import type { InsertOutcome } from './editors/insert';
import type { ManagedPolicy } from './managed-policy';
import type { SubscriptionOutcome } from './packs/subscriptions-runner';
import type { SlashSuggestion } from './page/slash-menu';
import type { DraftReport, ToneApplyRequest } from './page/tone/draft-report';
import type { ClockSettings, SiteState, ToneAllowEntry, ToneSettings, UiSettings } from './settings';
import type { ToneModel } from './tone/model';
import type { ToneRule } from './tone/schema';
import type { SuggestionsView, SuggestSource } from './suggest/view';
import type { TaughtRule } from './page/transcript/rule-schema';

/** How a teach step ended (utils/page/teach.ts): taught, or why not. */
export type TeachOutcome =
  | { ok: true }
  | { ok: false; reason: 'same-message' | 'no-common-list' | 'no-difference' | 'unreachable' | 'cancelled' | 'unavailable' };

/** What the reply clock of a page reports. */
export type ClockState = 'waiting' | 'answered' | 'idle';
export const CLOCK_STATES: readonly ClockState[] = ['waiting', 'answered', 'idle'];

export interface ClockView {
  since: number | null;
  targetMs: number;
}

/** Who may send a message: the content script of a tab, or an extension page. */
export type SenderKind = 'content' | 'extension-page';

export interface ProtocolMap {
  /** Content script → background: its site's remembered sidebar state and the UI settings. */
  'site:get': { req: { origin: string }; res: { state: SiteState; settings: UiSettings } };
  /** Content script → background: remember the sidebar state for a site. */
  'site:set': { req: { origin: string; state: SiteState }; res: void };
  /** Sidebar → background → the content script of the sidebar's own tab: insert a phrase's text into the chat input
   *  (content:insert), and count a use when it went in. `values`: what the agent gave its blanks, remembered in that
   *  tab's chat for the next phrase that asks (utils/placeholder-memory.ts). */
  'phrase:insert': { req: { phraseId: string; text: string; caretBack: number; values?: PlaceholderValues }; res: InsertOutcome };
  /** Sidebar → background → content script of its tab: the values the agent last gave these blanks in this chat. */
  'phrase:recall-values': { req: { names: string[] }; res: RecalledValues };
  /** Sidebar → background → content script of its tab: close (Esc) or resize the sidebar. */
  'sidebar:close': { req: Record<string, never>; res: void };
  'sidebar:resize': { req: { width: number; collapsed: boolean }; res: void };
  /** Content script → background: a one-time key for the sidebar frame it is about to mount (see utils/sidebar-session.ts). */
  'sidebar:register': { req: Record<string, never>; res: { key: string } };
  /** Sidebar → background: claim the key from the URL fragment; until ok, the sidebar shows nothing and its messages are refused. */
  'sidebar:claim': { req: { key: string }; res: { ok: boolean } };
  /** Content script → background, inside the agent's click or key: open the browser's side panel for this tab, when
   *  the agent chose it (Chrome); `opened` false means the in-page sidebar is wanted. */
  'panel:open': { req: Record<string, never>; res: { opened: boolean } };
  /** Popup → background: open or close the sidebar in a tab. */
  'sidebar:toggle': { req: { tabId: number }; res: { open: boolean } };
  /** Popup / options → background: the list of enabled sites changed; re-register, inject into a tab. */
  'sites:changed': { req: { injectTabId?: number }; res: void };
  /** Content script → background: suggestions for the in-input trigger (`/query`). */
  'slash:search': { req: { query: string; limit: number }; res: SlashSuggestion[] };
  /** Content script → background: the full text of a suggestion the agent chose (counts a use). */
  'slash:resolve': { req: { id: string }; res: { text: string; use?: number } | null };
  /** Content script → background: tone-check settings for its site (enabled = not off here) and the allow-list. */
  /** `rules`: the custom tone rules of the team packs in use (checked with the built-in ones); `builtIn` / `model`: the
   *  built-in rules and tone model (the content script does not bundle them), sent only when the caller's `have` is
   *  not the current `version`. */
  'tone:get': {
    req: { origin: string; have?: string };
    res: {
      settings: ToneSettings;
      enabled: boolean;
      allow: ToneAllowEntry[];
      rules: ToneRule[];
      version: string;
      builtIn: readonly ToneRule[] | null;
      model: ToneModel | null;
    };
  };
  /** Content script → background: load the linear-time matcher (entrypoints/linear-matcher.ts) into the sender's own
   *  frame, for the team packs' tone rules. `loaded` false when it could not be injected. */
  'tone:linear': { req: Record<string, never>; res: { loaded: boolean } };
  /** Content script → background: load the transcript reader (entrypoints/transcript-reader.ts) into the sender's own
   *  frame, when the page's conversation is needed. `loaded` false when it could not be injected. */
  'transcript:load': { req: Record<string, never>; res: { loaded: boolean } };
  /** Content script → background, from the send check's "stop checking this" (a trusted click): switch one rule off. */
  'tone:disable-rule': { req: { ruleId: string }; res: void };
  /** Content script → background: "Don't flag this again". */
  'tone:allow': { req: ToneAllowEntry; res: void };
  /** Extension pages → background: change tone-check settings and/or replace the allow-list. */
  'tone:set': { req: { settings?: Partial<ToneSettings>; allow?: ToneAllowEntry[] }; res: { settings: ToneSettings; allow: ToneAllowEntry[] } };
  /** Sidebar → background → content script of its tab (content:read-draft): the draft's findings and the last sent messages. */
  'tone:read-draft': { req: Record<string, never>; res: DraftReport };
  /** Sidebar → background → content script of its tab (content:apply-rewrite): apply one rewrite to the draft (the page
   *  editor's own input path). */
  'tone:apply-rewrite': { req: ToneApplyRequest; res: { ok: boolean } };
  /** Content script → background: the customer's latest message (read from the transcript) or the text the agent
   *  selected on the page; the background keeps the suggested replies for it, for this tab only. */
  'suggest:message': { req: { text: string; source: SuggestSource }; res: { count: number } };
  /** Sidebar → background: the suggested replies of its own tab (ids and why; the sidebar holds the phrases). */
  'suggest:get': { req: Record<string, never>; res: SuggestionsView };
  /** Sidebar → background: the host of the page it serves (its tab's, or the side panel's tab's), so it shows each
   *  phrase's variant for that site (utils/packs/variants.ts); null when the browser does not say. */
  'sidebar:site': { req: Record<string, never>; res: { host: string | null } };
  /** Content script → background, on the agent's Alt+1/2/3 in the chat input: the full text of that suggestion of
   *  this tab (counts a use, and is learned as the answer to the message). */
  'suggest:pick': { req: { rank: number }; res: { id: string; text: string; use?: number } | null };
  /** Content script → background, when a send gesture took the draft: for each insertion into that chat input (by
   *  the number it came with), the share of its text the agent changed before sending (0–1). No text. */
  'usage:sent': { req: { uses: { use: number; changed: number }[] }; res: void };
  /** Content script → background: is the reply clock on for its site, and its target there. */
  'clock:get': { req: { origin: string }; res: { enabled: boolean; targetMs: number } };
  /** Content script → background: the customer's message has waited `waitedMs` (state waiting), the agent answered
   *  (recorded as one reply, timed by the background), or there is nothing to wait for (idle: another conversation). */
  'clock:state': { req: { state: ClockState; waitedMs: number }; res: void };
  /** Sidebar → background: the wait of its own tab (`since` in ms since epoch, null when none). */
  'clock:view': { req: Record<string, never>; res: ClockView };
  /** Options → background: switch the reply clock on or off, or replace the agent's targets (seconds by origin or
   *  platform id); open chat pages ask again. */
  'clock:set': { req: Partial<ClockSettings>; res: ClockSettings };
  /** Content script → background: the transcript rule the agent taught for its site (null: the reader guesses). */
  'teach:get': { req: { origin: string }; res: { rule: TaughtRule | null } };
  /** Content script → background: keep the rule the agent just taught for its site. */
  'teach:save': { req: { origin: string; rule: TaughtRule }; res: void };
  /** Sidebar → background: start the teach step in its own tab; resolves when the agent finished or cancelled it. */
  'teach:start': { req: Record<string, never>; res: TeachOutcome };
  /** Options → background: forget the rule of one site (open pages of it guess again). */
  'teach:reset': { req: { origin: string }; res: void };
  /** Options → background: subscribe to a pack URL and fetch it now. */
  'subscriptions:add': { req: { url: string }; res: SubscriptionOutcome };
  /** Options → background: fetch one subscription, or all (also managed ones) when no url is given. */
  'subscriptions:refresh': { req: { url?: string }; res: SubscriptionOutcome[] };
  /** Options → background: unsubscribe and remove the pack's phrases (not for managed subscriptions). */
  'subscriptions:remove': { req: { url: string }; res: void };
  /** Options → background: what the administrator's managed policy decides (the import preview follows it). */
  'policy:get': { req: Record<string, never>; res: ManagedPolicy };
}

/** Background → content script messages (sent with tabs.sendMessage). */
export interface ContentProtocolMap {
  /** `panel`: asked from the browser's side panel (utils/side-panel.ts), which the page cannot cover: no exposure check. */
  'content:insert': { req: { text: string; caretBack: number; panel?: boolean; values?: PlaceholderValues; use?: number }; res: InsertOutcome };
  'content:recall-values': { req: { names: string[] }; res: RecalledValues };
  /** `hotkey`: the agent's Alt+Shift+H: opens, or focuses the open sidebar's search, and closes only when it has focus. */
  'content:toggle-sidebar': { req: { open?: boolean; hotkey?: boolean }; res: { open: boolean } };
  'content:resize-sidebar': { req: { width: number; collapsed: boolean }; res: void };
  'content:read-draft': { req: Record<string, never>; res: DraftReport };
  'content:apply-rewrite': { req: ToneApplyRequest; res: { ok: boolean } };
  /** The agent changed the tone settings or allow-list: read them again now. */
  'content:tone-settings-changed': { req: Record<string, never>; res: void };
  /** The agent switched the reply clock or changed targets: ask again now. */
  'content:clock-settings-changed': { req: Record<string, never>; res: void };
  /** The agent asked to teach the transcript reader this page: wait for their two clicks (or Esc). */
  'content:teach': { req: Record<string, never>; res: TeachOutcome };
  /** A site's taught rule was reset: read the transcript by the guess again. */
  'content:teach-changed': { req: Record<string, never>; res: void };
}

/** Background → extension pages (runtime.sendMessage): a ping without content; each sidebar asks for its own tab's. */
export interface PageProtocolMap {
  'pages:suggestions-changed': { req: Record<string, never>; res: void };
  /** A tab's reply clock started or stopped (each sidebar asks clock:view for its own tab). */
  'pages:clock-changed': { req: Record<string, never>; res: void };
}

/** Which senders each background message accepts. */
export const senderKinds: { readonly [K in keyof ProtocolMap]: readonly SenderKind[] } = {
  'site:get': ['content'],
  'site:set': ['content'],
  'phrase:insert': ['extension-page'],
  'phrase:recall-values': ['extension-page'],
  'sidebar:close': ['extension-page'],
  'sidebar:resize': ['extension-page'],
  'sidebar:register': ['content'],
  'sidebar:claim': ['extension-page'],
  'sidebar:toggle': ['extension-page'],
  'panel:open': ['content'],
  'sites:changed': ['extension-page'],
  'slash:search': ['content'],
  'slash:resolve': ['content'],
  'tone:get': ['content'],
  'tone:linear': ['content'],
  'transcript:load': ['content'],
  'tone:allow': ['content'],
  'tone:disable-rule': ['content'],
  'tone:set': ['extension-page'],
  'tone:read-draft': ['extension-page'],
  'tone:apply-rewrite': ['extension-page'],
  'suggest:message': ['content'],
  'suggest:get': ['extension-page'],
  'sidebar:site': ['extension-page'],
  'suggest:pick': ['content'],
  'usage:sent': ['content'],
  'clock:get': ['content'],
  'clock:state': ['content'],
  'clock:view': ['extension-page'],
  'clock:set': ['extension-page'],
  'teach:get': ['content'],
  'teach:save': ['content'],
  'teach:start': ['extension-page'],
  'teach:reset': ['extension-page'],
  'subscriptions:add': ['extension-page'],
  'subscriptions:refresh': ['extension-page'],
  'subscriptions:remove': ['extension-page'],
  'policy:get': ['extension-page'],
};

export type Envelope<M, K extends keyof M = keyof M> = K extends keyof M
  ? { type: K; data: M[K] extends { req: infer R } ? R : never }
  : never;

export type Req<M, K extends keyof M> = M[K] extends { req: infer R } ? R : never;
export type Res<M, K extends keyof M> = M[K] extends { res: infer R } ? R : never;

export interface Transport {
  sendMessage(message: unknown): Promise<unknown>;
}

export type Sender<M> = <K extends keyof M & string>(type: K, data: Req<M, K>) => Promise<Res<M, K>>;

/** Typed sender for one side of the protocol. */
export function createSender<M>(transport: Transport): Sender<M> {
  return ((type: string, data: unknown) => transport.sendMessage({ type, data })) as Sender<M>;
}

/** One handler for every message of `M` (a map that leaves one out does not compile; pass a `Pick` of the map to
 *  handle only some messages in one place). */
export type Handlers<M, Ctx> = {
  [K in keyof M]: (data: Req<M, K>, ctx: Ctx) => Res<M, K> | Promise<Res<M, K>>;
};

export function isEnvelope<M>(message: unknown, handlers: Handlers<M, never>): message is Envelope<M> {
  return (
    typeof message === 'object' &&
    message !== null &&
    typeof (message as { type?: unknown }).type === 'string' &&
    Object.prototype.hasOwnProperty.call(handlers, (message as { type: string }).type)
  );
}

/**
 * Dispatch one incoming message to its handler. Returns undefined when the message is not ours
 * (or its sender is not allowed), so the caller can leave it to other listeners.
 */
export function dispatch<M, Ctx>(
  handlers: Handlers<M, Ctx>,
  message: unknown,
  ctx: Ctx,
  allowed?: (type: keyof M & string) => boolean,
  /** Checks the payload before the handler sees it (throws to refuse; see utils/protocol-schemas.ts). */
  parse?: (type: keyof M & string, data: unknown) => unknown,
): Promise<unknown> | undefined {
  if (!isEnvelope<M>(message, handlers as Handlers<M, never>)) return undefined;
  const { type, data } = message as { type: keyof M & string; data: unknown };
  if (allowed && !allowed(type)) return undefined;
  const handler = handlers[type] as ((d: unknown, c: Ctx) => unknown) | undefined;
  if (!handler) return undefined;
  // The handler starts in this same task, not a microtask later: the browser grants some calls (opening its side
  // panel) only while the user's gesture that sent the message is being handled.
  try {
    return Promise.resolve(handler(parse ? parse(type, data) : data, ctx));
  } catch (error) {
    return Promise.reject(error);
  }
}
