// Trains the tone model (utils/tone/model.ts) on labelled drafts and writes phrases/rules/model.ts.
//   npx tsx scripts/train-tone-model.ts                       train on the corpus and the seen holdouts, write the model
//   npx tsx scripts/train-tone-model.ts --validate            train on the corpus and holdout v1 only, report on v3
// Thresholds are chosen on the validation run (v3) and kept for the final model; the blind holdout (v4) is never used.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CORPUS_FILES, SEEN_HOLDOUT_FILES, parseCorpus, type CorpusDraft, type CorpusFile } from '../tests/unit/tone/corpus';
import { clauses, features, predict, type ToneModel } from '../utils/tone/model';
import { BUILTIN_PACKS } from '../utils/builtin';
// Not through phrases/rules/index: that module loads the model this script writes.
import { enRules } from '../phrases/rules/en';
import { zhRules } from '../phrases/rules/zh';
import { builtInToneTables } from '../phrases/rules/tables';
import { checkToneWith } from '../utils/tone/engine';
import { applySuggestions } from '../utils/tone/rewrite';
import { markReviewed } from '../utils/tone/team-rules';

/** The built-in rules (reviewed code: the browser's RegExp engine), without the model being trained. */
const builtInToneRules = markReviewed([...zhRules, ...enRules]);
const rulesOnly = { tables: builtInToneTables };

const CATEGORIES = ['refusal', 'curt', 'contrast', 'vague', 'blame', 'defensive', 'dismissive', 'order'];
/** Chosen on the validation run: flag only when the model is quite sure (the rules already find the listed forms). */
const THRESHOLD = 0.6;
const EPOCHS = 12;
const L2 = 1e-4;
const RATE = 0.3;
/** Smaller weights are dropped: they barely move a probability and would only make the model bigger. */
const MIN_WEIGHT = 0.5;

function load(files: readonly CorpusFile[]): CorpusDraft[] {
  return files.flatMap((f) =>
    parseCorpus(f, readFileSync(fileURLToPath(new URL(`../tests/unit/tone/${f.name}`, import.meta.url)), 'utf8')),
  );
}

interface Example {
  feats: string[];
  labels: boolean[];
}

function examples(drafts: readonly CorpusDraft[]): Example[] {
  const out: Example[] = [];
  for (const d of drafts) {
    clauses(d.text).forEach(([s, e], i) => {
      const labels = CATEGORIES.map((c) => d.spans.some((sp) => sp.category === c && sp.start < e && s < sp.end));
      out.push({ feats: features(d.text.slice(s, e), i === 0 ? 'first' : 'later'), labels });
    });
  }
  return out;
}

export function train(data: readonly Example[]): ToneModel {
  const counts = new Map<string, number>();
  for (const ex of data) for (const f of ex.feats) counts.set(f, (counts.get(f) ?? 0) + 1);
  const vocab = new Map<string, number>();
  for (const [f, n] of counts) if (n >= 2) vocab.set(f, vocab.size);
  const k = CATEGORIES.length;
  const w = new Float64Array(vocab.size * k);
  const g2 = new Float64Array(vocab.size * k).fill(1e-8);
  const bias = new Float64Array(k);
  const bg2 = new Float64Array(k).fill(1e-8);
  const order = data.map((_, i) => i);
  let seed = 7;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    for (const idx of order) {
      const ex = data[idx] as Example;
      const ids = ex.feats.map((f) => vocab.get(f)).filter((x): x is number => x !== undefined);
      for (let c = 0; c < k; c++) {
        let z = bias[c] as number;
        for (const id of ids) z += w[id * k + c] as number;
        const p = 1 / (1 + Math.exp(-z));
        const grad = p - (ex.labels[c] ? 1 : 0);
        bg2[c] = (bg2[c] as number) + grad * grad;
        bias[c] = (bias[c] as number) - (RATE * grad) / Math.sqrt(bg2[c] as number);
        for (const id of ids) {
          const at = id * k + c;
          const gi = grad + L2 * (w[at] as number);
          g2[at] = (g2[at] as number) + gi * gi;
          w[at] = (w[at] as number) - (RATE * gi) / Math.sqrt(g2[at] as number);
        }
      }
    }
  }
  const weights: ToneModel['weights'] = {};
  for (const [f, id] of vocab) {
    const pairs: Array<[number, number]> = [];
    for (let c = 0; c < k; c++) {
      const v = w[id * k + c] as number;
      if (Math.abs(v) >= MIN_WEIGHT) pairs.push([c, Math.round(v * 10) / 10]);
    }
    if (pairs.length) weights[f] = pairs;
  }
  return {
    categories: CATEGORIES,
    bias: [...bias].map((b) => Math.round(b * 100) / 100),
    weights,
    threshold: CATEGORIES.map(() => THRESHOLD),
  };
}

function clauseReport(model: ToneModel, data: readonly Example[]): string {
  const rows: string[] = [];
  CATEGORIES.forEach((c, ci) => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const ex of data) {
      const p = (predict(model, ex.feats)[ci] as number) >= (model.threshold[ci] as number);
      if (p && ex.labels[ci]) tp++;
      else if (p) fp++;
      else if (ex.labels[ci]) fn++;
    }
    rows.push(`${c.padEnd(11)} clauses: precision ${((100 * tp) / Math.max(1, tp + fp)).toFixed(1)}%  recall ${((100 * tp) / Math.max(1, tp + fn)).toFixed(1)}%`);
  });
  return rows.join('\n');
}

/**
 * Text the shop itself calls polite, as clean examples: the built-in phrases, every rule's must-not-match example,
 * and every labelled draft once the rules' own rewrites are applied (the model must not flag what the rules suggest).
 */
function politeExamples(drafts: readonly CorpusDraft[]): Example[] {
  const phrases = BUILTIN_PACKS.flatMap((p) => ((p.data as { phrases?: Array<{ text?: unknown }> }).phrases ?? []).map((ph) => String(ph.text ?? '')));
  // A rewritten draft counts only when the rules find no span left to flag in it (the apology may still be missing).
  const rewritten = drafts
    .map((d) => applySuggestions(d.text, checkToneWith(d.text, builtInToneRules, rulesOnly)))
    .filter((t, i) => t !== drafts[i]?.text && !checkToneWith(t, builtInToneRules, rulesOnly).some((f) => f.severity !== 'hint' && f.start < f.end));
  const texts = [...phrases, ...builtInToneRules.flatMap((r) => r.examples.noMatch), ...rewritten];
  const clean: CorpusDraft[] = texts.map((text, i) => ({ file: 'polite', line: i, lang: 'zh-CN', situation: '', text, spans: [], message: [] }));
  return examples(clean);
}

const validate = process.argv.includes('--validate');
const v1 = SEEN_HOLDOUT_FILES.filter((f) => f.name.startsWith('holdout/'));
const v3 = SEEN_HOLDOUT_FILES.filter((f) => f.name.startsWith('holdout-v3/'));
const trainFiles = validate ? [...CORPUS_FILES, ...v1] : [...CORPUS_FILES, ...SEEN_HOLDOUT_FILES];
const labelled = load(trainFiles);
const model = train([...examples(labelled), ...politeExamples(labelled)]);
console.log(`features kept: ${Object.keys(model.weights).length}`);
if (validate) {
  console.log(`validation on holdout v3 (clause level):\n${clauseReport(model, examples(load(v3)))}`);
  writeFileSync('/tmp/tone-model-validate.json', JSON.stringify(model));
} else {
  const out = fileURLToPath(new URL('../phrases/rules/model.ts', import.meta.url));
  // A TypeScript module (JSON imports need import attributes some loaders lack); ` and $ escaped for the template.
  const json = JSON.stringify(model).replace(/`/gu, '\\u0060').replace(/\$/gu, '\\u0024');
  writeFileSync(
    out,
    [
      '// The tone model, generated by `npm run train:tone` (scripts/train-tone-model.ts) from the labelled drafts.',
      '// Data only; do not edit by hand.',
      "import type { ToneModel } from '../../utils/tone/model';",
      '',
      `export const toneModel: ToneModel = JSON.parse(String.raw\`${json}\`) as ToneModel;`,
      '',
    ].join('\n'),
  );
  console.log(`wrote ${out} (${json.length} bytes)`);
}
