/**
 * Runtime checks for every request of the background protocol (utils/protocol.ts). Types say
 * what our own code sends; these schemas say what the background accepts from anyone, including
 * a compromised renderer. Each schema's output is typed against `ProtocolMap`, so a protocol change
 * that forgets its schema does not compile.
 */
import * as v from 'valibot';
import { RULE_ID_PATTERN, TONE_SEVERITIES } from './tone/schema';
import { MAX_WIDTH, MIN_WIDTH } from './page/sidebar-frame';
import { CLOCK_STATES, type ProtocolMap, type Req } from './protocol';
import { CLOCK_TARGET_MAX_S, CLOCK_TARGET_MIN_S, CLOCK_TARGETS_MAX, TONE_MODES } from './settings';
import { RECALL_FIELDS_MAX, VALUE_MAX } from './placeholder-memory';
import { BLANK_NAME_MAX } from './placeholders';
import { SUGGEST_COUNT, SUGGEST_MESSAGE_MAX, SUGGEST_SOURCES } from './suggest/view';
import { TaughtRuleSchema } from './page/transcript/rule-schema';

/** Longest query the slash trigger may search for. */
export const SLASH_QUERY_MAX = 100;
/** Longest origin string accepted (scheme + host + port). */
export const ORIGIN_MAX = 300;
/** "Don't flag this again": longest flagged text and the most entries the allow-list keeps. */
export const TONE_ALLOW_TEXT_MAX = 200;
export const TONE_ALLOW_MAX_ENTRIES = 500;
/** Rules one agent may switch off one by one (the send check offers it; the options page lists them). */
export const TONE_DISABLED_RULES_MAX = 500;
/** Longest text the sidebar may ask to insert or write into a draft. */
const TEXT_MAX = 100_000;
const URL_MAX = 2048;
const ID_MAX = 300;

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const int = (min: number, max: number) => v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max));
const empty = v.strictObject({});
const ruleId = v.pipe(v.string(), v.maxLength(100), v.regex(RULE_ID_PATTERN));
const origin = text(ORIGIN_MAX);
const toneAllowEntry = v.strictObject({ ruleId, text: v.pipe(text(TONE_ALLOW_TEXT_MAX), v.minLength(1)) });
const severity = v.picklist(TONE_SEVERITIES);
const blankNames = v.pipe(v.array(text(BLANK_NAME_MAX)), v.maxLength(RECALL_FIELDS_MAX));
const blankValues = v.pipe(
  v.record(text(BLANK_NAME_MAX), text(VALUE_MAX)),
  v.check((values) => Object.keys(values).length <= RECALL_FIELDS_MAX, `at most ${RECALL_FIELDS_MAX} blanks`),
);

type RequestSchemas = { readonly [K in keyof ProtocolMap]: v.GenericSchema<unknown, Req<ProtocolMap, K>> };

export const requestSchemas = {
  'site:get': v.strictObject({ origin }),
  'site:set': v.strictObject({
    origin,
    state: v.strictObject({
      open: v.boolean(),
      width: int(MIN_WIDTH, MAX_WIDTH),
      collapsed: v.boolean(),
      launcherBottom: int(0, 10_000),
      launcherHidden: v.boolean(),
    }),
  }),
  'phrase:insert': v.strictObject({ phraseId: text(ID_MAX), text: text(TEXT_MAX), caretBack: int(0, TEXT_MAX), values: v.optional(blankValues) }),
  'phrase:recall-values': v.strictObject({ names: blankNames }),
  'sidebar:register': empty,
  'sidebar:claim': v.strictObject({ key: text(128) }),
  'sidebar:close': empty,
  'sidebar:resize': v.strictObject({ width: int(0, 10_000), collapsed: v.boolean() }),
  'sidebar:toggle': v.strictObject({ tabId: int(0, Number.MAX_SAFE_INTEGER) }),
  'panel:open': empty,
  'sites:changed': v.strictObject({ injectTabId: v.optional(int(0, Number.MAX_SAFE_INTEGER)) }),
  'slash:search': v.strictObject({ query: text(SLASH_QUERY_MAX), limit: v.pipe(v.number(), v.finite()) }),
  'slash:resolve': v.strictObject({ id: text(ID_MAX) }),
  'tone:get': v.strictObject({ origin, have: v.optional(text(64)) }),
  'tone:linear': empty,
  'transcript:load': empty,
  'tone:allow': toneAllowEntry,
  'tone:disable-rule': v.strictObject({ ruleId: text(100) }),
  'tone:set': v.strictObject({
    settings: v.optional(
      v.strictObject({
        mode: v.optional(v.picklist(TONE_MODES)),
        threshold: v.optional(severity),
        disabledCategories: v.optional(v.pipe(v.array(text(100)), v.maxLength(100))),
        disabledRules: v.optional(v.pipe(v.array(text(100)), v.maxLength(TONE_DISABLED_RULES_MAX))),
        disabledSites: v.optional(v.pipe(v.array(origin), v.maxLength(1000))),
      }),
    ),
    allow: v.optional(v.pipe(v.array(toneAllowEntry), v.maxLength(TONE_ALLOW_MAX_ENTRIES))),
  }),
  'tone:read-draft': empty,
  'tone:apply-rewrite': v.strictObject({ start: int(0, TEXT_MAX), end: int(0, TEXT_MAX), text: text(TEXT_MAX), replacement: text(TEXT_MAX) }),
  'suggest:message': v.strictObject({ text: v.pipe(text(SUGGEST_MESSAGE_MAX), v.minLength(1)), source: v.picklist(SUGGEST_SOURCES) }),
  'suggest:get': empty,
  'sidebar:site': empty,
  'suggest:pick': v.strictObject({ rank: int(1, SUGGEST_COUNT) }),
  'usage:sent': v.strictObject({
    uses: v.pipe(v.array(v.strictObject({ use: int(1, Number.MAX_SAFE_INTEGER), changed: v.pipe(v.number(), v.minValue(0), v.maxValue(1)) })), v.maxLength(20)),
  }),
  'clock:get': v.strictObject({ origin }),
  // A wait of more than a day is no wait the clock shows.
  'clock:state': v.strictObject({ state: v.picklist(CLOCK_STATES), waitedMs: int(0, 86_400_000) }),
  'clock:view': empty,
  'clock:set': v.strictObject({
    enabled: v.optional(v.boolean()),
    targets: v.optional(
      v.pipe(
        v.record(text(ORIGIN_MAX), int(CLOCK_TARGET_MIN_S, CLOCK_TARGET_MAX_S)),
        v.check((t) => Object.keys(t).length <= CLOCK_TARGETS_MAX, `at most ${CLOCK_TARGETS_MAX} targets`),
      ),
    ),
  }),
  'teach:get': v.strictObject({ origin }),
  'teach:save': v.strictObject({ origin, rule: TaughtRuleSchema }),
  'teach:start': empty,
  'teach:reset': v.strictObject({ origin }),
  'subscriptions:add': v.strictObject({ url: text(URL_MAX) }),
  'subscriptions:refresh': v.strictObject({ url: v.optional(text(URL_MAX)) }),
  'subscriptions:remove': v.strictObject({ url: text(URL_MAX) }),
  'policy:get': empty,
} satisfies RequestSchemas;

/** A request the background refuses; the message names the first wrong field (`state.width: …`). */
export class InvalidRequestError extends Error {
  override name = 'InvalidRequestError';
}

/** The request checked against its schema, or an InvalidRequestError naming the wrong field. */
export function parseRequest<K extends keyof ProtocolMap>(type: K, data: unknown): Req<ProtocolMap, K> {
  const schema: RequestSchemas[K] = requestSchemas[type];
  const result = v.safeParse(schema, data);
  if (result.success) return result.output;
  const issue = result.issues[0];
  const path = v.getDotPath(issue) ?? '';
  throw new InvalidRequestError(`${type}: invalid request${path ? ` at ${path}` : ''}: ${issue.message}`);
}
