import { resolveRuleId } from './engine';
import type { ToneRule, ToneTables } from './schema';

/**
 * The category of a rule id of `rules`, also of a renamed rule's old id and of the learned model's `model-<category>`
 * ids; null for ids these rules do not hold (for the built-in rules: a team pack's rule). The UI names a rule by its
 * category: ids are for packs.
 */
export function ruleCategories(rules: readonly ToneRule[], renames: ToneTables['renames']): (ruleId: string) => string | null {
  const categoryById = new Map(rules.map((r) => [r.id, r.category]));
  return (ruleId) => {
    const category = categoryById.get(resolveRuleId(ruleId, renames));
    if (category !== undefined) return category;
    const model = /^model-(.+)$/.exec(ruleId)?.[1];
    return model !== undefined && [...categoryById.values()].includes(model) ? model : null;
  };
}
