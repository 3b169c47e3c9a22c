/**
 * What the background knows about who is asking, independent of what the message claims: the
 * kind of sender, its own tab and origin, and which phrases that tab has been shown. A content script runs in
 * a renderer the page can compromise, so a tab may only read the full text of a phrase that its
 * own slash search just listed.
 */
import type { SenderKind } from './protocol';
import { hostOf } from './packs/variants';

/** Who sent a runtime message, as the browser reports it (a subset of runtime.MessageSender). */
export interface MessageSender {
  id?: string;
  url?: string;
  /** The sending frame's origin (Chrome); Firefox gives only `url`. */
  origin?: string;
  /** The sender's tab; its `url` (the top page's address) only where the extension may see that page. */
  tab?: { id?: number; url?: string };
  frameId?: number;
}

/** This extension, as its senders show it. */
export interface ExtensionIdentity {
  extensionId: string;
  /** `chrome-extension://<id>/` (or moz-extension://…). */
  extensionOrigin: string;
}

/** Who sent a message: our content script, one of our pages, or someone we do not answer. */
export function classifySender(sender: MessageSender, self: ExtensionIdentity): SenderKind | null {
  if (sender.id !== self.extensionId) return null;
  if (sender.url?.startsWith(self.extensionOrigin)) return 'extension-page';
  if (sender.tab?.id !== undefined) return 'content';
  return null;
}

/** What a background handler knows of its message besides the payload. */
export interface MessageContext {
  sender: MessageSender;
  /** For the side panel's messages: the tab it acts on (utils/sidebar-session.ts). */
  panelTab?: number;
}

/** The tab a message acts on: the sender's own, or the side panel's. */
export function tabOf(ctx: MessageContext): number {
  const id = ctx.panelTab ?? ctx.sender.tab?.id;
  if (id === undefined) throw new Error('This message must come from a page inside a tab.');
  return id;
}

/** The sender's own origin; a content script may only read and write its own site's state. */
export function ownOrigin(ctx: MessageContext, claimed: string): string {
  const origin = senderOrigin(ctx.sender);
  if (origin === null || origin !== claimed) throw new Error(`This page may only ask about its own site (${origin ?? 'unknown'}).`);
  return origin;
}

/** The origin of the frame that sent a message (`sender.origin`, else from `sender.url`). */
export function senderOrigin(sender: MessageSender): string | null {
  if (typeof sender.origin === 'string' && sender.origin !== 'null') return sender.origin;
  if (sender.url === undefined) return null;
  try {
    const origin = new URL(sender.url).origin;
    return origin === 'null' ? null : origin;
  } catch {
    return null;
  }
}

/**
 * The host of the page a message acts on, for per-site variants (utils/packs/variants.ts): the sender tab's top page
 * as the browser reports it, else the tab looked up (the side panel has no tab of its own), else the sending frame.
 */
export async function pageHost(ctx: MessageContext, tabUrl: (tabId: number) => Promise<string | undefined>): Promise<string | null> {
  const reported = hostOf(ctx.sender.tab?.url);
  if (reported) return reported;
  const id = ctx.panelTab ?? ctx.sender.tab?.id;
  const looked = id === undefined ? null : hostOf(await tabUrl(id).catch(() => undefined));
  return looked ?? (ctx.panelTab === undefined ? hostOf(ctx.sender.url) : null);
}

export interface ShownIdsOptions {
  /** Ids remembered per tab (the last few searches' results). */
  perTab?: number;
  /** Tabs remembered; the least recently searching tab is forgotten first. */
  tabs?: number;
}

/**
 * Per tab, the phrase ids its recent slash searches returned (bounded in ids and tabs). Ids are
 * kept with the origin they were shown to: after the tab navigates elsewhere they no longer count.
 */
export class ShownIds {
  private readonly byTab = new Map<number, { origin: string; ids: string[] }>();
  private readonly perTab: number;
  private readonly tabs: number;

  constructor(options: ShownIdsOptions = {}) {
    this.perTab = options.perTab ?? 60;
    this.tabs = options.tabs ?? 50;
  }

  /** Remember that `tabId`, showing `origin`, was shown these ids (most recent last). */
  note(tabId: number, origin: string, ids: readonly string[]): void {
    const entry = this.byTab.get(tabId);
    const previous = entry?.origin === origin ? entry.ids.filter((id) => !ids.includes(id)) : [];
    this.byTab.delete(tabId);
    this.byTab.set(tabId, { origin, ids: [...previous, ...ids].slice(-this.perTab) });
    while (this.byTab.size > this.tabs) {
      const oldest = this.byTab.keys().next().value;
      if (oldest === undefined) break;
      this.byTab.delete(oldest);
    }
  }

  has(tabId: number, origin: string, id: string): boolean {
    const entry = this.byTab.get(tabId);
    return entry?.origin === origin && entry.ids.includes(id);
  }

  /** The tab closed or navigated away. */
  forget(tabId: number): void {
    this.byTab.delete(tabId);
  }
}
