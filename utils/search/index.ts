/**
 * Phrase search: Chinese substring, pinyin (full, initials, mixed), Traditional ↔ Simplified,
 * typos, several words in any order, English words and prefixes, shortcut codes.
 *
 * Query path: an inverted index of grams (characters, same-sound syllables, pinyin-initial
 * pairs, English letter pairs, shortcut prefixes) picks a few hundred candidates; exact
 * matchers score them per field; Fuse.js scores typos on those candidates only when the exact
 * matchers find too little. Ranking: exact shortcut > title > tags > group > text, then the
 * agent's own usage (count, recency) and pins break near-ties.
 */
import Fuse from 'fuse.js';
import type { FieldView, MatchField } from './fields';
import { makeFieldView, pinyinSpelling } from './fields';
import { FUSE_MAX_PATTERN, FUSE_OPTIONS } from './fuse-config';
import { computeSearchKeys, keysMatch } from './keys';
import type { SearchKeys } from './keys';
import type { SpanMatch, Term } from './matchers';
import { makeTerm, pinyinMatch, proximityMatch, substringMatch } from './matchers';
import { PINYIN_PREFIXES, PINYIN_SYLLABLES } from './syllables';
import { foldCase, isHan, normalize } from './text';

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
  readonly size: number;
}

export interface IndexOptions {
  /** Clock for recency (ms since epoch). */
  now?: () => number;
}

const DEFAULT_LIMIT = 20;
/** Most candidates scored exactly per query. */
const MAX_CANDIDATES = 600;
/** Candidates handed to Fuse when exact matchers find too little. */
const MAX_FUZZY_CANDIDATES = 250;
/** Field weight (how much a perfect match in that field is worth). */
const WEIGHT: Record<MatchField, number> = { shortcut: 0.95, title: 1, tags: 0.85, group: 0.75, text: 0.7 };
/** Bonus for covering the whole field (a title that is exactly the query beats a longer one). */
const COVERAGE: Record<MatchField, number> = { shortcut: 0.1, title: 0.15, tags: 0.05, group: 0.05, text: 0.05 };
const EXACT_SHORTCUT = 10;
/** A Fuse (typo) match is worth at most this much of an exact one. */
const FUZZY_FACTOR = 0.75;
const DAY = 86_400_000;

interface Doc<P> {
  slot: number;
  phrase: P;
  alive: boolean;
  shortcut: string;
  views: FieldView[];
  titleSpelling: { text: string; toChar: number[] } | null;
  grams: string[];
}

interface TermScore {
  score: number;
  view: FieldView | null;
  chars: number[];
  fuzzy: boolean;
}

const NO_MATCH: TermScore = { score: 0, view: null, chars: [], fuzzy: false };

function docViews(p: PhraseInput): FieldView[] {
  const src = { title: p.title, text: p.text, group: p.group, tags: p.tags };
  const keys: SearchKeys = keysMatch(p.keys, src) ? p.keys : computeSearchKeys(src);
  const views = [makeFieldView('title', 0, p.title, keys.title)];
  (p.tags ?? []).forEach((t, i) => views.push(makeFieldView('tags', i, t, keys.tags?.[i])));
  if (p.group) views.push(makeFieldView('group', 0, p.group, keys.group));
  views.push(makeFieldView('text', 0, p.text, keys.text));
  return views;
}

/** Grams a phrase is filed under. */
function docGrams(views: FieldView[], shortcut: string): string[] {
  const grams = new Set<string>();
  for (const v of views) {
    const short = v.field !== 'text';
    let prevInitial = '';
    let word = '';
    const flushWord = (): void => {
      if (word) {
        grams.add('^' + word[0]);
        for (let k = 0; k + 1 < word.length; k++) grams.add(word.slice(k, k + 2));
      }
      word = '';
    };
    v.chars.forEach((ch, i) => {
      const syl = v.syllables[i] as string;
      if (syl || isHan(ch)) {
        flushWord();
        grams.add(ch);
        if (syl) {
          grams.add('~' + syl);
          if (short) {
            grams.add('#' + syl[0]);
            if (prevInitial) grams.add('#' + prevInitial + syl[0]);
          }
          prevInitial = syl[0] as string;
        } else prevInitial = '';
        return;
      }
      prevInitial = '';
      if (/[a-z0-9]/.test(ch)) word += ch;
      else flushWord();
    });
    flushWord();
  }
  for (let k = 1; k <= shortcut.length; k++) grams.add('!' + shortcut.slice(0, k));
  return [...grams];
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
  let docs: Doc<P>[] = [];
  const byId = new Map<string, Doc<P>>();
  const postings = new Map<string, number[]>();
  const shortcuts = new Map<string, Doc<P>[]>();
  let dead = 0;
  let maxUsage = 1;
  let counter = new Uint16Array(0);

  const file = (doc: Doc<P>): void => {
    for (const g of doc.grams) {
      let list = postings.get(g);
      if (!list) postings.set(g, (list = []));
      list.push(doc.slot);
    }
  };

  const insert = (phrase: P): void => {
    const views = docViews(phrase);
    const shortcut = phrase.shortcut ? foldCase(phrase.shortcut.trim()) : '';
    const doc: Doc<P> = {
      slot: docs.length,
      phrase,
      alive: true,
      shortcut,
      views,
      titleSpelling: null,
      grams: docGrams(views, shortcut),
    };
    docs.push(doc);
    byId.set(phrase.id, doc);
    if (shortcut) {
      const list = shortcuts.get(shortcut) ?? [];
      list.push(doc);
      shortcuts.set(shortcut, list);
    }
    maxUsage = Math.max(maxUsage, phrase.usageCount ?? 0);
    file(doc);
  };

  const rebuild = (): void => {
    const alive = docs.filter((d) => d.alive);
    docs = [];
    postings.clear();
    dead = 0;
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
    if (dead > 256 && dead * 2 > docs.length) rebuild();
  };

  for (const p of phrases) {
    if (byId.has(p.id)) removeDoc(p.id);
    insert(p);
  }

  /** Small boost from the agent's own habits; breaks near-ties only. */
  const habit = (p: P, at: number): number => {
    let b = 0;
    if (p.pinned) b += 0.04;
    const used = p.usageCount ?? 0;
    if (used > 0) b += (0.03 * Math.log1p(used)) / Math.log1p(maxUsage);
    if (p.lastUsedAt) b += 0.02 * Math.pow(0.5, Math.max(0, at - p.lastUsedAt) / (14 * DAY));
    return b;
  };

  /** Grams of each reading of a term (literal; same-sound/pinyin parses). */
  const termGramLists = (term: Term): string[][] => {
    const lists: string[][] = [];
    const literal = new Set<string>();
    const runs = term.text.split(/[^a-z0-9]+/).filter(Boolean);
    for (const u of term.units) if (isHan(u)) literal.add(u);
    for (const w of runs) {
      literal.add('^' + w[0]);
      for (let k = 0; k + 1 < w.length; k++) literal.add(w.slice(k, k + 2));
    }
    if (literal.size) lists.push([...literal]);
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
      if (grams.size) lists.push([...grams]);
    }
    return lists;
  };

  /** Candidate slots of one term with their prefilter ratio (share of grams found). */
  const candidatesOf = (term: Term, joined: string): Map<number, number> => {
    const out = new Map<number, number>();
    if (counter.length < docs.length) counter = new Uint16Array(docs.length * 2);
    const lists = termGramLists(term);
    const sc = postings.get('!' + joined);
    if (sc) for (const s of sc) out.set(s, 1);
    for (const grams of lists) {
      const touched: number[] = [];
      for (const g of grams) {
        const list = postings.get(g);
        if (!list) continue;
        for (const s of list) {
          const c = counter[s] ?? 0;
          counter[s] = c + 1;
          if (c === 0) touched.push(s);
        }
      }
      const need = grams.length <= 1 ? 1 : Math.ceil(grams.length * 0.5);
      for (const s of touched) {
        const c = counter[s] as number;
        counter[s] = 0;
        if (c < need) continue;
        const ratio = c / grams.length;
        if (ratio > (out.get(s) ?? 0)) out.set(s, ratio);
      }
    }
    return out;
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
    for (const view of doc.views) {
      let m = substringMatch(term, view);
      if (!m && (term.hasLetters || term.hasHan) && view.hanCount > 0) m = pinyinMatch(term, view, view.field === 'text');
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
      for (const view of doc.views) {
        entries.push({ doc, view, spelling: false });
        strings.push(view.norm);
      }
      const title = doc.views[0];
      if (title && title.hanCount > 0) {
        doc.titleSpelling ??= pinyinSpelling(title);
        entries.push({ doc, view: title, spelling: true });
        strings.push(doc.titleSpelling.text);
      }
    }
    const fuse = new Fuse(strings, FUSE_OPTIONS);
    terms.forEach((term, t) => {
      if (term.units.length < 2) return;
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

  const emptyQuery = (limit: number, group: string | undefined, at: number): SearchHit<P>[] => {
    const list = docs.filter((d) => d.alive && (group === undefined || d.phrase.group === group));
    const ranked = list.map((d) => ({ d, s: (d.phrase.pinned ? 1 : 0) + habit(d.phrase, at) }));
    ranked.sort((a, b) => b.s - a.s || a.d.slot - b.d.slot);
    return ranked.slice(0, limit).map(({ d, s }) => ({ phrase: d.phrase, score: s, matches: [] }));
  };

  const search = (query: string, opts: SearchOptions = {}): SearchHit<P>[] => {
    const limit = opts.limit ?? DEFAULT_LIMIT;
    const group = opts.group;
    const at = now();
    const normalized = normalize(query).trim();
    if (!normalized) return emptyQuery(limit, group, at);
    const words = normalized.split(/[\s,，、;；/|]+/).filter(Boolean);
    const joined = words.join('');
    const inGroup = (d: Doc<P>): boolean => d.alive && (group === undefined || d.phrase.group === group);

    // Readings of the query: its words (all must match), and for letters typed with spaces
    // ("tui kuan") the words joined as one term.
    const readings: Term[][] = [words.map(makeTerm)];
    if (words.length > 1 && words.every((w) => /^[a-z]+$/.test(w))) readings.push([makeTerm(joined)]);

    const results = new Map<number, { score: number; matched: TermScore[]; shortcutHit: boolean }>();
    for (const d of shortcuts.get(joined) ?? []) {
      if (inGroup(d)) results.set(d.slot, { score: EXACT_SHORTCUT + habit(d.phrase, at), matched: [], shortcutHit: true });
    }

    for (const terms of readings) {
      // Prefilter: candidates that every term reaches; if none, those any term reaches.
      const perTerm = terms.map((t) => candidatesOf(t, joined));
      const all = new Map<number, number>();
      const [first, ...rest] = perTerm;
      if (!first) continue;
      for (const [s, r] of first) {
        let sum = r;
        let ok = true;
        for (const m of rest) {
          const x = m.get(s);
          if (x === undefined) {
            ok = false;
            break;
          }
          sum += x;
        }
        if (ok) all.set(s, sum);
      }
      if (all.size === 0) for (const m of perTerm) for (const [s, r] of m) all.set(s, (all.get(s) ?? 0) + r);
      const cands = pickCandidates(all, docs, inGroup, (d) => habit(d.phrase, at), MAX_CANDIDATES);

      const scores = new Map<number, TermScore[]>();
      let complete = 0;
      for (const doc of cands) {
        const ts = terms.map((t) => exactTerm(doc, t));
        scores.set(doc.slot, ts);
        if (ts.every((x) => x.score > 0)) complete++;
      }
      if (complete < Math.max(limit, 10)) fuzzyTerms(cands.slice(0, MAX_FUZZY_CANDIDATES), terms, scores);

      let anyComplete = false;
      for (const ts of scores.values()) if (ts.every((x) => x.score > 0)) anyComplete = true;
      for (const doc of cands) {
        const ts = scores.get(doc.slot);
        if (!ts) continue;
        const hitCount = ts.filter((x) => x.score > 0).length;
        if (hitCount === 0 || (anyComplete && hitCount < ts.length)) continue;
        let score = ts.reduce((a, x) => a + x.score, 0) / ts.length;
        if (hitCount < ts.length) score *= 0.5 * (hitCount / ts.length);
        score += habit(doc.phrase, at);
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
      removeDoc(phrase.id);
      insert(phrase);
    },
    remove(id: string) {
      removeDoc(id);
    },
    get size() {
      return byId.size;
    },
  };
}

/** Highest prefilter ratios first, the agent's habits breaking ties, at most `max`. */
function pickCandidates<P extends PhraseInput>(
  ratios: Map<number, number>,
  docs: Doc<P>[],
  keep: (d: Doc<P>) => boolean,
  habit: (d: Doc<P>) => number,
  max: number,
): Doc<P>[] {
  const out: { d: Doc<P>; r: number }[] = [];
  for (const [s, r] of ratios) {
    const d = docs[s];
    if (d && keep(d)) out.push({ d, r });
  }
  if (out.length > max) {
    out.sort((a, b) => b.r - a.r || habit(b.d) - habit(a.d));
    out.length = max;
  }
  return out.map((x) => x.d);
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
