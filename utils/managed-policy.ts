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

/** How long a chat page's tone:get waits for the managed policy before answering without it. */
const POLICY_WAIT_MS = 200;

export interface PolicyCacheDeps {
  /** The managed-storage policy (`storage.managed`); without it, the policy is the safe reading of none. */
  readManaged?: () => Promise<unknown>;
  /** The policy arrived after `soon()` stopped waiting, and it sets the send check's mode: open chat pages must ask again. */
  modeArrived(): Promise<void>;
}

/** The managed policy, read once (managed storage can be slow) until `forget()` (it changed). */
export function createPolicyCache(deps: PolicyCacheDeps) {
  let managedPolicy: Promise<ManagedPolicy> | null = null;
  function get(): Promise<ManagedPolicy> {
    const read = deps.readManaged;
    managedPolicy ??= read ? read().then(readPolicy, () => readPolicy(undefined)) : Promise.resolve(readPolicy(undefined));
    return managedPolicy;
  }
  /** The policy if it is known within POLICY_WAIT_MS, else null (Chromium takes seconds to answer storage.managed
   *  when no policy is installed; the chat page must not wait for it). Once it arrives with a mode, open chat pages
   *  read their settings again. */
  let policyKnown = false;
  async function soon(): Promise<ManagedPolicy | null> {
    const pending = get();
    if (!policyKnown) {
      void pending.then(async (p) => {
        if (policyKnown) return;
        policyKnown = true;
        if (p.toneMode) await deps.modeArrived();
      });
    }
    return Promise.race([pending, new Promise<null>((resolve) => setTimeout(() => resolve(null), policyKnown ? 0 : POLICY_WAIT_MS))]);
  }
  return {
    get,
    soon,
    /** The policy changed: read it again when next needed. */
    forget(): void {
      managedPolicy = null;
      policyKnown = false;
    },
  };
}

export type PolicyCache = ReturnType<typeof createPolicyCache>;
