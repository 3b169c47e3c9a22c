// The tone checker: finds wording the customer-service guidance warns against and proposes rewrites.
// Pure: no browser APIs; rules are data (phrases/rules/) and are compiled once per rules array.
import { builtInToneRules, toneRuleRenames } from '../../phrases/rules/index';
import { foldAsciiCase } from './fold';
import { isTraditional, toHant, widenPattern } from './hant';
import type { ToneLocale, ToneRule, ToneSeverity } from './schema';

export interface ToneFinding {
  /** UTF-16 offsets into the draft; start === end === 0 for a finding about the whole message. */
  start: number;
  end: number;
  /** draft.slice(start, end) */
  text: string;
  ruleId: string;
  category: string;
  severity: ToneSeverity;
  /** Why, in the UI language, short. */
  message: string;
  /** Replacements for draft.slice(start, end), best first (for a whole-message finding: text to insert at 0). */
  suggestions: string[];
}

export interface CheckToneOptions {
  /** Rules to use (default: the built-in rules). Team packs pass built-ins plus their own; pass the same array
   *  instance each time so its compiled form is reused (cached per array). */
  rules?: readonly ToneRule[];
  /** UI language of the messages: zh-CN (default), zh-TW (also zh-HK, zh-Hant…), en. */
  locale?: string;
  /** Rule ids switched off; old ids from the renames map are understood. */
  disabled?: readonly string[];
}

interface CompiledRule {
  rule: ToneRule;
  /** Global, Unicode-mode scan of all patterns (null for message rules without patterns). */
  re: RegExp | null;
  /** Global scan of all exceptions, or null. */
  exc: RegExp | null;
  triggers: ReadonlySet<string>;
}

interface CompiledRules {
  span: CompiledRule[];
  message: CompiledRule[];
}

const compiledCache = new WeakMap<readonly ToneRule[], CompiledRules>();

function combine(sources: readonly string[], rule: ToneRule): RegExp | null {
  if (sources.length === 0) return null;
  const body = sources
    .map((s) => {
      const widened = rule.lang === 'zh' ? widenPattern(s) : s;
      return `(?:${rule.ignoreCase ? foldAsciiCase(widened) : widened})`;
    })
    .join('|');
  return new RegExp(body, 'gu');
}

/** Compiles a rules array once; later calls with the same array reuse the result. */
export function compileRules(rules: readonly ToneRule[]): CompiledRules {
  const cached = compiledCache.get(rules);
  if (cached) return cached;
  const compiled: CompiledRules = { span: [], message: [] };
  for (const rule of rules) {
    const entry: CompiledRule = {
      rule,
      re: combine(rule.patterns, rule),
      exc: combine(rule.exceptions ?? [], rule),
      triggers: new Set(rule.triggers ?? []),
    };
    (rule.scope === 'message' ? compiled.message : compiled.span).push(entry);
  }
  compiledCache.set(rules, compiled);
  return compiled;
}

export function normalizeLocale(locale: string | undefined): ToneLocale {
  if (!locale) return 'zh-CN';
  const l = locale.toLowerCase();
  if (l.startsWith('zh')) {
    return /^zh[-_](?:tw|hk|mo|hant)/.test(l) ? 'zh-TW' : 'zh-CN';
  }
  return 'en';
}

/** Maps old rule ids to current ones. */
export function resolveRuleId(id: string): string {
  let current = id;
  for (let i = 0; i < 10 && Object.prototype.hasOwnProperty.call(toneRuleRenames, current); i++) {
    current = toneRuleRenames[current] as string;
  }
  return current;
}

function advance(text: string, index: number): number {
  const code = text.charCodeAt(index);
  return code >= 0xd800 && code <= 0xdbff && index + 1 < text.length ? index + 2 : index + 1;
}

/** All exception matches, including ones that start inside another exception match. */
function exceptionRanges(exc: RegExp, draft: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  exc.lastIndex = 0;
  while (exc.lastIndex <= draft.length) {
    const m = exc.exec(draft);
    if (!m) break;
    ranges.push([m.index, m.index + m[0].length]);
    exc.lastIndex = advance(draft, m.index);
  }
  return ranges;
}

/** A match is excused when an exception match shares at least one character with it. */
function excused(ranges: ReadonlyArray<[number, number]>, start: number, end: number): boolean {
  for (const [s, e] of ranges) {
    if (s < end && start < e) return true;
  }
  return false;
}

function matchCase(suggestion: string, matched: string): string {
  const first = matched.charAt(0);
  if (first >= 'A' && first <= 'Z' && suggestion.length > 0) {
    return suggestion.charAt(0).toUpperCase() + suggestion.slice(1);
  }
  return suggestion;
}

interface Context {
  draft: string;
  locale: ToneLocale;
  traditional: boolean | undefined;
}

function suggestionsFor(rule: ToneRule, matched: string, ctx: Context): string[] {
  if (rule.suggestions.length === 0) return [];
  if (rule.lang === 'zh') {
    ctx.traditional ??= isTraditional(ctx.draft);
    return ctx.traditional ? rule.suggestions.map(toHant) : [...rule.suggestions];
  }
  return rule.suggestions.map((s) => matchCase(s, matched));
}

function countMatches(re: RegExp, draft: string, needed: number): number {
  let count = 0;
  re.lastIndex = 0;
  while (count < needed) {
    const m = re.exec(draft);
    if (!m) break;
    if (m[0].length === 0) {
      re.lastIndex = advance(draft, re.lastIndex);
      continue;
    }
    count++;
  }
  return count;
}

/**
 * Checks a draft. Findings are sorted by start, then end, then rule order; within one rule they never overlap.
 * Whole-message findings (scope 'message') have start === end === 0 and text ''; their suggestions are
 * meant to be inserted at the start of the draft.
 */
export function checkTone(draft: string, options: CheckToneOptions = {}): ToneFinding[] {
  const rules = options.rules ?? builtInToneRules;
  const compiled = compileRules(rules);
  const disabled = new Set((options.disabled ?? []).map(resolveRuleId));
  const ctx: Context = { draft, locale: normalizeLocale(options.locale), traditional: undefined };
  const findings: Array<ToneFinding & { order: number }> = [];
  const categoriesByLang = new Map<string, Set<string>>();
  let order = 0;

  for (const { rule, re, exc } of compiled.span) {
    order++;
    if (!re || disabled.has(rule.id)) continue;
    re.lastIndex = 0;
    let ranges: Array<[number, number]> | undefined;
    for (let m = re.exec(draft); m; m = re.exec(draft)) {
      const start = m.index;
      const end = start + m[0].length;
      if (end === start) {
        re.lastIndex = advance(draft, start);
        continue;
      }
      if (exc) {
        ranges ??= exceptionRanges(exc, draft);
        if (excused(ranges, start, end)) continue;
      }
      findings.push({
        start,
        end,
        text: m[0],
        ruleId: rule.id,
        category: rule.category,
        severity: rule.severity,
        message: rule.message[ctx.locale],
        suggestions: suggestionsFor(rule, m[0], ctx),
        order,
      });
      let cats = categoriesByLang.get(rule.lang);
      if (!cats) categoriesByLang.set(rule.lang, (cats = new Set()));
      cats.add(rule.category);
    }
  }

  for (const { rule, re, exc, triggers } of compiled.message) {
    order++;
    if (disabled.has(rule.id)) continue;
    if (triggers.size > 0) {
      const present = categoriesByLang.get(rule.lang);
      if (!present || ![...triggers].some((c) => present.has(c))) continue;
    }
    if (re) {
      const needed = rule.minCount ?? 1;
      if (countMatches(re, draft, needed) < needed) continue;
    }
    if (exc) {
      exc.lastIndex = 0;
      if (exc.test(draft)) continue;
    }
    findings.push({
      start: 0,
      end: 0,
      text: '',
      ruleId: rule.id,
      category: rule.category,
      severity: rule.severity,
      message: rule.message[ctx.locale],
      suggestions: suggestionsFor(rule, '', ctx),
      order,
    });
  }

  findings.sort((a, b) => a.start - b.start || a.end - b.end || a.order - b.order);
  return findings.map(({ order: _order, ...finding }) => finding);
}

const SEVERITY_RANK: Record<ToneSeverity, number> = { error: 0, warning: 1, hint: 2 };

function conflicts(a: ToneFinding, b: ToneFinding): boolean {
  const aEmpty = a.start === a.end;
  const bEmpty = b.start === b.end;
  if (aEmpty && bEmpty) return a.start === b.start;
  if (aEmpty) return b.start < a.start && a.start < b.end;
  if (bEmpty) return a.start < b.start && b.start < a.end;
  return a.start < b.end && b.start < a.end;
}

/**
 * Applies the first suggestion of each finding. Where findings overlap, the more severe one wins (then the longer
 * span); the others are left out. Edits are applied right to left so offsets stay valid.
 */
export function applySuggestions(draft: string, findings: readonly ToneFinding[]): string {
  const candidates = findings
    .filter((f) => f.suggestions.length > 0 && f.start >= 0 && f.end <= draft.length && f.start <= f.end)
    .sort(
      (a, b) =>
        SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || b.end - b.start - (a.end - a.start) || a.start - b.start,
    );
  const chosen: ToneFinding[] = [];
  for (const f of candidates) {
    if (!chosen.some((c) => conflicts(c, f))) chosen.push(f);
  }
  chosen.sort((a, b) => b.start - a.start || b.end - a.end);
  let out = draft;
  for (const f of chosen) {
    out = out.slice(0, f.start) + (f.suggestions[0] as string) + out.slice(f.end);
  }
  return out;
}

/**
 * The rules to check with when a team adds its own: each team rule replaces the built-in rule of
 * the same id (the team's wording of it) or is added after the built-in ones.
 */
export function combineRules(base: readonly ToneRule[], team: readonly ToneRule[]): readonly ToneRule[] {
  if (team.length === 0) return base;
  const byId = new Map(team.map((r) => [r.id, r]));
  const merged = base.map((r) => byId.get(r.id) ?? r);
  const used = new Set(base.map((r) => r.id));
  return [...merged, ...team.filter((r) => !used.has(r.id))];
}
