// Team-pack tone patterns are untrusted code that runs in the chat page on every keystroke. A backtracking engine
// can take exponential time on a crafted pattern (`(a|a)*b`, `\w*\w*\w*$`), so they run on RE2 (re2js), whose
// matching time is linear in the draft. RE2 reads a slightly different syntax: patterns are written in JavaScript's,
// parsed once (regjsparser) and printed for RE2, with JavaScript's meaning of `\s` and `.` kept.
// This module is not in the content script: the chat page loads it (entrypoints/linear-matcher.ts) only when a team
// pack brings rules.
// regjsparser is CommonJS: its default export is the module (Node's ESM loader has no named exports for it).
import regjsparser, { type AstNode as AnyNode, type CharacterClassBody, type RootNode } from 'regjsparser';
import { RE2JS } from 're2js';
import type { ScanMatch, Scanner, ScannerCompiler } from './scanner';

/**
 * Upper bound on a pattern's size as RE2 compiles it (each counted repeat is a copy): matching cost is the draft's
 * length times this. At this bound a 1,000-character draft is matched in a few milliseconds, whatever the pattern
 * (tests/unit/tone/linear.test.ts measures generated worst cases).
 */
export const MAX_PATTERN_COST = 400;

export class UnsupportedPattern extends Error {}

const FEATURES = { namedGroups: true, unicodePropertyEscape: true, lookbehind: true } as const;
type AstNode = AnyNode<typeof FEATURES>;

/** JavaScript's `\s` (Unicode mode): RE2's own `\s` is ASCII only and would miss U+3000 (the ideographic space) between Chinese words. */
const SPACE = '\\t\\n\\x{0B}\\f\\r \\x{A0}\\x{1680}\\x{2000}-\\x{200A}\\x{2028}\\x{2029}\\x{202F}\\x{205F}\\x{3000}\\x{FEFF}';
const NOT_SPACE =
  '\\x{0}-\\x{8}\\x{E}-\\x{1F}\\x{21}-\\x{9F}\\x{A1}-\\x{167F}\\x{1681}-\\x{1FFF}\\x{200B}-\\x{2027}\\x{202A}-\\x{202E}' +
  '\\x{2030}-\\x{205E}\\x{2060}-\\x{2FFF}\\x{3001}-\\x{FEFE}\\x{FF00}-\\x{10FFFF}';
/** JavaScript's `.` stops at every line terminator, RE2's only at \n. */
const DOT = '[^\\n\\r\\x{2028}\\x{2029}]';

const hex = (code: number) => `\\x{${code.toString(16).toUpperCase()}}`;

function property(name: string, negative: boolean): string {
  // \p{Script=Han}, \p{sc=Han}, \p{scx=Han}, \p{gc=L}, \p{General_Category=L} → RE2's \p{Han} / \p{L}.
  const value = name.replace(/^(?:Script|sc|Script_Extensions|scx|General_Category|gc)=/u, '');
  if (!/^[A-Za-z_]+$/u.test(value)) throw new UnsupportedPattern(`unsupported property \\p{${name}}`);
  return `\\${negative ? 'P' : 'p'}{${value}}`;
}

function classItem(node: CharacterClassBody): string {
  switch (node.type) {
    case 'value':
      return hex(node.codePoint);
    case 'characterClassRange':
      return `${hex(node.min.codePoint)}-${hex(node.max.codePoint)}`;
    case 'characterClassEscape':
      return node.value === 's' ? SPACE : node.value === 'S' ? NOT_SPACE : `\\${node.value}`;
    case 'unicodePropertyEscape':
      return property(node.value, node.negative);
  }
}

function print(node: AstNode): string {
  switch (node.type) {
    case 'alternative':
      return node.body.map(print).join('');
    case 'disjunction':
      return node.body.map(print).join('|');
    case 'value':
      return hex(node.codePoint);
    case 'dot':
      return DOT;
    case 'anchor':
      return { start: '^', end: '$', boundary: '\\b', 'not-boundary': '\\B' }[node.kind as 'start'];
    case 'characterClassEscape':
      return node.value === 's' ? `[${SPACE}]` : node.value === 'S' ? `[${NOT_SPACE}]` : `\\${node.value}`;
    case 'unicodePropertyEscape':
      return property(node.value, node.negative);
    case 'characterClass':
      return node.body.length === 0 ? (node.negative ? '[\\x{0}-\\x{10FFFF}]' : '[^\\x{0}-\\x{10FFFF}]') : `[${node.negative ? '^' : ''}${node.body.map(classItem).join('')}]`;
    case 'group': {
      const body = node.body.map(print).join('');
      if (node.behavior === 'normal') return node.name ? `(?P<${node.name.value}>${body})` : `(${body})`;
      if (node.behavior === 'ignore') return `(?:${body})`;
      throw new UnsupportedPattern('lookahead and lookbehind are not supported in team rules');
    }
    case 'quantifier': {
      const [body] = node.body;
      const atom = `(?:${print(body)})`;
      const lazy = node.greedy ? '' : '?';
      if (node.symbol) return `${atom}${node.symbol}${lazy}`;
      return `${atom}{${node.min},${node.max ?? ''}}${lazy}`.replace(`{${node.min},${node.min}}`, `{${node.min}}`);
    }
    case 'reference':
      throw new UnsupportedPattern('back-references are not supported in team rules');
    case 'characterClassRange':
      return `${hex(node.min.codePoint)}-${hex(node.max.codePoint)}`;
  }
}

/** The fewest characters a match can have. */
function minLength(node: AstNode): number {
  switch (node.type) {
    case 'alternative':
      return node.body.reduce((sum, n) => sum + minLength(n), 0);
    case 'disjunction':
      return Math.min(...node.body.map(minLength));
    case 'group':
      return node.behavior === 'normal' || node.behavior === 'ignore' ? node.body.reduce((sum, n) => sum + minLength(n), 0) : 0;
    case 'quantifier':
      return node.min * minLength(node.body[0]);
    case 'anchor':
    case 'reference':
      return 0;
    default:
      return 1;
  }
}

/** How many instructions the pattern costs RE2, counting each copy a counted repeat makes. */
function cost(node: AstNode): number {
  switch (node.type) {
    case 'alternative':
      return node.body.reduce((sum, n) => sum + cost(n), 0);
    case 'disjunction':
      return node.body.reduce((sum, n) => sum + cost(n), node.body.length - 1);
    case 'group':
      return node.body.reduce((sum, n) => sum + cost(n), 1);
    case 'quantifier': {
      const copies = node.max === undefined ? Math.max(node.min, 1) : node.max;
      return cost(node.body[0]) * copies + 1;
    }
    default:
      return 1;
  }
}

function parsePattern(source: string): RootNode<typeof FEATURES> {
  try {
    return regjsparser.parse(source, 'u', FEATURES);
  } catch (e) {
    throw new UnsupportedPattern(`not a valid regular expression: ${(e as Error).message}`);
  }
}

/** The RE2 form of a JavaScript pattern, or an UnsupportedPattern error that says why not. */
export function toRe2(source: string): string {
  const ast = parsePattern(source);
  const size = cost(ast);
  if (size > MAX_PATTERN_COST) {
    throw new UnsupportedPattern(`pattern too large to check quickly (${size} steps per character, at most ${MAX_PATTERN_COST}; use fewer or smaller counted repeats {m,n})`);
  }
  if (minLength(ast) === 0) throw new UnsupportedPattern('pattern can match empty text; it must match at least one character');
  return print(ast);
}

/** Why a team pattern cannot run as the check runs it, or null when it can. */
export function linearProblem(source: string): string | null {
  try {
    RE2JS.compile(toRe2(source));
    return null;
  } catch (e) {
    return (e as Error).message;
  }
}

/** The group names RE2 knows for a compiled pattern. */
function groupNames(re: RE2JS): string[] {
  return Object.keys(re.namedGroups());
}

export const linearScanner: ScannerCompiler = (source): Scanner => {
  const re = RE2JS.compile(toRe2(source));
  const names = groupNames(re);
  let last: { text: string; matcher: ReturnType<RE2JS['matcher']> } | null = null;
  return {
    exec(text, from): ScanMatch | null {
      if (last?.text !== text) last = { text, matcher: re.matcher(text) };
      const m = last.matcher;
      if (from > text.length || !m.find(from)) return null;
      const groups: Record<string, string | undefined> = {};
      for (const name of names) groups[name] = m.group(name) ?? undefined;
      return { index: m.start(), end: m.end(), text: m.group() ?? '', groups };
    },
  };
};
