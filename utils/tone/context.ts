// What the engine needs to know about a draft besides the rules: where quotations and titles are (the agent
// repeating the customer's words, 《你的名字》联名款), where clauses begin and end, where Chinese words begin, and
// where an opening greeting ends. Each is computed at most once per draft, and only when a rule asks for it.

/** Opening and closing marks of the spans whose words are not the agent's own. */
const PAIRS: Readonly<Record<string, string>> = {
  '“': '”',
  '「': '」',
  '『': '』',
  '《': '》',
  '〈': '〉',
  '【': '】',
  '"': '"',
  '‘': '’',
};

/** Longest quotation taken as one (an unclosed mark must not silence the rest of the draft). */
const MAX_QUOTE = 80;

/** [start, end) ranges of quotations and titles, marks included. */
export function protectedSpans(draft: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (let i = 0; i < draft.length; i++) {
    const close = PAIRS[draft[i] as string];
    if (close === undefined) continue;
    const end = draft.indexOf(close, i + 1);
    if (end < 0 || end - i > MAX_QUOTE) continue;
    // A straight double quote used as inches (27") has no partner on the same line: skip it.
    if (draft.slice(i, end).includes('\n')) continue;
    spans.push([i, end + 1]);
    i = end;
  }
  return spans;
}

/** Characters that end a clause: the suggestions of a 'clause' rule replace the text between two of them. */
const CLAUSE_MARK = /[，,。.！!？?；;：:\n~～…]/u;

export function isClauseMark(ch: string | undefined): boolean {
  return ch !== undefined && CLAUSE_MARK.test(ch);
}

/** The clause [start, end) around a match: from after the previous mark to before the next one, trimmed. */
export function clauseAround(draft: string, start: number, end: number): [number, number] {
  let s = start;
  while (s > 0 && !isClauseMark(draft[s - 1])) s--;
  let e = end;
  while (e < draft.length && !isClauseMark(draft[e])) e++;
  while (s < start && /\s/u.test(draft[s] as string)) s++;
  while (e > end && /\s/u.test(draft[e - 1] as string)) e--;
  return [s, e];
}

type Segmenter = { segment(text: string): Iterable<{ index: number }> };
let segmenter: Segmenter | null | undefined;

function zhSegmenter(): Segmenter | null {
  if (segmenter === undefined) {
    const Ctor = (Intl as unknown as { Segmenter?: new (locale: string, options: object) => Segmenter }).Segmenter;
    segmenter = Ctor ? new Ctor('zh', { granularity: 'word' }) : null;
  }
  return segmenter;
}

/** Characters either side of an offset that the segmenter reads to decide whether a word begins there. */
const WORD_WINDOW = 12;

/**
 * Whether a word begins at `offset` (Intl.Segmenter over a window around it: the segmenter's dictionary pass grows
 * faster than linearly on long runs without punctuation, so it never reads the whole draft); null without a segmenter.
 */
export function wordStartAt(draft: string, offset: number): boolean | null {
  const seg = zhSegmenter();
  if (!seg) return null;
  if (offset <= 0) return true;
  const from = Math.max(0, offset - WORD_WINDOW);
  const to = Math.min(draft.length, offset + WORD_WINDOW);
  for (const s of seg.segment(draft.slice(from, to))) if (s.index + from === offset) return true;
  return false;
}

const GREETING =
  /^(?:\s*(?:亲爱的|亲们|亲|您好|你好|妳好|在的|在呢|哈喽|嗨|(?:hi|hello|hey|dear)(?:\s+(?:there|[A-Z][\w'-]{0,20}))?)[\s,，.。!！~～]*)+/iu;

/** Where an opening greeting (亲，您好！/ Hi Anna, ) ends: an apology is inserted there, after the greeting. */
export function afterGreeting(draft: string): number {
  const m = GREETING.exec(draft);
  return m ? m[0].length : 0;
}

/** Lazily computed facts about one draft. */
export class DraftContext {
  private spans: Array<[number, number]> | undefined;
  private readonly starts = new Map<number, boolean>();

  constructor(readonly draft: string) {}

  /** True when [start, end) shares a character with a quotation or title. */
  quoted(start: number, end: number): boolean {
    this.spans ??= protectedSpans(this.draft);
    for (const [s, e] of this.spans) if (s < end && start < e) return true;
    return false;
  }

  /** True when a Chinese word begins at offset (always true without a segmenter). */
  wordStartsAt(offset: number): boolean {
    let known = this.starts.get(offset);
    if (known === undefined) this.starts.set(offset, (known = wordStartAt(this.draft, offset) ?? true));
    return known;
  }
}
