// Rules compiled into scanners, once per rules array: the built-in rules on the browser's RegExp engine, team rules
// on the linear-time matcher.
import { foldAsciiCase } from './fold';
import { widenPattern } from './hant';
import { anyOf, nativeScanner, type Scanner, type ScannerCompiler } from './scanner';
import type { ToneRule } from './schema';
import { isReviewed } from './team-rules';

export interface CompiledRule {
  rule: ToneRule;
  /** Scan of all patterns (null for message rules without patterns). */
  re: Scanner | null;
  /** Scan of all exceptions, or null. */
  exc: Scanner | null;
  triggers: ReadonlySet<string>;
  /** Came from a team pack: counts towards TEAM_BUDGET_MS. */
  team: boolean;
}

export interface CompiledRules {
  span: CompiledRule[];
  message: CompiledRule[];
}

const compiledCache = new WeakMap<readonly ToneRule[], CompiledRules>();

/**
 * The source a rule pattern runs as: widened to Traditional (zh), ASCII case folded (ignoreCase), and its named
 * groups suffixed with the pattern's index so that the patterns of one rule can reuse a name (`subj`).
 * Validation compiles exactly this.
 */
export function runnablePattern(source: string, rule: Pick<ToneRule, 'lang' | 'ignoreCase'>, index: number): string {
  const widened = rule.lang === 'zh' ? widenPattern(source) : source;
  const folded = rule.ignoreCase ? foldAsciiCase(widened) : widened;
  return folded.replace(/\\k<([A-Za-z_]\w*)>|\\.|\(\?<([A-Za-z_]\w*)>/gu, (m: string, ref: string | undefined, name: string | undefined) =>
    ref !== undefined ? `\\k<${ref}__${index}>` : name === undefined ? m : `(?<${name}__${index}>`,
  );
}

/** All of a rule's patterns (or exceptions) as one alternation, in the form they run in. */
function combinedSource(sources: readonly string[], rule: Pick<ToneRule, 'lang' | 'ignoreCase'>): string {
  return sources.map((s, i) => `(?:${runnablePattern(s, rule, i)})`).join('|');
}

/** Compiles a rules array once; later calls with the same array reuse the result. */
export function compileRules(rules: readonly ToneRule[], linear?: ScannerCompiler | null): CompiledRules {
  const cached = compiledCache.get(rules);
  if (cached) return cached;
  const compiled: CompiledRules = { span: [], message: [] };
  for (const rule of rules) {
    const team = !isReviewed(rule);
    const compile = team ? linear : nativeScanner;
    if (!compile) throw new Error(`team rule ${rule.id} needs the linear-time matcher, which is not loaded`);
    // Built-in rules: one alternation. Team rules: one linear scanner per pattern, each within its size bound.
    const scan = (sources: readonly string[]) =>
      sources.length === 0 ? null : team ? anyOf(sources.map((s, i) => compile(runnablePattern(s, rule, i)))) : compile(combinedSource(sources, rule));
    const entry: CompiledRule = { rule, re: scan(rule.patterns), exc: scan(rule.exceptions ?? []), triggers: new Set(rule.triggers ?? []), team };
    (rule.scope === 'message' ? compiled.message : compiled.span).push(entry);
  }
  compiledCache.set(rules, compiled);
  return compiled;
}
