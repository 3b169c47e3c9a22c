/**
 * The background's answers to the tone check: the chat page's settings, rules and model (tone:get), the linear-time
 * matcher for team rules, the agent's "don't flag this again" and "stop checking this", and the options page's changes.
 * The administrator's managed policy may fix the send check's mode and refuse team rules that replace built-in ones.
 */
import type { HuashuDB } from './db/database';
import { addToneAllow, getTeamToneRules, getToneAllowList, getToneSettings, setToneAllowList, setToneSettings } from './db/library';
import { builtInTone } from './tone-builtin';
import type { PolicyCache } from './managed-policy';
import { builtInOverrideOf, teamRulesUnderPolicy } from './packs/overrides';
import type { Handlers, ProtocolMap } from './protocol';
import { TONE_ALLOW_MAX_ENTRIES, TONE_DISABLED_RULES_MAX } from './protocol-schemas';
import { ownOrigin, tabOf, type MessageContext } from './sender-binding';
import type { ToneSettings } from './settings';
import type { ToneRule } from './tone/schema';

/** Names this build's built-in tone rules and model, so a chat page that has them is not sent them again. */
const BUILT_IN_TONE_VERSION = `${builtInTone.rules.length}-${Object.keys(builtInTone.model.weights).length}-${builtInTone.model.bias.join(',')}`.slice(0, 64);

export type ToneMessages = Pick<ProtocolMap, 'tone:get' | 'tone:linear' | 'tone:allow' | 'tone:disable-rule' | 'tone:set'>;

export interface ToneHandlerDeps {
  db: HuashuDB;
  policy: PolicyCache;
  /** Have every open chat page read its tone settings again. */
  settingsChanged(): Promise<void>;
  /** Runs the linear-time matcher's script in one frame of a tab (the content script's isolated world). */
  injectLinearMatcher(tabId: number, frameId: number): Promise<void>;
}

export function createToneHandlers(deps: ToneHandlerDeps): Handlers<ToneMessages, MessageContext> {
  const { db, policy } = deps;

  /** The agent's tone settings, with the mode the administrator set (if any) in place of theirs. */
  async function effectiveToneSettings(): Promise<ToneSettings> {
    const [settings, managed] = await Promise.all([getToneSettings(db), policy.soon()]);
    return managed?.toneMode ? { ...settings, mode: managed.toneMode } : settings;
  }

  /** Team rules for the chat page: those taking a built-in id only while the policy allows it (the import
   *  already refuses them; this also covers packs stored before the policy changed). */
  async function teamRulesForPage(): Promise<ToneRule[]> {
    const rules = await getTeamToneRules(db);
    if (!rules.some((r) => builtInOverrideOf(r.id) !== null)) return rules;
    return teamRulesUnderPolicy(rules, (await policy.get()).allowBuiltInRuleOverrides);
  }

  return {
    'tone:get': async ({ origin, have }, ctx) => {
      ownOrigin(ctx, origin);
      const settings = await effectiveToneSettings();
      const fresh = have !== BUILT_IN_TONE_VERSION;
      return {
        settings,
        enabled: settings.mode !== 'off' && !settings.disabledSites.includes(origin),
        allow: await getToneAllowList(db),
        rules: await teamRulesForPage(),
        version: BUILT_IN_TONE_VERSION,
        builtIn: fresh ? builtInTone.rules : null,
        model: fresh ? builtInTone.model : null,
      };
    },
    'tone:linear': async (_data, ctx) => {
      // Only into the asking frame of the asking tab: a page cannot make another tab or frame load anything.
      const frameId = ctx.sender.frameId ?? 0;
      try {
        await deps.injectLinearMatcher(tabOf(ctx), frameId);
        return { loaded: true };
      } catch {
        return { loaded: false };
      }
    },
    'tone:allow': async ({ ruleId, text }) => {
      if (!(await addToneAllow(db, { ruleId, text }, TONE_ALLOW_MAX_ENTRIES))) {
        throw new Error(`The allow-list is full (${TONE_ALLOW_MAX_ENTRIES} entries); remove some in the options page.`);
      }
    },
    'tone:disable-rule': async ({ ruleId }) => {
      const current = await getToneSettings(db);
      if (current.disabledRules.includes(ruleId)) return;
      if (current.disabledRules.length >= TONE_DISABLED_RULES_MAX) {
        throw new Error(`At most ${TONE_DISABLED_RULES_MAX} rules can be switched off one by one; switch some on again in the options page.`);
      }
      await setToneSettings(db, { disabledRules: [...current.disabledRules, ruleId] });
      // Every open chat page stops flagging it at once.
      await deps.settingsChanged();
    },
    'tone:set': async ({ settings, allow }) => {
      const managed = (await policy.get()).toneMode;
      if (settings?.mode !== undefined && managed && settings.mode !== managed) {
        throw new Error('The send check mode is set by your administrator and cannot be changed here.');
      }
      const saved = {
        settings: settings ? await setToneSettings(db, settings) : await getToneSettings(db),
        allow: allow ? await setToneAllowList(db, allow) : await getToneAllowList(db),
      };
      // Open chat pages apply the change at once.
      await deps.settingsChanged();
      return saved;
    },
  };
}
