/**
 * The index's documents and postings: one Doc per phrase in a slot, the inverted index of grams
 * (each posting is slot * 4 + field tier), exact shortcut codes, and the agent's habit boosts.
 * Plain state and functions over it, so the ranking and the public index share one object.
 */
import type { FieldView } from './fields';
import { makeFieldView } from './fields';
import { docGrams } from './grams';
import { computeSearchKeys, keysMatch } from './keys';
import type { SearchKeys } from './keys';
import { foldCase } from './text';
import type { PhraseInput } from './types';
import type { Vocabulary } from './vocabulary';
import { addWords, removeWords, wordsOf } from './vocabulary';

const DAY = 86_400_000;
/** Habit boosts are recomputed at most once a minute (recency decays over days). */
const HABIT_CLOCK = 60_000;
/** Removed docs are compacted away once there are this many and they are half the slots. */
const MAX_DEAD = 256;

export interface Doc<P> {
  slot: number;
  phrase: P;
  alive: boolean;
  shortcut: string;
  keys: SearchKeys;
  /** Field views, built the first time the phrase is a candidate. */
  views: FieldView[] | null;
  titleSpelling: { text: string; toChar: number[] } | null;
  /** habit() of this phrase, valid while `habitVersion` equals the store's. */
  habit: number;
  habitVersion: number;
}

export interface Store<P extends PhraseInput> {
  docs: Doc<P>[];
  byId: Map<string, Doc<P>>;
  postings: Map<string, number[]>;
  shortcuts: Map<string, Doc<P>[]>;
  dead: number;
  maxUsage: number;
  /** Bumped when cached habit boosts go stale (a new usage maximum, another minute). */
  habitVersion: number;
  habitMinute: number;
  /** Bumped on every add/update/remove (invalidates cached results). */
  mutations: number;
  /** Docs below this slot have their views prepared by warm(). */
  warmed: number;
  /** Latin words of live phrases, for typo corrections. */
  vocabulary: Vocabulary;
}

export function createStore<P extends PhraseInput>(): Store<P> {
  return { docs: [], byId: new Map(), postings: new Map(), shortcuts: new Map(), dead: 0, maxUsage: 1, habitVersion: 0, habitMinute: -1, mutations: 0, warmed: 0, vocabulary: new Map() };
}

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

export const viewsOf = <P extends PhraseInput>(doc: Doc<P>): FieldView[] => (doc.views ??= docViews(doc.phrase, doc.keys));

function file<P extends PhraseInput>(store: Store<P>, doc: Doc<P>): void {
  for (const [g, tier] of docGrams(doc.phrase, doc.keys, doc.shortcut)) {
    let list = store.postings.get(g);
    if (!list) store.postings.set(g, (list = []));
    list.push(doc.slot * 4 + tier);
  }
}

function noteUsage<P extends PhraseInput>(store: Store<P>, phrase: P): void {
  if ((phrase.usageCount ?? 0) > store.maxUsage) {
    store.maxUsage = phrase.usageCount ?? 0;
    store.habitVersion++;
  }
}

/**
 * The phrase that was counted the most left (removed, or its count went down): the highest count is
 * looked for again, so habit boosts stay what a fresh index would give.
 */
function forgetUsage<P extends PhraseInput>(store: Store<P>, before: P): void {
  if ((before.usageCount ?? 0) < store.maxUsage) return;
  let max = 1;
  for (const d of store.byId.values()) max = Math.max(max, d.phrase.usageCount ?? 0);
  if (max !== store.maxUsage) {
    store.maxUsage = max;
    store.habitVersion++;
  }
}

export function insertDoc<P extends PhraseInput>(store: Store<P>, phrase: P): void {
  const shortcut = phrase.shortcut ? foldCase(phrase.shortcut.trim()) : '';
  const doc: Doc<P> = { slot: store.docs.length, phrase, alive: true, shortcut, keys: docKeys(phrase), views: null, titleSpelling: null, habit: 0, habitVersion: -1 };
  store.docs.push(doc);
  store.byId.set(phrase.id, doc);
  if (shortcut) {
    const list = store.shortcuts.get(shortcut) ?? [];
    list.push(doc);
    store.shortcuts.set(shortcut, list);
  }
  noteUsage(store, phrase);
  store.mutations++;
  file(store, doc);
  addWords(store.vocabulary, wordsOf(phrase));
}

/** Compact the slots: only live docs, refiled in their order. */
function rebuild<P extends PhraseInput>(store: Store<P>): void {
  const alive = store.docs.filter((d) => d.alive);
  store.docs = [];
  store.postings.clear();
  store.dead = 0;
  store.warmed = 0;
  alive.forEach((d) => {
    d.slot = store.docs.length;
    store.docs.push(d);
    file(store, d);
  });
}

export function removeDoc<P extends PhraseInput>(store: Store<P>, id: string): void {
  const doc = store.byId.get(id);
  if (!doc) return;
  doc.alive = false;
  store.byId.delete(id);
  if (doc.shortcut) {
    const list = (store.shortcuts.get(doc.shortcut) ?? []).filter((d) => d !== doc);
    if (list.length) store.shortcuts.set(doc.shortcut, list);
    else store.shortcuts.delete(doc.shortcut);
  }
  forgetUsage(store, doc.phrase);
  removeWords(store.vocabulary, wordsOf(doc.phrase));
  store.dead++;
  store.mutations++;
  if (store.dead > MAX_DEAD && store.dead * 2 > store.docs.length) rebuild(store);
}

/** Add or replace a phrase; a phrase whose searched fields are unchanged keeps its place and match data. */
export function upsertDoc<P extends PhraseInput>(store: Store<P>, phrase: P, inPlace: boolean): void {
  const doc = store.byId.get(phrase.id);
  if (inPlace && doc && sameSearchFields(doc.phrase, phrase)) {
    // Only usage, pins or other data changed.
    const before = doc.phrase;
    doc.phrase = phrase;
    doc.habitVersion = -1;
    if ((phrase.usageCount ?? 0) < (before.usageCount ?? 0)) forgetUsage(store, before);
    noteUsage(store, phrase);
    store.mutations++;
    return;
  }
  if (doc) removeDoc(store, phrase.id);
  insertDoc(store, phrase);
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

/** Small boost from the agent's own habits at time `at`; breaks near-ties only. */
export function habitOf(p: PhraseInput, maxUsage: number, at: number): number {
  let b = 0;
  if (p.pinned) b += 0.04;
  const used = p.usageCount ?? 0;
  if (used > 0) b += (0.03 * Math.log1p(used)) / Math.log1p(maxUsage);
  if (p.lastUsedAt) b += 0.02 * Math.pow(0.5, Math.max(0, at - p.lastUsedAt) / (14 * DAY));
  return b;
}

/** habitOf, cached per phrase while the habit version holds (the empty query and ties ask it of thousands). */
export function habit<P extends PhraseInput>(store: Store<P>, d: Doc<P>, at: number): number {
  if (d.habitVersion !== store.habitVersion) {
    d.habit = habitOf(d.phrase, store.maxUsage, at);
    d.habitVersion = store.habitVersion;
  }
  return d.habit;
}

/**
 * Advance the habit clock to `at` and return what cached results depend on: the library's
 * state and the habit boosts' version. Every search and warm() starts here.
 */
export function freshness<P extends PhraseInput>(store: Store<P>, at: number): string {
  const minute = Math.floor(at / HABIT_CLOCK);
  if (minute !== store.habitMinute) {
    store.habitMinute = minute;
    store.habitVersion++;
  }
  return `${store.mutations}:${store.habitVersion}`;
}
