// The tone checker: finds wording the customer-service guidance warns against and proposes rewrites.
// Pure: no browser APIs beyond Intl. Everything it checks with comes from the caller: the rules (compiled once per
// rules array, ./compile.ts), the learned model and the tables they refer to (the built-in ones are in phrases/rules/;
// the content script gets the rules and the model from the background).
import { compileRules, type CompiledRule } from './compile';
import { DraftContext, afterGreeting, clauseAround } from './context';
import { scriptOf, toHantRegister } from './hant';
import { modelFindings, type ToneModel } from './model';
import { overlaps } from './precedence';
import { expandTemplate, groupsOf, matchCase, smoothSeam } from './rewrite';
import type { ScanMatch, Scanner, ScannerCompiler } from './scanner';
import type { ToneLocale, ToneRule, ToneSeverity, ToneTables } from './schema';
import { TEAM_FINDINGS_MAX, withScan, type Scan } from './team-rules';

export interface ToneFinding {
  /** UTF-16 offsets into the draft. A whole-message finding has start === end: where its suggestion is inserted
   *  (0, or after an opening greeting) and text ''. */
  start: number;
  end: number;
  /** draft.slice(start, end) */
  text: string;
  ruleId: string;
  category: string;
  severity: ToneSeverity;
  /** Why, and what to write instead, in the UI language. */
  message: string;
  /** Replacements for draft.slice(start, end), best first (for a whole-message finding: text to insert at start).
   *  Empty when no rewrite is good enough: the message then says what to write. */
  suggestions: string[];
  /** True when the suggestions are plain substitutions that keep the meaning, so "Fix all" may apply them unread. */
  safe: boolean;
}

export interface CheckToneOptions {
  /** The tables the rules and the model refer to (template word maps, model messages, renamed ids). */
  tables: ToneTables;
  /** UI language of the messages: zh-CN (default), zh-TW (also zh-HK, zh-Hant…), en. */
  locale?: string;
  /** Rule ids switched off; old ids from the renames map are understood (`model-<category>` for the model). */
  disabled?: readonly string[];
  /** The learned model (utils/tone/model.ts): flags clauses of a category no rule flagged there. */
  model?: ToneModel | null;
  /** The linear-time matcher (./linear.ts `linearScanner`) that team rules run on. Without it a rules array that
   *  holds a team rule cannot be compiled: the check throws rather than run untrusted patterns on the browser's
   *  backtracking engine. */
  linear?: ScannerCompiler | null;
  /** Team rules run without their time budget (TEAM_BUDGET_MS). Only for checking a rule's own short examples when
   *  it is imported: whether a pack is accepted must not depend on how busy the machine is. Never on a chat page. */
  untimed?: boolean;
}

export function normalizeLocale(locale: string | undefined): ToneLocale {
  if (!locale) return 'zh-CN';
  const l = locale.toLowerCase();
  if (l.startsWith('zh')) {
    return /^zh[-_](?:tw|hk|mo|hant)/.test(l) ? 'zh-TW' : 'zh-CN';
  }
  return 'en';
}

/** Maps an old rule id to the current one (through the renames map of the tables). */
export function resolveRuleId(id: string, renames: ToneTables['renames']): string {
  let current = id;
  for (let i = 0; i < 10 && Object.prototype.hasOwnProperty.call(renames, current); i++) {
    current = renames[current] as string;
  }
  return current;
}

function advance(text: string, index: number): number {
  const code = text.charCodeAt(index);
  return code >= 0xd800 && code <= 0xdbff && index + 1 < text.length ? index + 2 : index + 1;
}

/** All exception matches, including ones that start inside another exception match. */
function exceptionRanges(exc: Scanner, draft: string, scan: Scan): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (let m = scan(exc, draft, 0); m; m = m.index >= draft.length ? null : scan(exc, draft, advance(draft, m.index))) {
    ranges.push([m.index, m.end]);
  }
  return ranges;
}

/** A match is excused when an exception match shares at least one character with it. */
function excused(ranges: ReadonlyArray<[number, number]>, start: number, end: number): boolean {
  for (const [s, e] of ranges) {
    if (overlaps(s, e, start, end)) return true;
  }
  return false;
}

interface Context {
  draft: string;
  locale: ToneLocale;
  traditional: boolean | undefined;
  facts: DraftContext;
  tables: ToneTables;
  /** Time team rules have taken on this draft so far. */
  teamTime: { ms: number };
  /** Matches a rule's exception let pass (a refusal already apologised for, with an offer): the model does not flag
   *  the same category there, since a rule read those words and decided. */
  excused: Array<{ start: number; end: number; category: string }>;
}

function suggestionsFor(
  rule: ToneRule,
  matched: string,
  groups: Readonly<Record<string, string>>,
  ctx: Context,
  at: number,
  end: number = at,
): string[] {
  if (rule.suggestions.length === 0) return [];
  const prev = at > 0 ? ctx.draft.charAt(at - 1) : '';
  const following = ctx.draft.slice(end, end + 8);
  const expanded = rule.suggestions.map((s) => smoothSeam(expandTemplate(s, groups, ctx.tables.templateMaps), prev, following));
  if (rule.lang === 'zh') {
    // A draft in neither script (今天寄不了了) is answered in the script of the agent's interface.
    ctx.traditional ??= scriptOf(ctx.draft) > 0 || (scriptOf(ctx.draft) === 0 && ctx.locale === 'zh-TW');
    return ctx.traditional ? expanded.map(toHantRegister) : expanded;
  }
  // A suggestion that starts a sentence starts with a capital, whatever the agent typed.
  const startsSentence = /(?:^|[.!?]\s+)$/u.test(ctx.draft.slice(0, at));
  // "I" is capital anywhere: mid-sentence ("Look, I've already…") the suggestion keeps its own case.
  return expanded.map((s) => (startsSentence ? matchCase(s, 'A') : /^I\b/u.test(matched) ? s : matchCase(s, matched)));
}

function countMatches(re: Scanner, draft: string, needed: number, scan: Scan): number {
  let count = 0;
  for (let from = 0; count < needed && from <= draft.length; ) {
    const m = scan(re, draft, from);
    if (!m) break;
    if (m.end === m.index) {
      from = advance(draft, m.index);
      continue;
    }
    count++;
    from = m.end;
  }
  return count;
}

type Ordered = ToneFinding & { order: number };

function spanFindings(rule: CompiledRule, order: number, ctx: Context, out: Ordered[], scan: Scan): boolean {
  const { re, exc } = rule;
  const r = rule.rule;
  if (!re) return false;
  const { draft } = ctx;
  let found = false;
  let ranges: Array<[number, number]> | undefined;
  let lastEnd = -1;
  let from = 0;
  let reported = 0;
  for (let m: ScanMatch | null; from <= draft.length && (m = scan(re, draft, from)); ) {
    const matchStart = m.index;
    const matchEnd = m.end;
    // Next search: after this match; a rejected or empty match is retried one character on.
    from = matchEnd;
    if (matchEnd === matchStart) {
      from = advance(draft, matchStart);
      continue;
    }
    const notHere = ctx.facts.quoted(matchStart, matchEnd) || (r.wordStart && !ctx.facts.wordStartsAt(matchStart));
    if (notHere || (exc && excused((ranges ??= exceptionRanges(exc, draft, scan)), matchStart, matchEnd))) {
      if (!notHere) ctx.excused.push({ start: matchStart, end: matchEnd, category: r.category });
      // Not this match; a shorter one starting later may still count (票开不了 is not a word, 开不了 is).
      from = advance(draft, matchStart);
      continue;
    }
    const [start, end] = r.replace === 'clause' ? clauseAround(draft, matchStart, matchEnd) : [matchStart, matchEnd];
    if (start < lastEnd) continue; // a second match in a clause already reported
    if (rule.team && ++reported > TEAM_FINDINGS_MAX) break;
    lastEnd = end;
    found = true;
    out.push({
      start,
      end,
      text: draft.slice(start, end),
      ruleId: r.id,
      category: r.category,
      severity: r.severity,
      message: r.message[ctx.locale],
      suggestions: suggestionsFor(r, m.text, groupsOf(m.groups), ctx, start, end),
      safe: r.rewrite === 'safe',
      order,
    });
  }
  return found;
}

/**
 * Checks a draft. Findings are sorted by start, then end, then rule order; within one rule they never overlap.
 * Words inside quotation marks and titles (the customer's words, 《…》) are not the agent's and are never flagged.
 * Whole-message findings (scope 'message') have start === end (after any opening greeting) and text ''; their
 * suggestions are meant to be inserted there. `rules` is the full rule set (the built-in rules, with a team's own
 * added by combineRules): pass the same array instance each time so its compiled form is reused.
 */
export function checkToneWith(draft: string, rules: readonly ToneRule[], options: CheckToneOptions): ToneFinding[] {
  const compiled = compileRules(rules, options.linear);
  const { tables } = options;
  const ctx: Context = { draft, locale: normalizeLocale(options.locale), traditional: undefined, facts: new DraftContext(draft), tables, teamTime: { ms: options.untimed ? -Infinity : 0 }, excused: [] };
  const disabled = new Set((options.disabled ?? []).map((id) => resolveRuleId(id, tables.renames)));
  const findings: Ordered[] = [];
  const categoriesByLang = new Map<string, Set<string>>();
  let order = 0;

  // A language's rules cannot match a draft without its script: skip them (most drafts are one language).
  const hasLatin = /[A-Za-z]/u.test(draft);
  const hasHan = /\p{Script=Han}/u.test(draft);
  for (const entry of compiled.span) {
    order++;
    if (disabled.has(entry.rule.id)) continue;
    if ((entry.rule.lang === 'en' && !hasLatin) || (entry.rule.lang === 'zh' && !hasHan)) continue;
    if (withScan(entry.team, ctx.teamTime, (scan) => spanFindings(entry, order, ctx, findings, scan))) {
      let cats = categoriesByLang.get(entry.rule.lang);
      if (!cats) categoriesByLang.set(entry.rule.lang, (cats = new Set()));
      cats.add(entry.rule.category);
    }
  }

  for (const entry of compiled.message) {
    const { rule, re, exc, triggers } = entry;
    order++;
    if (disabled.has(rule.id)) continue;
    if (triggers.size > 0) {
      const present = categoriesByLang.get(rule.lang);
      if (!present || ![...triggers].some((c) => present.has(c))) continue;
    }
    const needed = rule.minCount ?? 1;
    const silenced = withScan(entry.team, ctx.teamTime, (scan) => (re !== null && countMatches(re, draft, needed, scan) < needed) || (exc !== null && scan(exc, draft, 0) !== null));
    if (silenced) continue;
    const at = rule.suggestions.length > 0 ? insertionPoint(triggers, findings, draft) : 0;
    findings.push({
      start: at,
      end: at,
      text: '',
      ruleId: rule.id,
      category: rule.category,
      severity: rule.severity,
      message: rule.message[ctx.locale],
      suggestions: suggestionsFor(rule, '', {}, ctx, at),
      safe: rule.rewrite === 'safe',
      order,
    });
  }

  if (options.model) addModelFindings(options.model, ctx, disabled, findings, ++order);

  findings.sort((a, b) => a.start - b.start || a.end - b.end || a.order - b.order);
  return findings.map(({ order: _order, ...finding }) => finding);
}

/**
 * Where a whole-message suggestion goes: after an opening greeting; for a rule triggered by other findings (the
 * apology before a refusal), at the start of the clause that holds the first of them, so praise or good news before
 * it keeps its place (您眼光真好，非常抱歉，这个价格无法再低了).
 */
function insertionPoint(triggers: ReadonlySet<string>, findings: readonly Ordered[], draft: string): number {
  const greeting = afterGreeting(draft);
  if (triggers.size === 0) return greeting;
  let first: Ordered | undefined;
  for (const f of findings) if (f.start < f.end && triggers.has(f.category) && (!first || f.start < first.start)) first = f;
  if (!first) return greeting;
  const [clauseStart] = clauseAround(draft, first.start, first.end);
  return Math.max(greeting, clauseStart);
}

/** The model's clauses, where no rule already flagged that category: hints (less sure than a rule), no rewrite. */
function addModelFindings(model: ToneModel, ctx: Context, disabled: ReadonlySet<string>, findings: Ordered[], order: number): void {
  for (const m of modelFindings(ctx.draft, model)) {
    const ruleId = `model-${m.category}`;
    const message = ctx.tables.modelMessages[m.category];
    if (!message || disabled.has(ruleId) || ctx.facts.quoted(m.start, m.end)) continue;
    if (findings.some((f) => f.category === m.category && overlaps(f.start, f.end, m.start, m.end))) continue;
    if (ctx.excused.some((x) => x.category === m.category && overlaps(x.start, x.end, m.start, m.end))) continue;
    findings.push({
      start: m.start,
      end: m.end,
      text: ctx.draft.slice(m.start, m.end),
      ruleId,
      category: m.category,
      severity: 'hint',
      message: message[ctx.locale],
      suggestions: [],
      safe: false,
      order,
    });
  }
}
