// A small learned model next to the rules: for each clause of a draft, how likely it is to be a refusal, blame, an
// order… judged from its character and word n-grams. The rules name the forms the guidance describes; the model
// catches wordings nobody listed. Its findings are hints: no rewrite (the message says what to write), and they never
// block a send. Weights are data (phrases/rules/model.json, `npm run train:tone`).
import { isClauseMark } from './context';

export interface ToneModel {
  /** Categories in the order of the weight arrays. */
  categories: string[];
  /** Bias per category. */
  bias: number[];
  /** Feature → [category index, weight] pairs (only weights that matter are kept). */
  weights: Record<string, Array<[number, number]>>;
  /** Probability at or above which a clause is flagged, per category. */
  threshold: number[];
}

/** Clauses of a draft: [start, end) between clause marks, trimmed; empty ones left out. */
export function clauses(draft: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  for (let i = 0; i <= draft.length; i++) {
    if (i === draft.length || isClauseMark(draft[i])) {
      let s = start;
      let e = i;
      while (s < e && /\s/u.test(draft[s] as string)) s++;
      while (e > s && /\s/u.test(draft[e - 1] as string)) e--;
      if (e > s) out.push([s, e]);
      start = i + 1;
    }
  }
  return out;
}

const HAN = /\p{Script=Han}/u;

/** The features of one clause: character 1–3-grams for Chinese, word 1–2-grams for English, with edge marks. */
export function features(clause: string, position: 'first' | 'later'): string[] {
  const out = new Set<string>();
  out.add(position === 'first' ? 'POS:first' : 'POS:later');
  if (HAN.test(clause)) {
    const chars = [...`^${clause.replace(/\s+/gu, '')}$`];
    for (let i = 0; i < chars.length; i++) {
      const c1 = chars[i] as string;
      if (c1 !== '^' && c1 !== '$') out.add(`c:${c1}`);
      if (i + 1 < chars.length) out.add(`c:${c1}${chars[i + 1]}`);
      if (i + 2 < chars.length) out.add(`c:${c1}${chars[i + 1]}${chars[i + 2]}`);
    }
  } else {
    const words = clause
      .toLowerCase()
      .replace(/[’']/gu, '')
      .split(/[^a-z0-9]+/u)
      .filter(Boolean);
    const padded = ['^', ...words, '$'];
    for (let i = 0; i < padded.length; i++) {
      const w = padded[i] as string;
      if (w !== '^' && w !== '$') out.add(`w:${w}`);
      if (i + 1 < padded.length) out.add(`w:${w} ${padded[i + 1]}`);
    }
  }
  return [...out];
}

/** Probability per category for one clause's features. */
export function predict(model: ToneModel, feats: readonly string[]): number[] {
  const z = [...model.bias];
  for (const f of feats) {
    const ws = model.weights[f];
    if (!ws) continue;
    for (const [c, w] of ws) z[c] = (z[c] as number) + w;
  }
  return z.map((v) => 1 / (1 + Math.exp(-v)));
}

export interface ModelFinding {
  start: number;
  end: number;
  category: string;
  probability: number;
}

/** Recent clause scores per model: while the agent types, only the clause being typed is scored again. */
const scoreCache = new WeakMap<ToneModel, Map<string, number[]>>();
const CACHE_MAX = 400;

function clauseScores(model: ToneModel, clause: string, position: 'first' | 'later'): number[] {
  let cache = scoreCache.get(model);
  if (!cache) scoreCache.set(model, (cache = new Map()));
  const key = `${position}\u0000${clause}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const p = predict(model, features(clause, position));
  if (cache.size >= CACHE_MAX) cache.clear();
  cache.set(key, p);
  return p;
}

/** Clauses the model flags, one finding per clause and category at or above its threshold. */
export function modelFindings(draft: string, model: ToneModel): ModelFinding[] {
  const out: ModelFinding[] = [];
  clauses(draft).forEach(([s, e], i) => {
    const p = clauseScores(model, draft.slice(s, e), i === 0 ? 'first' : 'later');
    p.forEach((prob, c) => {
      if (prob >= (model.threshold[c] ?? 1)) out.push({ start: s, end: e, category: model.categories[c] as string, probability: prob });
    });
  });
  return out;
}
