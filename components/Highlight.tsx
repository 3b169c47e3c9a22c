import type { JSX } from 'preact';

/** Text with the matched ranges wrapped in <mark>. Always rendered as text, never as markup. */
export function Highlight({ text, ranges }: { text: string; ranges?: readonly (readonly [number, number])[] }): JSX.Element {
  if (!ranges || ranges.length === 0) return <>{text}</>;
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const parts: (string | JSX.Element)[] = [];
  let at = 0;
  for (const [start, end] of sorted) {
    const s = Math.max(start, at);
    const e = Math.min(end, text.length);
    if (e <= s) continue;
    if (s > at) parts.push(text.slice(at, s));
    parts.push(<mark key={s}>{text.slice(s, e)}</mark>);
    at = e;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
