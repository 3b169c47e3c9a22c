/**
 * Phrase search: Chinese substring, pinyin (full, initials, mixed), Traditional ↔ Simplified,
 * typos, several words in any order, English words and prefixes, shortcut codes.
 *
 * Query path: an inverted index of grams (characters, same-sound syllables, pinyin-initial
 * pairs, English letter pairs, shortcut prefixes) picks at most 80 candidates; exact
 * matchers score them per field; Fuse.js scores typos on those candidates only when the exact
 * matchers find too little. Ranking: exact shortcut > title > tags > group > text, then the
 * agent's own usage (count, recency) and pins break near-ties.
 */
import Fuse from 'fuse.js';
import type { FieldView, MatchField } from './fields';
import { makeFieldView, pinyinSpelling } from './fields';
import { FUSE_MAX_PATTERN, FUSE_OPTIONS } from './fuse-config';
import { computeSearchKeys, expandField, keysMatch } from './keys';
import type { FieldKeys, SearchKeys } from './keys';
import type { SpanMatch, Term } from './matchers';
import { makeTerm, pinyinMatch, proximityMatch, substringMatch } from './matchers';
import { PINYIN_PREFIXES, PINYIN_SYLLABLES } from './syllables';
import { foldCase, isHan, isHanCode, normalize } from './text';

export type { SearchKeys } from './keys';
export { computeSearchKeys } from './keys';
export type { MatchField } from './fields';

export interface PhraseInput {
  id: string;
  title: string;
  text: string;
  group?: string;
  shortcut?: string;
  tags?: string[];
  usageCount?: number;
  lastUsedAt?: number | null;
  pinned?: boolean;
  /**
   * Keys from `computeSearchKeys`, stored with the phrase. Typed `unknown` so database records
   * can be passed as they are; keys of another version or computed from other text are ignored
   * and recomputed.
   */
  keys?: SearchKeys | unknown;
}

export interface FieldMatch {
  field: MatchField;
  /** Which tag, for `tags` matches (index into `phrase.tags`). */
  index?: number;
  /** [start, endExclusive] UTF-16 offsets into the original field string, sorted, not overlapping. */
  ranges: [number, number][];
}

export interface SearchHit<P extends PhraseInput = PhraseInput> {
  phrase: P;
  score: number;
  matches: FieldMatch[];
}

export interface SearchOptions {
  /** Maximum number of hits (default 20). */
  limit?: number;
  /** Only phrases of this group. */
  group?: string;
}

export interface PhraseIndex<P extends PhraseInput = PhraseInput> {
  search(query: string, options?: SearchOptions): SearchHit<P>[];
  add(phrase: P): void;
  update(phrase: P): void;
  remove(id: string): void;
  /**
   * Prepare per-phrase match data, then the results of the first keystrokes (for `limit` hits),
   * for at most `budgetMs` (call it in idle slices after building, so no keystroke pays for it).
   * Returns true once all is ready.
   */
  warm(budgetMs: number, limit?: number): boolean;
  readonly size: number;
}

export interface IndexOptions {
  /** Clock for recency (ms since epoch). */
  now?: () => number;
  /**
   * Keep recent results until the library changes (default true). Benchmarks turn it off to
   * time the search itself.
   */
  cache?: boolean;
}

const DEFAULT_LIMIT = 20;
/** Most candidates scored exactly per query (or `limit`, when a caller asks for more). */
const MAX_CANDIDATES = 80;
/** Candidates handed to Fuse when exact matchers find too little. */
/** Fuse runs only when fewer phrases than this match every term exactly. */
const FUZZY_WHEN_FEWER = 3;
const MAX_FUZZY_CANDIDATES = 40;
/** Field entries after which reply texts are left out of fuzzy scoring. */
const MAX_FUZZY_TEXT_ENTRIES = 60;
/** Field weight (how much a perfect match in that field is worth). */
const WEIGHT: Record<MatchField, number> = { shortcut: 0.95, title: 1, tags: 0.85, group: 0.75, text: 0.7 };
/** Bonus for covering the whole field (a title that is exactly the query beats a longer one). */
const COVERAGE: Record<MatchField, number> = { shortcut: 0.1, title: 0.15, tags: 0.05, group: 0.05, text: 0.05 };
const EXACT_SHORTCUT = 10;
/** Field tiers of the prefilter (2 bits in each posting) and what a gram hit there is worth. */
const TIER = { text: 0, group: 1, tags: 2, title: 3 } as const;
const TIER_WEIGHT = [0.5, 0.55, 0.8, 1];
/** Prefilter hits by sound alone (same syllable, other character) count less than literal ones. */
const SOUND_FACTOR = 0.6;
/** A Fuse (typo) match is worth at most this much of an exact one. */
const FUZZY_FACTOR = 0.75;
const DAY = 86_400_000;
/** Habit boosts are recomputed at most once a minute (recency decays over days). */
const HABIT_CLOCK = 60_000;
/** Queries whose results are kept (most recent first out). */
const CACHE_SIZE = 64;
/** Queries warm() answers ahead of time: the empty query and single letters match the most. */
const PREPARED_QUERIES = ['', ...'abcdefghijklmnopqrstuvwxyz'];

interface Doc<P> {
  slot: number;
  phrase: P;
  alive: boolean;
  shortcut: string;
  keys: SearchKeys;
  /** Field views, built the first time the phrase is a candidate. */
  views: FieldView[] | null;
  titleSpelling: { text: string; toChar: number[] } | null;
  /** habit() of this phrase, valid while `habitVersion` equals the index's. */
  habit: number;
  habitVersion: number;
}

interface TermScore {
  score: number;
  view: FieldView | null;
  chars: number[];
  fuzzy: boolean;
}

const NO_MATCH: TermScore = { score: 0, view: null, chars: [], fuzzy: false };

function docKeys(p: PhraseInput): SearchKeys {
  const src = { title: p.title, text: p.text, group: p.group, tags: p.tags };
  return keysMatch(p.keys, src) ? p.keys : computeSearchKeys(src);
}

function docViews(p: PhraseInput, keys: SearchKeys): FieldView[] {
  const views = [makeFieldView('title', 0, p.title, keys.title)];
  (p.tags ?? []).forEach((t, i) => views.push(makeFieldView('tags', i, t, keys.tags?.[i])));
  if (p.group) views.push(makeFieldView('group', 0, p.group, keys.group));
  views.push(makeFieldView('text', 0, p.text, keys.text));
  return views;
}

/**
 * Grams a phrase is filed under, each with the best field tier it occurs in (see TIER):
 * Han characters, their syllables (~tui), pinyin-initial pairs of short fields (#tk), English
 * word starts and letter pairs, shortcut prefixes (!yh).
 */
function docGrams(p: PhraseInput, keys: SearchKeys, shortcut: string): Map<string, number> {
  const grams = new Map<string, number>();
  const add = (g: string, tier: number): void => {
    if (tier > (grams.get(g) ?? -1)) grams.set(g, tier);
  };
  const field = (value: string, k: FieldKeys | undefined, tier: number): void => {
    const short = tier > TIER.text;
    const { simplified, syllables } = expandField(value, k);
    const norm = foldCase(simplified);
    let h = 0;
    let prevInitial = '';
    let wordStart = -1;
    for (let i = 0; i <= norm.length; i++) {
      const c = i < norm.length ? (norm.codePointAt(i) as number) : 0;
      const word = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
      if (word) {
        if (wordStart < 0) {
          wordStart = i;
          add('^' + norm[i], tier);
        } else add(norm.slice(i - 1, i + 1), tier);
        prevInitial = '';
        continue;
      }
      wordStart = -1;
      if (c > 0xffff) i++;
      if (!isHanCode(c)) {
        prevInitial = '';
        continue;
      }
      const ch = String.fromCodePoint(c);
      add(ch, tier);
      const syl = syllables[h++] ?? '';
      if (!syl) {
        prevInitial = '';
        continue;
      }
      add('~' + syl, tier);
      if (short) {
        add('#' + syl[0], tier);
        if (prevInitial) add('#' + prevInitial + syl[0], tier);
      }
      prevInitial = syl[0] as string;
    }
  };
  field(p.title, keys.title, TIER.title);
  (p.tags ?? []).forEach((t, i) => field(t, keys.tags?.[i], TIER.tags));
  if (p.group) field(p.group, keys.group, TIER.group);
  field(p.text, keys.text, TIER.text);
  for (let k = 1; k <= shortcut.length; k++) add('!' + shortcut.slice(0, k), TIER.title);
  return grams;
}

/** Ways to read a run of letters as pinyin pieces: full syllables or initials. */
function pinyinParses(letters: string, syllables: ReadonlySet<string>, prefixes: ReadonlySet<string>): string[][] {
  const out: string[][] = [];
  const cur: string[] = [];
  const walk = (j: number): void => {
    if (out.length >= 16) return;
    if (j === letters.length) {
      out.push(cur.slice());
      return;
    }
    let tookSyllable = false;
    for (let len = Math.min(6, letters.length - j); len >= 2; len--) {
      const piece = letters.slice(j, j + len);
      const last = j + len === letters.length;
      if (syllables.has(piece) || (last && prefixes.has(piece))) {
        tookSyllable = true;
        cur.push(piece);
        walk(j + len);
        cur.pop();
      }
    }
    const ch = letters[j] as string;
    if (!'iuv'.includes(ch) || !tookSyllable) {
      cur.push('#' + ch);
      walk(j + 1);
      cur.pop();
    }
  };
  walk(0);
  return out;
}

export function createPhraseIndex<P extends PhraseInput>(phrases: readonly P[], options: IndexOptions = {}): PhraseIndex<P> {
  const now = options.now ?? Date.now;
  const useCache = options.cache ?? true;
  let docs: Doc<P>[] = [];
  const byId = new Map<string, Doc<P>>();
  const postings = new Map<string, number[]>();
  const shortcuts = new Map<string, Doc<P>[]>();
  let dead = 0;
  let maxUsage = 1;
  /** Bumped when cached habit boosts go stale (a new usage maximum, another minute). */
  let habitVersion = 0;
  let habitMinute = -1;
  /** Bumped on every add/update/remove (invalidates cached results). */
  let mutations = 0;

  const file = (doc: Doc<P>): void => {
    for (const [g, tier] of docGrams(doc.phrase, doc.keys, doc.shortcut)) {
      let list = postings.get(g);
      if (!list) postings.set(g, (list = []));
      list.push(doc.slot * 4 + tier);
    }
  };

  const insert = (phrase: P): void => {
    const shortcut = phrase.shortcut ? foldCase(phrase.shortcut.trim()) : '';
    const doc: Doc<P> = { slot: docs.length, phrase, alive: true, shortcut, keys: docKeys(phrase), views: null, titleSpelling: null, habit: 0, habitVersion: -1 };
    docs.push(doc);
    byId.set(phrase.id, doc);
    if (shortcut) {
      const list = shortcuts.get(shortcut) ?? [];
      list.push(doc);
      shortcuts.set(shortcut, list);
    }
    if ((phrase.usageCount ?? 0) > maxUsage) {
      maxUsage = phrase.usageCount ?? 0;
      habitVersion++;
    }
    mutations++;
    file(doc);
  };

  const viewsOf = (doc: Doc<P>): FieldView[] => (doc.views ??= docViews(doc.phrase, doc.keys));
  /** Docs below this slot have their views prepared by warm(). */
  let warmed = 0;
  /** PREPARED_QUERIES below this one are cached by warm(). */
  let prepared = 0;
  let preparedStamp = '';

  const rebuild = (): void => {
    const alive = docs.filter((d) => d.alive);
    docs = [];
    postings.clear();
    dead = 0;
    warmed = 0;
    alive.forEach((d) => {
      d.slot = docs.length;
      docs.push(d);
      file(d);
    });
  };

  const removeDoc = (id: string): void => {
    const doc = byId.get(id);
    if (!doc) return;
    doc.alive = false;
    byId.delete(id);
    if (doc.shortcut) {
      const list = (shortcuts.get(doc.shortcut) ?? []).filter((d) => d !== doc);
      if (list.length) shortcuts.set(doc.shortcut, list);
      else shortcuts.delete(doc.shortcut);
    }
    dead++;
    mutations++;
    if (dead > 256 && dead * 2 > docs.length) rebuild();
  };

  for (const p of phrases) {
    if (byId.has(p.id)) removeDoc(p.id);
    insert(p);
  }

  /** Small boost from the agent's own habits; breaks near-ties only. */
  const habitOf = (p: P, at: number): number => {
    let b = 0;
    if (p.pinned) b += 0.04;
    const used = p.usageCount ?? 0;
    if (used > 0) b += (0.03 * Math.log1p(used)) / Math.log1p(maxUsage);
    if (p.lastUsedAt) b += 0.02 * Math.pow(0.5, Math.max(0, at - p.lastUsedAt) / (14 * DAY));
    return b;
  };
  /**
   * Advance the habit clock to `at` and return what cached results depend on: the library's
   * state and the habit boosts' version. Every search and warm() starts here.
   */
  const freshness = (at: number): string => {
    const minute = Math.floor(at / HABIT_CLOCK);
    if (minute !== habitMinute) {
      habitMinute = minute;
      habitVersion++;
    }
    return `${mutations}:${habitVersion}`;
  };
  /** habitOf, cached per phrase while the habit version holds (the empty query and ties ask it of thousands). */
  const habit = (d: Doc<P>, at: number): number => {
    if (d.habitVersion !== habitVersion) {
      d.habit = habitOf(d.phrase, at);
      d.habitVersion = habitVersion;
    }
    return d.habit;
  };

  /** Grams of each reading of a term (literal; same-sound/pinyin parses). */
  const termGramLists = (term: Term): { grams: string[]; factor: number }[] => {
    const lists: { grams: string[]; factor: number }[] = [];
    const literal = new Set<string>();
    const runs = term.text.split(/[^a-z0-9]+/).filter(Boolean);
    for (const u of term.units) if (isHan(u)) literal.add(u);
    for (const w of runs) {
      literal.add('^' + w[0]);
      for (let k = 0; k + 1 < w.length; k++) literal.add(w.slice(k, k + 2));
    }
    if (literal.size) lists.push({ grams: [...literal], factor: 1 });
    // Pinyin reading: Han units by sound, letter runs parsed into syllables or initials.
    const segments: string[][][] = [];
    let letters = '';
    const flush = (): void => {
      if (letters) segments.push(pinyinParses(letters, PINYIN_SYLLABLES, PINYIN_PREFIXES));
      letters = '';
    };
    term.units.forEach((u, i) => {
      if (/[a-z]/.test(u)) letters += u;
      else {
        flush();
        const syl = term.syllables[i];
        if (syl) segments.push([[syl]]);
      }
    });
    flush();
    if (segments.length === 0 || segments.some((s) => s.length === 0)) return lists;
    let combos: string[][] = [[]];
    for (const seg of segments) {
      const next: string[][] = [];
      for (const c of combos) for (const s of seg) if (next.length < 24) next.push([...c, ...s]);
      combos = next;
    }
    for (const pieces of combos) {
      const grams = new Set<string>();
      pieces.forEach((piece, k) => {
        const initial = piece[0] === '#' ? (piece[1] as string) : (piece[0] as string);
        if (piece[0] !== '#') grams.add('~' + piece);
        const prev = pieces[k - 1];
        if (prev !== undefined) grams.add('#' + (prev[0] === '#' ? prev[1] : prev[0]) + initial);
        else if (pieces.length === 1) grams.add('#' + initial);
      });
      if (grams.size) lists.push({ grams: [...grams], factor: term.hasHan ? SOUND_FACTOR : 1 });
    }
    return lists;
  };

  /** Per-slot scratch space, reused by every query (reset after use). */
  let counter = new Uint16Array(0);
  let weight = new Float32Array(0);
  let best = new Float32Array(0);
  let termHits = new Uint8Array(0);
  let sum = new Float32Array(0);
  const ensureScratch = (): void => {
    if (counter.length >= docs.length) return;
    const n = docs.length * 2 + 64;
    counter = new Uint16Array(n);
    weight = new Float32Array(n);
    best = new Float32Array(n);
    termHits = new Uint8Array(n);
    sum = new Float32Array(n);
  };

  /**
   * Candidates of one term: slots holding at least half of one reading's grams, scored by that
   * share, grams in short fields counting more than grams only in text. Adds into termHits/sum.
   */
  const addCandidates = (term: Term, joined: string, touchedAll: number[]): void => {
    const touchedTerm: number[] = [];
    const offer = (s: number, ratio: number): void => {
      if ((best[s] ?? 0) === 0) touchedTerm.push(s);
      if (ratio > (best[s] ?? 0)) best[s] = ratio;
    };
    const sc = postings.get('!' + joined);
    if (sc) for (const v of sc) offer(v >> 2, 1);
    for (const { grams, factor } of termGramLists(term)) {
      const touched: number[] = [];
      for (const g of grams) {
        const list = postings.get(g);
        if (!list) continue;
        for (let i = 0; i < list.length; i++) {
          const v = list[i] as number;
          const s = v >> 2;
          const c = counter[s] as number;
          counter[s] = c + 1;
          weight[s] = (weight[s] as number) + (TIER_WEIGHT[v & 3] as number);
          if (c === 0) touched.push(s);
        }
      }
      const need = grams.length <= 1 ? 1 : Math.ceil(grams.length * 0.5);
      for (const s of touched) {
        const c = counter[s] as number;
        const w = weight[s] as number;
        counter[s] = 0;
        weight[s] = 0;
        // Holding every gram matters more than where: all of 门卫 in a text beats 卫 alone in a title.
        if (c >= need) offer(s, ((factor * w) / grams.length) * (c / grams.length) ** 2);
      }
    }
    for (const s of touchedTerm) {
      if (termHits[s] === 0) touchedAll.push(s);
      termHits[s] = (termHits[s] as number) + 1;
      sum[s] = (sum[s] as number) + (best[s] as number);
      best[s] = 0;
    }
  };

  const scoreField = (view: FieldView, m: SpanMatch): number => {
    const w = WEIGHT[view.field];
    const cov = m.chars.length / Math.max(1, view.chars.length);
    const atStart = m.chars[0] === 0 ? 0.03 : 0;
    return w * m.quality + COVERAGE[view.field] * cov + atStart;
  };

  /** Best exact (non-Fuse) match of a term over the phrase's fields. */
  const exactTerm = (doc: Doc<P>, term: Term): TermScore => {
    let best = NO_MATCH;
    for (const view of viewsOf(doc)) {
      let m = substringMatch(term, view);
      if (!m && view.hanCount > 0 && (view.field !== 'text' || term.hasHan || term.units.length >= 4)) {
        m = pinyinMatch(term, view, view.field === 'text');
      }
      if (!m) m = proximityMatch(term, view);
      if (!m) continue;
      const score = scoreField(view, m);
      if (score > best.score) best = { score, view, chars: m.chars, fuzzy: false };
    }
    if (doc.shortcut && term.text.length < doc.shortcut.length && doc.shortcut.startsWith(term.text)) {
      const score = WEIGHT.shortcut * 0.92 + COVERAGE.shortcut * (term.text.length / doc.shortcut.length);
      if (score > best.score) best = { score, view: null, chars: [], fuzzy: false };
    }
    return best;
  };

  /** Fuse.js over the candidates' fields (and title pinyin), for terms the exact matchers miss. */
  const fuzzyTerms = (cands: Doc<P>[], terms: Term[], scores: Map<number, TermScore[]>): void => {
    interface Entry {
      doc: Doc<P>;
      view: FieldView;
      spelling: boolean;
    }
    const entries: Entry[] = [];
    const strings: string[] = [];
    for (const doc of cands) {
      const views = viewsOf(doc);
      for (const view of views) {
        // Long reply texts only for the strongest candidates: Bitap cost grows with length.
        if (view.field === 'text' && entries.length > MAX_FUZZY_TEXT_ENTRIES) continue;
        entries.push({ doc, view, spelling: false });
        strings.push(view.norm);
      }
      const title = views[0];
      if (title && title.hanCount > 0) {
        doc.titleSpelling ??= pinyinSpelling(title);
        entries.push({ doc, view: title, spelling: true });
        strings.push(doc.titleSpelling.text);
      }
    }
    const fuse = new Fuse(strings, FUSE_OPTIONS);
    terms.forEach((term, t) => {
      // Bitap with fewer than 3 characters allows no error at this threshold: nothing to add.
      if (term.units.length < 3) return;
      const patterns = [term.text.slice(0, FUSE_MAX_PATTERN)];
      if (term.hasHan) {
        const spelled = term.units.map((u, i) => term.syllables[i] || u).join('');
        if (spelled !== term.text) patterns.push(spelled.slice(0, FUSE_MAX_PATTERN));
      }
      for (const pattern of patterns) {
        for (const r of fuse.search(pattern)) {
          const e = entries[r.refIndex];
          if (!e) continue;
          // A pinyin-spelled query only counts against pinyin spellings, and a literal one against text.
          const spelled = pattern !== term.text;
          if (spelled ? !e.spelling : e.spelling && term.hasHan) continue;
          const list = scores.get(e.doc.slot);
          const cur = list?.[t];
          if (!list || !cur || (!cur.fuzzy && cur.score > 0)) continue;
          const chars = new Set<number>();
          for (const [a, b] of r.matches?.[0]?.indices ?? []) {
            for (let k = a; k <= b; k++) {
              if (e.spelling) {
                const c = e.doc.titleSpelling?.toChar[k];
                if (c !== undefined) chars.add(c);
              } else {
                const c = e.view.offsets.findIndex((o, idx) => idx < e.view.chars.length && o <= k && k < (e.view.offsets[idx + 1] ?? 0));
                if (c >= 0) chars.add(c);
              }
            }
          }
          const quality = FUZZY_FACTOR * (1 - (r.score ?? 1));
          const score = WEIGHT[e.view.field] * quality;
          if (score > cur.score) list[t] = { score, view: e.view, chars: [...chars].sort((x, y) => x - y), fuzzy: true };
        }
      }
    });
  };

  const toHit = (doc: Doc<P>, score: number, matched: TermScore[], shortcutHit: boolean): SearchHit<P> => {
    const byField = new Map<string, FieldMatch>();
    if (shortcutHit) byField.set('shortcut', { field: 'shortcut', ranges: [[0, doc.phrase.shortcut?.length ?? 0]] });
    for (const m of matched) {
      const v = m.view;
      if (!v || m.chars.length === 0) continue;
      const key = `${v.field}:${v.index}`;
      let fm = byField.get(key);
      if (!fm) {
        fm = v.field === 'tags' ? { field: 'tags', index: v.index, ranges: [] } : { field: v.field, ranges: [] };
        byField.set(key, fm);
      }
      for (const c of m.chars) fm.ranges.push([v.offsets[c] ?? 0, v.offsets[c + 1] ?? 0]);
    }
    const matches = [...byField.values()].map((fm) => ({ ...fm, ranges: mergeRanges(fm.ranges) }));
    return { phrase: doc.phrase, score, matches };
  };

  /** No query: pinned first, then the agent's habits. Top-k selection, not a sort of the library. */
  const rankByHabit = (limit: number, group: string | undefined, at: number): SearchHit<P>[] => {
    const top: { d: Doc<P>; s: number }[] = [];
    for (const d of docs) {
      if (!d.alive || (group !== undefined && d.phrase.group !== group)) continue;
      if (top.length === limit && !d.phrase.pinned && !d.phrase.usageCount && !d.phrase.lastUsedAt) {
        // Unused and unpinned (score 0): later slots never beat what is already kept.
        if ((top[limit - 1] as { s: number }).s >= 0) continue;
      }
      const s = (d.phrase.pinned ? 1 : 0) + habit(d, at);
      if (top.length === limit && s <= (top[limit - 1] as { s: number }).s) continue;
      let i = top.length;
      while (i > 0 && (top[i - 1] as { s: number }).s < s) i--;
      top.splice(i, 0, { d, s });
      if (top.length > limit) top.pop();
    }
    return top.map(({ d, s }) => ({ phrase: d.phrase, score: s, matches: [] }));
  };

  /**
   * Recent results, valid until the library changes or habit boosts are recomputed. Results for
   * a smaller limit are a prefix of those for a larger one (up to MAX_CANDIDATES), so one entry
   * serves every limit up to its own.
   */
  const cache = new Map<string, { limit: number; hits: SearchHit<P>[] }>();
  let cacheStamp = '';
  const cached = (normalized: string, limit: number, group: string | undefined, at: number): SearchHit<P>[] => {
    const stamp = freshness(at);
    if (stamp !== cacheStamp) {
      cache.clear();
      cacheStamp = stamp;
    }
    const key = `${group ?? ''}\u0000${normalized}`;
    const hit = cache.get(key);
    if (hit && (limit <= hit.limit || hit.hits.length < hit.limit)) {
      cache.delete(key);
      cache.set(key, hit);
      return hit.hits.slice(0, limit);
    }
    const hits = rank(normalized, limit, group, at);
    if (useCache && limit <= MAX_CANDIDATES) {
      cache.set(key, { limit, hits });
      if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string);
    }
    return hits.slice();
  };

  const search = (query: string, opts: SearchOptions = {}): SearchHit<P>[] =>
    cached(normalize(query).trim(), opts.limit ?? DEFAULT_LIMIT, opts.group, now());

  const rank = (normalized: string, limit: number, group: string | undefined, at: number): SearchHit<P>[] => {
    if (!normalized) return rankByHabit(limit, group, at);
    const words = normalized.split(/[\s,，、;；/|]+/).filter(Boolean);
    const joined = words.join('');
    const inGroup = (d: Doc<P>): boolean => d.alive && (group === undefined || d.phrase.group === group);

    // Readings of the query: its words (all must match), and for letters typed with spaces
    // ("tui kuan") the words joined as one term.
    const readings: Term[][] = [words.map(makeTerm)];
    if (words.length > 1 && words.every((w) => /^[a-z]+$/.test(w))) readings.push([makeTerm(joined)]);

    const results = new Map<number, { score: number; matched: TermScore[]; shortcutHit: boolean }>();
    for (const d of shortcuts.get(joined) ?? []) {
      if (inGroup(d)) results.set(d.slot, { score: EXACT_SHORTCUT + habit(d, at), matched: [], shortcutHit: true });
    }

    for (const terms of readings) {
      // Prefilter: candidates that every term reaches; if none, those any term reaches.
      ensureScratch();
      const touched: number[] = [];
      for (const t of terms) addCandidates(t, joined, touched);
      let slots = touched.filter((s) => termHits[s] === terms.length);
      if (slots.length === 0) slots = touched;
      const ratios = slots.map((s) => sum[s] as number);
      for (const s of touched) {
        termHits[s] = 0;
        sum[s] = 0;
      }
      const cands = pickCandidates(slots, ratios, docs, inGroup, (d) => habit(d, at), Math.max(MAX_CANDIDATES, limit));

      const scores = new Map<number, TermScore[]>();
      let complete = 0;
      for (const doc of cands) {
        const ts = terms.map((t) => exactTerm(doc, t));
        scores.set(doc.slot, ts);
        if (ts.every((x) => x.score > 0)) complete++;
      }
      if (complete < FUZZY_WHEN_FEWER) fuzzyTerms(cands.slice(0, MAX_FUZZY_CANDIDATES), terms, scores);

      let anyComplete = false;
      for (const ts of scores.values()) if (ts.every((x) => x.score > 0)) anyComplete = true;
      for (const doc of cands) {
        const ts = scores.get(doc.slot);
        if (!ts) continue;
        const hitCount = ts.filter((x) => x.score > 0).length;
        if (hitCount === 0 || (anyComplete && hitCount < ts.length)) continue;
        let score = ts.reduce((a, x) => a + x.score, 0) / ts.length;
        if (hitCount < ts.length) score *= 0.5 * (hitCount / ts.length);
        score += habit(doc, at);
        const prev = results.get(doc.slot);
        if (!prev || (!prev.shortcutHit && score > prev.score)) results.set(doc.slot, { score, matched: ts, shortcutHit: false });
        else if (prev.shortcutHit && prev.matched.length === 0) prev.matched = ts;
      }
    }

    const ranked = [...results.entries()].sort((a, b) => b[1].score - a[1].score || a[0] - b[0]);
    return ranked.slice(0, limit).map(([slot, r]) => toHit(docs[slot] as Doc<P>, r.score, r.matched, r.shortcutHit));
  };

  return {
    search,
    add(phrase: P) {
      if (byId.has(phrase.id)) removeDoc(phrase.id);
      insert(phrase);
    },
    update(phrase: P) {
      const doc = byId.get(phrase.id);
      if (doc && sameSearchFields(doc.phrase, phrase)) {
        // Only usage, pins or other data changed: keep the phrase's place and match data.
        doc.phrase = phrase;
        doc.habitVersion = -1;
        if ((phrase.usageCount ?? 0) > maxUsage) {
          maxUsage = phrase.usageCount ?? 0;
          habitVersion++;
        }
        mutations++;
        return;
      }
      removeDoc(phrase.id);
      insert(phrase);
    },
    remove(id: string) {
      removeDoc(id);
    },
    warm(budgetMs: number, limit = DEFAULT_LIMIT) {
      const until = Date.now() + budgetMs;
      // First the first keystrokes, which match the most phrases: the empty query and each letter.
      const at = now();
      const stamp = freshness(at);
      if (stamp !== preparedStamp) {
        prepared = 0;
        preparedStamp = stamp;
      }
      while (prepared < PREPARED_QUERIES.length) {
        cached(PREPARED_QUERIES[prepared++] as string, limit, undefined, at);
        if (Date.now() >= until) return false;
      }
      // Then every phrase's match data.
      while (warmed < docs.length) {
        const doc = docs[warmed++] as Doc<P>;
        if (doc.alive) viewsOf(doc);
        if (warmed % 64 === 0 && Date.now() >= until) return false;
      }
      return true;
    },
    get size() {
      return byId.size;
    },
  };
}

/** Whether two versions of a phrase are searched the same way (same text in every searched field). */
function sameSearchFields(a: PhraseInput, b: PhraseInput): boolean {
  const ta = a.tags ?? [];
  const tb = b.tags ?? [];
  return (
    a.title === b.title &&
    a.text === b.text &&
    a.group === b.group &&
    (a.shortcut ?? '').trim() === (b.shortcut ?? '').trim() &&
    ta.length === tb.length &&
    ta.every((t, i) => t === tb[i])
  );
}

/** Highest prefilter ratios first, the agent's habits breaking ties, at most `max`. */
function pickCandidates<P extends PhraseInput>(
  slots: number[],
  ratios: number[],
  docs: Doc<P>[],
  keep: (d: Doc<P>) => boolean,
  habit: (d: Doc<P>) => number,
  max: number,
): Doc<P>[] {
  const ds: Doc<P>[] = [];
  const rs: number[] = [];
  slots.forEach((s, i) => {
    const d = docs[s];
    if (d && keep(d)) {
      ds.push(d);
      rs.push(ratios[i] as number);
    }
  });
  if (ds.length <= max) return ds;
  // Cut-off ratio via a numeric typed-array sort (no comparator calls).
  const sorted = Float64Array.from(rs).sort();
  const cut = sorted[sorted.length - max] as number;
  const out: Doc<P>[] = [];
  const tied: Doc<P>[] = [];
  ds.forEach((d, i) => {
    const r = rs[i] as number;
    if (r > cut) out.push(d);
    else if (r === cut) tied.push(d);
  });
  const room = max - out.length;
  if (tied.length <= room) return out.concat(tied);
  const h = tied.map(habit);
  const hs = Float64Array.from(h).sort();
  const hCut = hs[hs.length - room] as number;
  for (let i = 0; i < tied.length && out.length < max; i++) if ((h[i] as number) > hCut) out.push(tied[i] as Doc<P>);
  for (let i = 0; i < tied.length && out.length < max; i++) if (h[i] === hCut) out.push(tied[i] as Doc<P>);
  return out;
}

function mergeRanges(ranges: [number, number][]): [number, number][] {
  const sorted = ranges.filter(([a, b]) => b > a).sort((x, y) => x[0] - y[0]);
  const out: [number, number][] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}
