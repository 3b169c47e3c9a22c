// Rule ids are public API: allow-lists and team packs refer to them. When a rule is renamed, keep the old id here
// (old id -> new id) so existing settings keep working. Never reuse an old id for a different rule.
export const toneRuleRenames: Readonly<Record<string, string>> = Object.freeze({
  // "estimate" read like the suggested 预计 (estimated); the rule flags approximations (大约/大概/估计).
  'vague-estimate': 'vague-approximate',
});
