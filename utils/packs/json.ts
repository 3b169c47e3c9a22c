import { FORBIDDEN_KEYS, PACK_LIMITS } from './limits';
import { makeIssue, type PackIssue, type PackLocale } from './messages';

/**
 * Safe JSON reading for imported packs.
 * `JSON.parse` never pollutes prototypes by itself (a `"__proto__"` key becomes an own property),
 * but code that later copies such objects could. So every object key of the parsed value is
 * checked against FORBIDDEN_KEYS and the input is refused when one is found.
 * On a syntax error, the first bad position is located with a small scanner so the message can
 * name a line and column in every browser (engines word their own errors differently).
 */

export type JsonReadResult = { ok: true; value: unknown } | { ok: false; errors: PackIssue[] };

export function readJson(text: string, locale: PackLocale = 'en'): JsonReadResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, errors: [jsonSyntaxIssue(text, locale)] };
  }
  const forbidden = findForbiddenKeys(value);
  if (forbidden.length > 0) {
    return { ok: false, errors: forbidden.map((f) => makeIssue(f.path, 'key.forbidden', { key: f.key }, locale)) };
  }
  const depth = depthProblem(text);
  if (depth !== null) return { ok: false, errors: [depthIssue(text, depth, locale)] };
  return { ok: true, value };
}

function depthIssue(text: string, offset: number, locale: PackLocale): PackIssue {
  const { line, column } = lineColumn(text, offset);
  return makeIssue('', 'json.tooDeep', { max: PACK_LIMITS.maxDepth, line, column }, locale);
}

/** Offset of the first bracket that nests deeper than the limit, or null. Strings are skipped. */
function depthProblem(text: string): number | null {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      depth++;
      if (depth > PACK_LIMITS.maxDepth) return i;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return null;
}

/** Path (`phrases[3].__proto__`) and key of every forbidden key; iterative, so deep input cannot overflow the stack. */
export function findForbiddenKeys(value: unknown): { path: string; key: string }[] {
  const found: { path: string; key: string }[] = [];
  const stack: { value: unknown; path: string }[] = [{ value, path: '' }];
  while (stack.length > 0) {
    const item = stack.pop();
    if (item === undefined) break;
    const current = item.value;
    if (Array.isArray(current)) {
      for (let i = current.length - 1; i >= 0; i--) stack.push({ value: current[i], path: `${item.path}[${i}]` });
    } else if (current !== null && typeof current === 'object') {
      const keys = Object.keys(current);
      for (let k = keys.length - 1; k >= 0; k--) {
        const key = keys[k] as string;
        const path = item.path === '' ? key : `${item.path}.${key}`;
        if (FORBIDDEN_KEYS.has(key)) found.push({ path, key });
        else stack.push({ value: (current as Record<string, unknown>)[key], path });
      }
    }
  }
  return found;
}

export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

class JsonSyntaxError extends Error {
  constructor(readonly offset: number) {
    super('json syntax');
  }
}

function jsonSyntaxIssue(text: string, locale: PackLocale): PackIssue {
  const offset = locateJsonError(text);
  const { line, column } = lineColumn(text, offset);
  if (offset >= text.length) return makeIssue('', 'json.truncated', { line, column }, locale);
  const char = String.fromCodePoint(text.codePointAt(offset) ?? 0x3f);
  const token = /\s/.test(char) ? JSON.stringify(char) : `“${char}”`;
  return makeIssue('', 'json.invalid', { token, line, column }, locale);
}

/**
 * Offset of the first character where `text` stops being JSON (text.length when it ends too early).
 * Only called after JSON.parse has failed. Iterative over containers to survive deep nesting.
 */
export function locateJsonError(text: string): number {
  let i = 0;
  const n = text.length;
  const fail = (at: number): never => {
    throw new JsonSyntaxError(at);
  };
  const skipWs = () => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) i++;
      else break;
    }
  };
  const expectChar = (ch: string) => {
    if (i >= n) fail(n);
    if (text[i] !== ch) fail(i);
    i++;
  };
  const scanString = () => {
    expectChar('"');
    while (true) {
      if (i >= n) fail(n);
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return;
      }
      if (c < 0x20) fail(i);
      if (c === 0x5c) {
        i++;
        if (i >= n) fail(n);
        const e = text[i] as string;
        if (e === 'u') {
          for (let k = 1; k <= 4; k++) {
            if (i + k >= n) fail(n);
            if (!/[0-9a-fA-F]/.test(text[i + k] as string)) fail(i + k);
          }
          i += 5;
        } else if ('"\\/bfnrt'.includes(e)) i++;
        else fail(i);
      } else i++;
    }
  };
  const scanNumber = () => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (match === null || match[0] === '' || match[0] === '-') fail(match?.[0] === '-' ? i + 1 : i);
    else i += match[0].length;
  };
  const scanLiteral = (word: string) => {
    for (let k = 0; k < word.length; k++) {
      if (i >= n) fail(n);
      if (text[i] !== word[k]) fail(i);
      i++;
    }
  };
  // Explicit stack of open containers: '{' or '['.
  const stack: string[] = [];
  const scanScalarOrOpen = (): boolean => {
    skipWs();
    if (i >= n) fail(n);
    const c = text[i];
    if (c === '{' || c === '[') {
      stack.push(c);
      i++;
      return true;
    }
    if (c === '"') scanString();
    else if (c === 't') scanLiteral('true');
    else if (c === 'f') scanLiteral('false');
    else if (c === 'n') scanLiteral('null');
    else if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) scanNumber();
    else fail(i);
    return false;
  };
  try {
    let opened = scanScalarOrOpen();
    // After opening a container, read its first member or its end; after a value, read ',' or the end.
    while (stack.length > 0) {
      skipWs();
      const top = stack[stack.length - 1];
      const close = top === '{' ? '}' : ']';
      if (i >= n) fail(n);
      if (opened && text[i] === close) {
        stack.pop();
        i++;
        opened = false;
        continue;
      }
      if (!opened) {
        if (text[i] === close) {
          stack.pop();
          i++;
          continue;
        }
        expectChar(',');
        skipWs();
      }
      if (top === '{') {
        skipWs();
        scanString();
        skipWs();
        expectChar(':');
      }
      opened = scanScalarOrOpen();
    }
    skipWs();
    if (i < n) fail(i);
  } catch (error) {
    if (error instanceof JsonSyntaxError) return error.offset;
    throw error;
  }
  // JSON.parse failed but the scanner found nothing (e.g. lone surrogates handled differently): point at the end.
  return n;
}
