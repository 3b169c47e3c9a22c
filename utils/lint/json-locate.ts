// Finds where each value of a JSON document sits in its source text, so lint findings can point at
// `file:line:col` inside a pack file. Runs after JSON.parse succeeded, so the input is known to be valid JSON.

export interface JsonSpan {
  /** Offset of the value's first character (the opening quote for strings). */
  start: number;
  end: number;
}

/** Path like `phrases[3].text` -> where that value is. */
export type JsonLocations = Map<string, JsonSpan>;

const WS = new Set([' ', '\t', '\n', '\r']);

export function locateJson(source: string): JsonLocations {
  const spans: JsonLocations = new Map();
  let i = 0;
  const skip = () => {
    while (i < source.length && WS.has(source[i] as string)) i++;
  };
  const readString = (): string => {
    const begin = i;
    i++; // opening quote
    while (i < source.length && source[i] !== '"') i += source[i] === '\\' ? 2 : 1;
    i++; // closing quote
    return JSON.parse(source.slice(begin, i)) as string;
  };
  const value = (path: string): void => {
    skip();
    const start = i;
    const ch = source[i];
    if (ch === '{') {
      i++;
      skip();
      while (source[i] !== '}' && i < source.length) {
        skip();
        const key = readString();
        skip();
        i++; // colon
        value(path ? `${path}.${key}` : key);
        skip();
        if (source[i] === ',') i++;
        skip();
      }
      i++;
    } else if (ch === '[') {
      i++;
      skip();
      let index = 0;
      while (source[i] !== ']' && i < source.length) {
        value(`${path}[${index++}]`);
        skip();
        if (source[i] === ',') i++;
        skip();
      }
      i++;
    } else if (ch === '"') {
      readString();
    } else {
      while (i < source.length && !/[,\]}\s]/.test(source[i] as string)) i++;
    }
    spans.set(path, { start, end: i });
  };
  value('');
  return spans;
}

/**
 * Offset in the source of the UTF-16 unit `decodedOffset` of the string literal that starts at `literalStart`
 * (the opening quote): escapes such as \n or \u4f60 take several source characters for one decoded unit.
 */
export function sourceOffsetInString(source: string, literalStart: number, decodedOffset: number): number {
  let raw = literalStart + 1;
  let decoded = 0;
  while (decoded < decodedOffset && raw < source.length && source[raw] !== '"') {
    raw += source[raw] === '\\' ? (source[raw + 1] === 'u' ? 6 : 2) : 1;
    decoded++;
  }
  return raw;
}

/** 1-based line and column (column counted in Unicode code points) of a source offset. */
export function lineColumn(source: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let k = 0; k < offset && k < source.length; k++) {
    if (source.charCodeAt(k) === 10) {
      line++;
      lineStart = k + 1;
    }
  }
  return { line, column: [...source.slice(lineStart, offset)].length + 1 };
}
