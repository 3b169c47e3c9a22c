// The agent's settings, allow-list and rules, from the background: on start, and again whenever the page comes back
// into view or focus (changes made in the options page, another tab, apply when the agent returns to the chat).
import type { ToneRule } from '../../tone/index';
import { combineRules, markReviewed } from '../../tone/team-rules';
import { loadedLinearMatcher } from '../../tone/scanner';
import type { ProtocolMap } from '../../protocol';
import type { DraftRules } from './check';
import { FALLBACK_SETTINGS, type ToneContext } from './state';

export type ToneConfig = ProtocolMap['tone:get']['res'];

/** What a first load goes on with when the background cannot be reached: the default settings, and no rules. */
const UNREACHABLE: ToneConfig = { settings: FALLBACK_SETTINGS, enabled: true, allow: [], rules: [], version: '', builtIn: null, model: null };

/**
 * The rules after a config: the same arrays while the built-in version and the team's rules stay the same (the engine
 * compiles each array once). The built-in rules come from the background's own bundle: reviewed code, they run on
 * the browser's RegExp engine; team rules only on the linear-time matcher.
 */
export function nextRules(current: { rules: DraftRules; rulesKey: string }, conf: Pick<ToneConfig, 'version' | 'builtIn' | 'model' | 'rules'>): { rules: DraftRules; rulesKey: string } {
  const builtIn = conf.builtIn ? { version: conf.version, rules: markReviewed(conf.builtIn), model: conf.model } : current.rules.builtIn;
  const rulesKey = JSON.stringify([builtIn?.version ?? null, conf.rules]);
  if (rulesKey === current.rulesKey) return { rules: { combined: current.rules.combined, builtIn }, rulesKey };
  const combined: readonly ToneRule[] | null = builtIn ? combineRules(builtIn.rules, conf.rules) : null;
  return { rules: { combined, builtIn }, rulesKey };
}

/** Asks the background for the settings; `first`: the load on start, which a send waits for (state.firstLoad). */
export function createSettingsLoader(ctx: ToneContext): (first: boolean) => void {
  const { state, send, win } = ctx;
  return function load(first: boolean): void {
    const have = state.rules.builtIn?.version;
    const done = send('tone:get', { origin: win.location.origin, ...(have !== undefined ? { have } : {}) })
      .then(async (conf) => {
        // Team rules run only on the linear-time matcher, which the background loads into this frame on request.
        if (conf.rules.length > 0 && !loadedLinearMatcher()) await (state.linearLoad ??= send('tone:linear', {}).catch(() => ({ loaded: false })));
        return conf;
      })
      .catch(() => (first ? UNREACHABLE : null))
      .then((conf) => {
        if (!conf || state.disposed) return;
        state.settings = conf.settings;
        state.enabled = conf.enabled;
        state.allow = conf.allow;
        const next = nextRules(state, conf);
        state.rules = next.rules;
        state.rulesKey = next.rulesKey;
        ctx.recheck();
      });
    if (first) state.firstLoad = done.finally(() => (state.firstLoad = null));
  };
}
