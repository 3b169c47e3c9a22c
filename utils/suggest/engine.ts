/**
 * Suggested replies: the phrases that best answer a customer's message, on the device. The message is matched
 * against each phrase's questions, title and text (features.ts: characters, character pairs, same-sound pairs,
 * English stems; cosine of idf-weighted features), plus an intent layer (intents.ts, data passed in) and the
 * agent's own earlier choices after similar messages (learned pairs). Pure: the caller passes the library.
 */
import { buildCorpus, type Corpus, type Doc } from './corpus';
import { featureWeights, textFeatures, type Feature } from './features';
import { compileIntents, intentsIn, type IntentHit } from './intents';
import type { LearnedPair, Suggestion, SuggestIntent, SuggestPhrase } from './types';

export interface SuggestEngineOptions {
  readonly intents: readonly SuggestIntent[];
  readonly learned?: readonly LearnedPair[];
}

export interface SuggestEngine {
  suggest(message: string, options?: { limit?: number }): Suggestion[];
}

/** Below this a phrase is not suggested at all. */
const MIN_SCORE = 0.06;
/** Per intent the message and a phrase share; at most two count. */
const INTENT_BONUS = 0.12;
/** Features in more than this share of the documents are skipped at query time (的, 了, 吗). */
const COMMON_SHARE = 0.04;
/** A learned pair counts as a vote when its message is at least this similar. */
const LEARNED_SIMILAR = 0.3;

interface PhraseScore {
  best: number;
  second: number;
  bestDoc: number;
  votes: number;
}

export function createSuggestEngine(phrases: readonly SuggestPhrase[], options: SuggestEngineOptions): SuggestEngine {
  const indexOf = new Map(phrases.map((p, i) => [p.id, i] as const));
  const corpus = buildCorpus(phrases, options.learned ?? [], indexOf);
  const intents = compileIntents(options.intents);
  const phraseIntents = phrases.map((p) => new Set(intentsIn(intentSource(p), intents).map((h) => h.id)));
  const byIntent = new Map<string, number[]>();
  phraseIntents.forEach((ids, i) => ids.forEach((id) => byIntent.set(id, [...(byIntent.get(id) ?? []), i])));
  const common = Math.max(50, corpus.docs.length * COMMON_SHARE);
  const scratch = new Float64Array(corpus.docs.length);

  return {
    suggest(message, { limit = 3 } = {}) {
      const { features } = textFeatures(message, { max: 300 });
      const query = featureWeights(features);
      const scores = scoreDocs(corpus, query, common, scratch);
      const hits = intentsIn(textFeatures(message, { max: 300, withSound: false }).norm, intents);
      const ranked = best(rankPhrases(scores, byIntent, hits), limit);
      return ranked.map(([i, score]) => explain(phrases[i] as SuggestPhrase, i, score, scores.get(i), corpus, message, features, hits, phraseIntents));
    },
  };
}

/** The text whose words say which intents a phrase answers: questions, title, group and tags (not the whole text). */
function intentSource(p: SuggestPhrase): string {
  return textFeatures([...(p.questions ?? []), p.title, p.groupName ?? '', ...(p.tags ?? [])].join(' '), { max: 4000, withSound: false }).norm;
}

/** Cosine per touched document, folded into per-phrase scores. */
function scoreDocs(corpus: Corpus, query: ReadonlyMap<string, number>, common: number, dot: Float64Array): Map<number, PhraseScore> {
  const touched: number[] = [];
  let qNorm = 0;
  for (const [key, factor] of query) {
    const idf = corpus.idf.get(key);
    const list = corpus.postings.get(key);
    if (idf === undefined || !list) continue;
    const wq = factor * idf;
    qNorm += wq * wq;
    if (list.length > common) continue;
    for (const d of list) {
      if (dot[d] === 0) touched.push(d);
      dot[d] = (dot[d] as number) + wq * ((corpus.docs[d] as Doc).features.get(key) ?? 0) * idf;
    }
  }
  const out = new Map<number, PhraseScore>();
  const qLen = Math.sqrt(qNorm);
  for (const d of touched) {
    const doc = corpus.docs[d] as Doc;
    const cos = (dot[d] as number) / (qLen * doc.norm);
    dot[d] = 0;
    const s = out.get(doc.phrase) ?? { best: 0, second: 0, bestDoc: -1, votes: 0 };
    const weighted = doc.weight * cos;
    if (weighted > s.best) [s.second, s.best, s.bestDoc] = [s.best, weighted, d];
    else if (weighted > s.second) s.second = weighted;
    if (doc.kind === 'learned' && cos >= LEARNED_SIMILAR) s.votes += doc.count * cos;
    out.set(doc.phrase, s);
  }
  return out;
}

function rankPhrases(scores: Map<number, PhraseScore>, byIntent: ReadonlyMap<string, readonly number[]>, hits: readonly IntentHit[]): Map<number, number> {
  const out = new Map<number, number>();
  for (const [i, s] of scores) out.set(i, s.best + 0.15 * s.second + Math.min(0.3, 0.03 * s.votes));
  const shared = new Map<number, number>();
  for (const h of hits) for (const i of byIntent.get(h.id) ?? []) shared.set(i, (shared.get(i) ?? 0) + 1);
  for (const [i, n] of shared) out.set(i, (out.get(i) ?? 0) + INTENT_BONUS * Math.min(2, n));
  return out;
}

/** The `limit` best (phrase, score) pairs above MIN_SCORE, best first (ties: library order). */
function best(scores: ReadonlyMap<number, number>, limit: number): [number, number][] {
  const top: [number, number][] = [];
  for (const entry of scores) {
    if (entry[1] < MIN_SCORE) continue;
    const last = top[top.length - 1];
    if (top.length >= limit && last && (last[1] > entry[1] || (last[1] === entry[1] && last[0] < entry[0]))) continue;
    top.push(entry);
    top.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    if (top.length > limit) top.pop();
  }
  return top;
}

function explain(
  phrase: SuggestPhrase,
  i: number,
  score: number,
  s: PhraseScore | undefined,
  corpus: Corpus,
  message: string,
  features: readonly Feature[],
  hits: readonly IntentHit[],
  phraseIntents: readonly Set<string>[],
): Suggestion {
  const doc = s && s.bestDoc >= 0 ? corpus.docs[s.bestDoc] : undefined;
  const shared = hits.filter((h) => phraseIntents[i]?.has(h.id));
  const words = doc ? matchedWords(message, features, doc) : [];
  for (const h of shared) for (const w of h.words) if (!words.some((x) => x.includes(w))) words.push(w);
  return { phraseId: phrase.id, score, matched: words.slice(0, 6), intents: shared.map((h) => h.id), learned: (s?.votes ?? 0) > 0 };
}

/** The spans of the message whose features the best document shares (lone characters only when nothing longer). */
function matchedWords(message: string, features: readonly Feature[], doc: Doc): string[] {
  const shared = features.filter((f) => doc.features.has(f.key));
  const long = shared.filter((f) => f.key[0] !== 'c');
  const spans = (long.length > 0 ? long : shared).map((f) => [f.start, f.end] as [number, number]).sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else merged.push([...span]);
  }
  return [...new Set(merged.map(([a, b]) => message.slice(a, b)))];
}
