// Case-insensitive matching without the `i` flag. V8 cannot use its fast literal scan for `iu` regexes
// (an 800-character draft took ~20 µs per English rule instead of ~1 µs), so rules with ignoreCase get their ASCII
// letters rewritten as two-case classes instead: `but` -> `[bB][uU][tT]`. Only ASCII letters fold.

const isLetter = (ch: string) => (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
const other = (ch: string) => (ch === ch.toLowerCase() ? ch.toUpperCase() : ch.toLowerCase());

/** Rewrites a RegExp source (Unicode mode) so that its ASCII letters match in either case. */
export function foldAsciiCase(source: string): string {
  const chars = [...source];
  let out = '';
  let inClass = false;
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] as string;
    if (ch === '\\') {
      // Copy the escape untouched: \b \w \s, \p{...}, \u{...} or \uXXXX, \xXX, \cX, \k<name>.
      const next = chars[i + 1] ?? '';
      out += ch + next;
      i++;
      if ((next === 'p' || next === 'P' || next === 'u') && chars[i + 1] === '{') {
        while (i + 1 < chars.length && chars[i] !== '}') out += chars[++i];
      } else if (next === 'u') {
        for (let k = 0; k < 4 && i + 1 < chars.length; k++) out += chars[++i];
      } else if (next === 'x') {
        for (let k = 0; k < 2 && i + 1 < chars.length; k++) out += chars[++i];
      } else if (next === 'c') {
        if (i + 1 < chars.length) out += chars[++i];
      } else if (next === 'k' && chars[i + 1] === '<') {
        while (i + 1 < chars.length && chars[i] !== '>') out += chars[++i];
      }
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
      else if (isLetter(ch)) {
        // A range like a-z: fold both ends as a second range.
        if (chars[i + 1] === '-' && isLetter(chars[i + 2] ?? '')) {
          const end = chars[i + 2] as string;
          out += `${ch}-${end}${other(ch)}-${other(end)}`;
          i += 2;
          continue;
        }
        out += ch + other(ch);
        continue;
      }
      out += ch;
      continue;
    }
    if (ch === '[') {
      inClass = true;
      out += ch;
      if (chars[i + 1] === '^') out += chars[++i];
      continue;
    }
    if (ch === '(' && chars[i + 1] === '?' && chars[i + 2] === '<' && isLetter(chars[i + 3] ?? '')) {
      // Named group: copy the name as written.
      while (i < chars.length && chars[i] !== '>') out += chars[i++];
      out += '>';
      continue;
    }
    out += isLetter(ch) ? `[${ch}${other(ch)}]` : ch;
  }
  return out;
}
