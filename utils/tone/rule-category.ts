import { builtInToneRules, toneRuleRenames } from '../../phrases/rules/index';

const categoryById = new Map(builtInToneRules.map((r) => [r.id, r.category]));

/**
 * The category of a built-in rule id, also of a renamed rule's old id and of the learned model's `model-<category>`
 * ids; null for ids Huashu does not know (a team pack's rule). The UI names a rule by its category: ids are for packs.
 */
export function builtInRuleCategory(ruleId: string): string | null {
  const current = toneRuleRenames[ruleId] ?? ruleId;
  const category = categoryById.get(current);
  if (category !== undefined) return category;
  const model = /^model-(.+)$/.exec(ruleId)?.[1];
  return model !== undefined && [...categoryById.values()].includes(model) ? model : null;
}
