// Rule ids are public API: allow-lists and team packs refer to them. When a rule is renamed, keep the old id here
// (old id -> new id) so existing settings keep working. Never reuse an old id for a different rule.
export const toneRuleRenames: Readonly<Record<string, string>> = Object.freeze({
  // "estimate" read like the suggested 预计 (estimated); the rule flags approximations (大约/大概/估计).
  'vague-estimate': 'vague-approximate',
  // Tone check v2 gave defending the shop, pushing the customer away and orders their own categories.
  'blame-not-our-problem': 'defensive-not-our-fault',
  'blame-look-yourself': 'dismissive-look-yourself',
  'curt-dismissive': 'dismissive-go-elsewhere',
  'blame-calm-down': 'order-calm',
  'en-calm-down': 'en-order',
});
