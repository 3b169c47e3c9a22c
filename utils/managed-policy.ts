// The administrator's managed policy (`storage.managed`, public/managed_schema.json): what the extension reads from
// it besides subscriptions. Every value is untrusted input; anything malformed falls back to the safe reading.
import { readOverridePolicy } from './packs/overrides';
import { TONE_MODES, type ToneMode } from './settings';

/** What the administrator's managed policy (`storage.managed`, public/managed_schema.json) decides for the options page. */
export interface ManagedPolicy {
  /** Packs may carry tone rules that replace built-in rules (absent from the policy: true). */
  allowBuiltInRuleOverrides: boolean;
  /** The send check's mode, set for every agent by the administrator (absent: each agent chooses; default warn). */
  toneMode?: ToneMode;
}

/** The managed-storage keys this module reads (the background asks storage.managed for these and 'subscriptions'). */
export const POLICY_KEYS = ['allowBuiltInRuleOverrides', 'toneMode'] as const;

export function readPolicy(managed: unknown): ManagedPolicy {
  const raw = typeof managed === 'object' && managed !== null ? (managed as Record<string, unknown>) : {};
  const mode = TONE_MODES.find((m) => m === raw.toneMode);
  return { allowBuiltInRuleOverrides: readOverridePolicy(managed), ...(mode ? { toneMode: mode } : {}) };
}
