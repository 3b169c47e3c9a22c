// Reads the transcript of the conversation a composer belongs to: the log (taught rule first, else the best guess),
// its latest messages in the order they show, and who wrote each.
import { findLog } from './find-log';
import { readHeader, type ConversationHeader } from './header';
import { domLayout, NO_LAYOUT, type Layout } from './layout';
import { LIMITS } from './limits';
import { contentChildren, messageFamily, messageText } from './messages';
import { applyRule, ruleSide } from './rule';
import type { TaughtRule } from './rule-schema';
import { alignmentOf, decideSides, type SideDecision } from './side';
import { tokensWithin, type Side } from './tokens';
import { topDocument } from './tree';

export interface TranscriptMessage {
  readonly text: string;
  readonly side: Side;
  /** 0..1; 0 when the side is unknown. */
  readonly confidence: number;
  readonly el: Element;
}

export interface Transcript {
  /** The element whose children are the messages, or null when no log was found. */
  readonly log: Element | null;
  /** The latest messages (at most LIMITS.messages), oldest first. */
  readonly messages: readonly TranscriptMessage[];
  /** 0..1: the log's confidence times the mean confidence of the sides. */
  readonly confidence: number;
  /** 0..1: how sure the reader is that `log` is the chat log (1 when a taught rule found it). */
  readonly logConfidence: number;
  /** Whether a taught rule or the generic guess found the log. */
  readonly source: 'rule' | 'guess' | 'none';
  readonly header: ConversationHeader;
}

export interface ReadOptions {
  /** A taught rule for this site (validated with parseRule); when it no longer matches, the reader guesses. */
  readonly rule?: TaughtRule | null;
  /** Geometry (the page's own by default; unit tests pass fakes). */
  readonly layout?: Layout;
  /** Texts the agent sent lately (newest last): rows showing them are the agent's. */
  readonly sent?: readonly string[];
}

interface Row {
  readonly el: Element;
  readonly text: string;
  readonly nodes: readonly Text[];
  readonly top: number | null;
}

const NO_HEADER: ConversationHeader = Object.freeze({ title: null, label: null });

/** The page's layout in the coordinates of the topmost same-origin window above `el`. */
function defaultLayout(el: Element): Layout {
  const view = topDocument(el.ownerDocument).defaultView;
  return view ? domLayout(view) : NO_LAYOUT;
}

/**
 * The rows that show text, in the order they show: by their position when the page is laid out (a virtualised list
 * may keep recycled nodes out of order), else in document order. Rows without a box are hidden and left out.
 */
function visibleRows(log: Element, rows: readonly Element[], layout: Layout): Row[] {
  const laidOut = layout.box(log) !== null;
  const read: Row[] = [];
  for (const el of rows) {
    const box = laidOut ? layout.box(el) : null;
    if (laidOut && !box) continue;
    const { text, nodes } = messageText(el);
    if (text !== '') read.push({ el, text, nodes, top: box?.top ?? null });
  }
  if (laidOut) read.sort((a, b) => (a.top ?? 0) - (b.top ?? 0));
  return read.slice(-LIMITS.messages);
}

function transcriptOf(log: Element, rows: readonly Row[], sides: readonly SideDecision[], logConfidence: number, source: Transcript['source'], layout: Layout): Transcript {
  const messages = rows.map((row, i) => ({ text: row.text, el: row.el, ...(sides[i] ?? { side: 'unknown' as const, confidence: 0 }) }));
  const mean = messages.length === 0 ? 0 : messages.reduce((sum, m) => sum + m.confidence, 0) / messages.length;
  return { log, messages, confidence: logConfidence * mean, logConfidence, source, header: readHeader(log, layout) };
}

/** The messages of a log the reader already knows (the watcher re-reads its log this way). */
export function readLog(log: Element, options: ReadOptions & { logConfidence?: number } = {}): Transcript {
  const layout = options.layout ?? defaultLayout(log);
  const rule = options.rule;
  if (rule) {
    const applied = applyRule(rule, log.ownerDocument, layout);
    if (applied && applied.log === log) {
      const rows = visibleRows(log, applied.rows, layout);
      return transcriptOf(log, rows, rows.map((r) => ruleSide(rule, r.el, log, layout)), 1, 'rule', layout);
    }
  }
  const rows = visibleRows(log, messageFamily(contentChildren(log)), layout);
  const logBox = layout.box(log);
  const inputs = rows.map((row) => {
    const text = logBox ? layout.textBox(row.nodes) : null;
    return { text: row.text, tokens: tokensWithin(row.el).map((t) => t.token), align: text && logBox ? alignmentOf(text, logBox) : null };
  });
  return transcriptOf(log, rows, decideSides(inputs, options.sent), options.logConfidence ?? 1, 'guess', layout);
}

/** The transcript of the conversation `composer` (the chat input the agent types in) belongs to. */
export function readTranscript(composer: Element, options: ReadOptions = {}): Transcript {
  const layout = options.layout ?? defaultLayout(composer);
  if (options.rule) {
    // A rule whose list is there but whose rows are not (the site renamed them) is no better than a guess.
    const applied = applyRule(options.rule, composer.ownerDocument, layout);
    if (applied && applied.rows.length > 0) return readLog(applied.log, { ...options, layout });
  }
  const found = findLog(composer, layout);
  if (!found) return { log: null, messages: [], confidence: 0, logConfidence: 0, source: 'none', header: NO_HEADER };
  return readLog(found.log, { ...options, rule: null, layout, logConfidence: found.confidence });
}

/** The newest message the customer wrote, or null. */
export function lastCustomerMessage(transcript: Transcript): TranscriptMessage | null {
  for (let i = transcript.messages.length - 1; i >= 0; i--) {
    const message = transcript.messages[i];
    if (message?.side === 'customer') return message;
  }
  return null;
}
