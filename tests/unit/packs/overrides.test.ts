import { afterEach, describe, expect, it } from 'vitest';
import { createBackground, type BackgroundDeps } from '../../../utils/background';
import { HuashuDB } from '../../../utils/db/database';
import { translator } from '../../../utils/i18n';
import { applyImport } from '../../../utils/packs/apply';
import { planImport } from '../../../utils/packs/merge';
import { builtInOverrideOf, readOverridePolicy, screenPackRules } from '../../../utils/packs/overrides';
import type { FetchLike } from '../../../utils/packs/subscribe';
import { builtInTone } from '../../../utils/tone-builtin';
import type { ToneRule } from '../../../utils/tone';
import { describeOverride } from '../../../components/manager/RuleOverrides';
import { familiar } from '../tone/team-rule';
import { samplePack } from './helpers';
import { backgroundDeps, TEST_EXTENSION_ID, TEST_EXTENSION_ORIGIN } from '../background-deps';
import type { SubscriptionOutcome } from '../../../utils/packs/subscriptions-runner';
import type { ManagedPolicy } from '../../../utils/managed-policy';

/** A team rule that takes `address-ni`'s id and matches nothing agents write: it switches 你 → 您 off. */
const silencer: ToneRule = {
  ...familiar,
  id: 'address-ni',
  patterns: ['永不出现的词'],
  examples: { match: ['永不出现的词'], noMatch: ['你好'] },
};
/** `vague-estimate` was renamed to `vague-approximate` (phrases/rules/renames.ts). */
const oldId: ToneRule = { ...silencer, id: 'vague-estimate' };

const ID = TEST_EXTENSION_ID;
const ORIGIN = TEST_EXTENSION_ORIGIN;
const fromOptions = { id: ID, url: `${ORIGIN}options.html` };
const fromPage = { id: ID, url: 'https://shop.example.com/chat', origin: 'https://shop.example.com', tab: { id: 3 }, frameId: 0 };
const PACK_URL = 'https://packs.example.com/acme.json';

const dbs: HuashuDB[] = [];
function freshDb(): HuashuDB {
  const db = new HuashuDB(`overrides-test-${Math.random().toString(36).slice(2)}`);
  dbs.push(db);
  return db;
}
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

function background(db: HuashuDB, managed: unknown, body = '') {
  const fetch: FetchLike = async () => ({
    status: 200,
    statusText: 'OK',
    headers: { get: (name) => (name.toLowerCase() === 'content-type' ? 'application/json' : null) },
    text: async () => body,
  });
  const broadcasts: string[] = [];
  const deps = backgroundDeps(db, {
    now: () => 1_800_000_000_000,
    broadcast: (async (type: string) => {
      broadcasts.push(type);
    }) as BackgroundDeps['broadcast'],
    subscriptions: { fetch, readManaged: async () => managed, languages: ['zh-CN'] },
  });
  return { bg: createBackground(deps), broadcasts };
}

async function toneRulesForPage(bg: ReturnType<typeof createBackground>): Promise<string[]> {
  const answer = (await bg.onMessage({ type: 'tone:get', data: { origin: 'https://shop.example.com' } }, fromPage)) as { rules: ToneRule[] };
  return answer.rules.map((r) => r.id);
}

describe('pack rules that take a built-in rule id', () => {
  it('are found by the same id and by a renamed rule’s former id; other ids are not', () => {
    expect(builtInTone.rules.some((r) => r.id === 'address-ni')).toBe(true);
    expect(builtInOverrideOf('address-ni')).toEqual({ builtInId: 'address-ni', via: 'same-id' });
    expect(builtInOverrideOf('vague-estimate')).toEqual({ builtInId: 'vague-approximate', via: 'former-id' });
    expect(builtInOverrideOf('blame-calm-down')).toEqual({ builtInId: 'order-calm', via: 'former-id' });
    expect(builtInOverrideOf(familiar.id)).toBeNull();

    const screened = screenPackRules([silencer, familiar, oldId, 'not a rule'], { allow: true });
    expect(screened.kept).toHaveLength(4);
    expect(screened.overrides).toEqual([
      { ruleId: 'address-ni', builtInId: 'address-ni', via: 'same-id', refused: false },
      { ruleId: 'vague-estimate', builtInId: 'vague-approximate', via: 'former-id', refused: false },
    ]);
  });

  it('name the built-in rule, its category and message in every UI language', () => {
    const o = { ruleId: 'address-ni', builtInId: 'address-ni', via: 'same-id', refused: false } as const;
    expect(describeOverride(translator('zh-CN'), 'zh-CN', o)).toContain('替换内置规则 address-ni（称呼顾客：称呼顾客请用“您”）');
    expect(describeOverride(translator('zh-TW'), 'zh-TW', o)).toContain('稱呼顧客請用「您」');
    expect(describeOverride(translator('en'), 'en', o)).toMatch(/^“address-ni” replaces built-in rule address-ni \(Addressing the customer: Address the customer with the polite “您”\)/);
    const renamed = describeOverride(translator('en'), 'en', { ruleId: 'vague-estimate', builtInId: 'vague-approximate', via: 'former-id', refused: true });
    expect(renamed).toContain('former id of built-in rule vague-approximate');
  });

  it('the managed policy allows them when absent and forbids them unless it says true', () => {
    expect(readOverridePolicy(undefined)).toBe(true);
    expect(readOverridePolicy({})).toBe(true);
    expect(readOverridePolicy({ subscriptions: [] })).toBe(true);
    expect(readOverridePolicy({ allowBuiltInRuleOverrides: true })).toBe(true);
    expect(readOverridePolicy({ allowBuiltInRuleOverrides: false })).toBe(false);
    expect(readOverridePolicy({ allowBuiltInRuleOverrides: 'yes' })).toBe(false);
  });
});

describe('the managed policy allowBuiltInRuleOverrides: false', () => {
  it('import: the preview marks them refused, the import stores the rest of the pack without them', async () => {
    const db = freshDb();
    const pack = samplePack({ rules: [silencer, familiar, oldId] });
    const allowed = planImport({ phrases: [], groups: [] }, pack);
    expect(allowed.rules).toHaveLength(3);
    expect(allowed.ruleOverrides.map((o) => [o.ruleId, o.refused])).toEqual([
      ['address-ni', false],
      ['vague-estimate', false],
    ]);

    const plan = planImport({ phrases: [], groups: [] }, pack, { allowBuiltInOverrides: false });
    expect(plan.ruleOverrides.map((o) => [o.ruleId, o.builtInId, o.refused])).toEqual([
      ['address-ni', 'address-ni', true],
      ['vague-estimate', 'vague-approximate', true],
    ]);
    expect(plan.rules).toEqual([familiar]);
    await applyImport(db, plan, { now: 5 });
    const stored = await db.packs.get('acme-cs');
    expect(stored?.rules).toEqual([familiar]);
    expect(stored?.ruleOverrides?.every((o) => o.refused)).toBe(true);
    expect(await db.phrases.where('packId').equals('acme-cs').count()).toBe(pack.phrases.length);
  });

  it('subscriptions: the refresh drops them and says so; the pack record notes them', async () => {
    const db = freshDb();
    const body = JSON.stringify(samplePack({ rules: [silencer, familiar] }));
    const { bg } = background(db, { allowBuiltInRuleOverrides: false }, body);
    const outcome = (await bg.onMessage({ type: 'subscriptions:add', data: { url: PACK_URL } }, fromOptions)) as SubscriptionOutcome;
    expect(outcome.status).toBe('updated');
    expect(outcome.ruleOverrides).toEqual([{ ruleId: 'address-ni', builtInId: 'address-ni', via: 'same-id', refused: true }]);
    const stored = await db.packs.get('acme-cs');
    expect(stored?.rules).toEqual([familiar]);
    expect(stored?.ruleOverrides).toEqual(outcome.ruleOverrides);
    expect(await toneRulesForPage(bg)).toEqual([familiar.id]);
  });

  it('tone:get: a pack stored before the policy does not pass them to the page', async () => {
    const db = freshDb();
    await db.packs.add({ id: 'team', name: 'Team', source: 'file', importedAt: 1, hidden: false, rules: [silencer, familiar, oldId] });
    expect(await toneRulesForPage(background(db, undefined).bg)).toEqual(['address-ni', familiar.id, 'vague-estimate']);
    expect(await toneRulesForPage(background(db, { allowBuiltInRuleOverrides: true }).bg)).toEqual(['address-ni', familiar.id, 'vague-estimate']);
    const { bg, broadcasts } = background(db, { allowBuiltInRuleOverrides: false });
    expect(await toneRulesForPage(bg)).toEqual([familiar.id]);
    await bg.policyChanged();
    expect(broadcasts).toEqual(['content:tone-settings-changed']);
  });

  it('policy:get tells the options page, and only extension pages', async () => {
    const db = freshDb();
    const { bg } = background(db, { allowBuiltInRuleOverrides: false });
    const policy = (await bg.onMessage({ type: 'policy:get', data: {} }, fromOptions)) as ManagedPolicy;
    expect(policy).toEqual({ allowBuiltInRuleOverrides: false });
    expect(bg.onMessage({ type: 'policy:get', data: {} }, fromPage)).toBeUndefined();
    expect(await background(freshDb(), undefined).bg.onMessage({ type: 'policy:get', data: {} }, fromOptions)).toEqual({ allowBuiltInRuleOverrides: true });
  });
});
