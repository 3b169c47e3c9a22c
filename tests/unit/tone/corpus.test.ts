// Precision and recall of the built-in rules over the labelled development corpus (gated) and over the blind
// holdout (printed: the figure that tells how the rules do on drafts nobody tuned them to). See score.ts.
import { describe, expect, it } from 'vitest';
import { loadCorpus, loadHoldout, loadHoldoutV5, loadHoldoutV6, loadSeenHoldout } from './corpus';
import { precision, recall, report, score } from './score';

const corpus = loadCorpus();
const holdout = loadHoldout();
const seenHoldout = loadSeenHoldout();
const holdoutV5 = loadHoldoutV5();
const holdoutV6 = loadHoldoutV6();
const LANGS = ['zh-CN', 'zh-TW', 'en'];
const CATEGORIES = ['refusal', 'curt', 'contrast', 'vague', 'address', 'blame', 'defensive', 'dismissive', 'order'];

describe('tone corpus', () => {
  it('is big enough, in every language and category, and honest about traps', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(1000);
    expect(holdout.length).toBeGreaterThanOrEqual(300);
    for (const lang of LANGS) expect(corpus.filter((d) => d.lang === lang).length, lang).toBeGreaterThanOrEqual(200);
    for (const c of CATEGORIES) expect(corpus.filter((d) => d.spans.some((e) => e.category === c)).length, c).toBeGreaterThanOrEqual(30);
    // Clean drafts that still contain the characters the rules look for.
    const trap =
      /不|但|你|妳|能|会|會|行|可能|没|沒|过|過|自己|应该|應該|随便|隨便|别|別|快|正常|问题|問題|\b(?:can'?t|no|but|won'?t|problem|not|just|wrong|though|yet|still|wait|should|maybe|yourself|normal|fault|look|sorry)\b/i;
    const cleanWithTraps = corpus.filter((d) => d.spans.length === 0 && d.message.length === 0 && trap.test(d.text));
    expect(cleanWithTraps.length * 10).toBeGreaterThanOrEqual(corpus.length * 3);
  });

  it('reaches 95% precision and 92% recall on the development corpus', () => {
    const s = score(corpus);
    console.log(report('tone corpus (development)', corpus, s));
    if (s.falseAlarms.length) console.log(`corpus false alarms:\n  ${s.falseAlarms.join('\n  ')}`);
    if (s.misses.length) console.log(`corpus misses:\n  ${s.misses.join('\n  ')}`);
    expect(precision(s)).toBeGreaterThanOrEqual(95);
    expect(recall(s)).toBeGreaterThanOrEqual(92);
  });

  it('prints the blind holdout figures (the ones the README quotes)', () => {
    const v6 = score(holdoutV6);
    console.log(report('tone HOLDOUT v6 (blind, written in session 7, never read)', holdoutV6, v6));
    // v6's floor a little under its figure after tone v2 (76.9% / 79.2%; 75.9% / 78.4% before it).
    expect(precision(v6)).toBeGreaterThanOrEqual(73);
    expect(recall(v6)).toBeGreaterThanOrEqual(75);
    const s = score(holdout);
    console.log(report('tone HOLDOUT v4 (blind, never tuned to)', holdout, s));
    const v5 = score(holdoutV5);
    console.log(report('tone HOLDOUT v5 (blind, three more writers, never read)', holdoutV5, v5));
    console.log(report('tone holdouts v1 + v3 (read while revising the rules, no longer blind)', seenHoldout, score(seenHoldout)));
    // v5's floor under its first figure (80.1% / 77.9%), for the same reason.
    expect(precision(v5)).toBeGreaterThanOrEqual(75);
    expect(recall(v5)).toBeGreaterThanOrEqual(72);
    // A floor under today's figure (85.8% / 62.9%), so a regression that wrecks the rules or the model fails the
    // suite; the target itself (95 / 90) is reported, not gated, because the holdout must never be tuned to.
    expect(precision(s)).toBeGreaterThanOrEqual(80);
    expect(recall(s)).toBeGreaterThanOrEqual(55);
    for (const lang of LANGS) expect(s.byLang.get(lang)?.expected ?? 0, lang).toBeGreaterThan(0);
  });
});
