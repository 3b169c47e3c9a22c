/**
 * The documents suggested replies search: each phrase's questions (one document each), its title and the start of
 * its text, and the messages after which the agent chose it (learned pairs). An inverted index of features with
 * their rarity (idf) and each document's length, so a query touches only documents that share a feature.
 */
import { featureWeights, textFeatures } from './features';
import type { LearnedPair, SuggestPhrase } from './types';

export type DocKind = 'question' | 'title' | 'text' | 'learned';

/** How much a match in each kind of document counts (a learned pair's count adds to its weight). */
export const DOC_WEIGHT: Readonly<Record<DocKind, number>> = { question: 1, title: 0.8, text: 0.6, learned: 0.85 };

export interface Doc {
  readonly phrase: number;
  readonly kind: DocKind;
  readonly weight: number;
  /** Learned pairs: how many times the agent chose the phrase after this message. */
  readonly count: number;
  readonly features: ReadonlyMap<string, number>;
  /** Set by finish(): the length of the document's idf-weighted feature vector. */
  norm: number;
}

export interface Corpus {
  readonly docs: Doc[];
  readonly postings: Map<string, number[]>;
  /** Per feature: log(1 + documents / documents with it). */
  readonly idf: Map<string, number>;
}

/** Characters of a phrase's text that count (the start says what it answers). */
const TEXT_MAX = 120;

export function addDoc(corpus: Corpus, phrase: number, kind: DocKind, text: string, weight = DOC_WEIGHT[kind], count = 0): void {
  const { features } = textFeatures(text, { max: kind === 'text' ? TEXT_MAX : 200, withSound: kind !== 'text' });
  const weights = featureWeights(features);
  if (weights.size === 0) return;
  const id = corpus.docs.length;
  corpus.docs.push({ phrase, kind, weight, count, features: weights, norm: 0 });
  for (const key of weights.keys()) {
    const list = corpus.postings.get(key);
    if (list) list.push(id);
    else corpus.postings.set(key, [id]);
  }
}

/** A learned pair's weight: more uses, more weight (ten uses after similar messages outweigh a written question). */
export function learnedWeight(count: number): number {
  return DOC_WEIGHT.learned + Math.min(0.5, 0.06 * Math.max(0, count - 1));
}

export function buildCorpus(phrases: readonly SuggestPhrase[], learned: readonly LearnedPair[], indexOf: ReadonlyMap<string, number>): Corpus {
  const corpus: Corpus = { docs: [], postings: new Map(), idf: new Map() };
  phrases.forEach((p, i) => {
    for (const q of p.questions ?? []) addDoc(corpus, i, 'question', q);
    addDoc(corpus, i, 'title', [p.title, p.groupName ?? '', ...(p.tags ?? [])].join(' '));
    addDoc(corpus, i, 'text', p.text);
  });
  for (const pair of learned) {
    const i = indexOf.get(pair.phraseId);
    if (i !== undefined) addDoc(corpus, i, 'learned', pair.message, learnedWeight(pair.count), pair.count);
  }
  finish(corpus);
  return corpus;
}

function finish(corpus: Corpus): void {
  const n = corpus.docs.length;
  for (const [key, list] of corpus.postings) corpus.idf.set(key, Math.log(1 + n / list.length));
  for (const doc of corpus.docs) {
    let sum = 0;
    for (const [key, factor] of doc.features) sum += (factor * (corpus.idf.get(key) ?? 0)) ** 2;
    doc.norm = Math.sqrt(sum);
  }
}
