/**
 * Scoring of candidates: exact matchers per field (substring, pinyin, proximity), a shortcut
 * prefix, Fuse.js for typos when the exact matchers find too little, and the hit they make.
 */
import Fuse from 'fuse.js';
import type { FieldView, MatchField } from './fields';
import { charAtOffset, offsetAt, pinyinSpelling } from './fields';
import { FUSE_MAX_PATTERN, FUSE_OPTIONS } from './fuse-config';
import type { SpanMatch, Term } from './matchers';
import { pinyinMatch, proximityMatch, substringMatch } from './matchers';
import type { Doc } from './store';
import { viewsOf } from './store';
import type { FieldMatch, PhraseInput, SearchHit } from './types';

/** Field weight (how much a perfect match in that field is worth). */
export const WEIGHT: Record<MatchField, number> = { shortcut: 0.95, title: 1, tags: 0.85, group: 0.75, text: 0.7 };
/** Bonus for covering the whole field (a title that is exactly the query beats a longer one). */
const COVERAGE: Record<MatchField, number> = { shortcut: 0.1, title: 0.15, tags: 0.05, group: 0.05, text: 0.05 };
/** Score of a phrase whose shortcut code is the whole query. */
export const EXACT_SHORTCUT = 10;
/** A Fuse (typo) match is worth at most this much of an exact one. */
const FUZZY_FACTOR = 0.75;
/** Shortest pattern matched with a typo against a title's pinyin spelling. */
const MIN_SPELLED_TYPO = 5;
/** Field entries after which reply texts are left out of fuzzy scoring. */
const MAX_FUZZY_TEXT_ENTRIES = 60;

export interface TermScore {
  score: number;
  view: FieldView | null;
  chars: number[];
  fuzzy: boolean;
}

const NO_MATCH: TermScore = { score: 0, view: null, chars: [], fuzzy: false };

function scoreField(view: FieldView, m: SpanMatch): number {
  const w = WEIGHT[view.field];
  const cov = m.chars.length / Math.max(1, view.chars.length);
  const atStart = m.chars[0] === 0 ? 0.03 : 0;
  return w * m.quality + COVERAGE[view.field] * cov + atStart;
}

/** Best exact (non-Fuse) match of a term over the phrase's fields. */
export function exactTerm<P extends PhraseInput>(doc: Doc<P>, term: Term): TermScore {
  let best = NO_MATCH;
  for (const view of viewsOf(doc)) {
    let m = substringMatch(term, view);
    if (!m && view.hanCount > 0 && (view.field !== 'text' || term.hasHan || term.units.length >= 3)) {
      m = pinyinMatch(term, view, view.field === 'text');
    }
    if (!m) m = proximityMatch(term, view);
    if (!m) continue;
    const score = scoreField(view, m) * term.factor;
    if (score > best.score) best = { score, view, chars: m.chars, fuzzy: false };
  }
  if (doc.shortcut && term.text.length < doc.shortcut.length && doc.shortcut.startsWith(term.text)) {
    const score = (WEIGHT.shortcut * 0.92 + COVERAGE.shortcut * (term.text.length / doc.shortcut.length)) * term.factor;
    if (score > best.score) best = { score, view: null, chars: [], fuzzy: false };
  }
  return best;
}

interface FuzzyEntry<P> {
  doc: Doc<P>;
  view: FieldView;
  /** The entry is the title's pinyin spelling, not the field itself. */
  spelling: boolean;
}

/** Fuse.js over the candidates' fields (and title pinyin), for terms the exact matchers miss. */
export function fuzzyTerms<P extends PhraseInput>(cands: Doc<P>[], terms: Term[], scores: Map<number, TermScore[]>): void {
  const entries: FuzzyEntry<P>[] = [];
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
        // A pinyin spelling takes a typo only in five letters or more: kaig is not 开会 (kaihui).
        if (e.spelling && pattern.length < MIN_SPELLED_TYPO) continue;
        const list = scores.get(e.doc.slot);
        const cur = list?.[t];
        if (!list || !cur || (!cur.fuzzy && cur.score > 0)) continue;
        const chars = matchedChars(e, r.matches?.[0]?.indices ?? []);
        const quality = FUZZY_FACTOR * (1 - (r.score ?? 1));
        const score = WEIGHT[e.view.field] * quality;
        if (score > cur.score) list[t] = { score, view: e.view, chars, fuzzy: true };
      }
    }
  });
}

/** Code points of the entry's field that Fuse's matched string offsets fall on, sorted. */
function matchedChars<P>(e: FuzzyEntry<P>, indices: readonly (readonly [number, number])[]): number[] {
  const chars = new Set<number>();
  for (const [a, b] of indices) {
    for (let k = a; k <= b; k++) {
      if (e.spelling) {
        const c = e.doc.titleSpelling?.toChar[k];
        if (c !== undefined) chars.add(c);
      } else {
        const c = charAtOffset(e.view, k);
        if (c >= 0) chars.add(c);
      }
    }
  }
  return [...chars].sort((x, y) => x - y);
}

/** The hit for a scored doc: its matched ranges per field, merged. */
export function toHit<P extends PhraseInput>(doc: Doc<P>, score: number, matched: TermScore[], shortcutHit: boolean): SearchHit<P> {
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
    for (const c of m.chars) fm.ranges.push([offsetAt(v, c), offsetAt(v, c + 1)]);
  }
  const matches = [...byField.values()].map((fm) => ({ ...fm, ranges: mergeRanges(fm.ranges) }));
  return { phrase: doc.phrase, score, matches };
}

export function mergeRanges(ranges: [number, number][]): [number, number][] {
  const sorted = ranges.filter(([a, b]) => b > a).sort((x, y) => x[0] - y[0]);
  const out: [number, number][] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}
