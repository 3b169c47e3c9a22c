// How the engine finds a rule's patterns in a draft. Two implementations share one interface:
// the browser's own RegExp for the built-in rules (reviewed code, lookbehind allowed) and a linear-time matcher
// (./linear.ts, RE2) for every rule that came from a team pack, whose patterns are untrusted code.

export interface ScanMatch {
  /** UTF-16 offsets of the match. */
  index: number;
  end: number;
  text: string;
  /** Named groups as written in the pattern (after runnablePattern's per-pattern suffix); undefined when unused. */
  groups: Readonly<Record<string, string | undefined>>;
}

export interface Scanner {
  /** The first match that starts at or after `from`, or null. */
  exec(text: string, from: number): ScanMatch | null;
}

/** Compiles a runnable pattern source (JavaScript syntax, Unicode mode) into a scanner. Throws on a bad pattern. */
export type ScannerCompiler = (source: string) => Scanner;

/** The browser's backtracking engine: fast, but only for patterns we wrote ourselves. */
export const nativeScanner: ScannerCompiler = (source) => {
  const re = new RegExp(source, 'gu');
  return {
    exec(text, from) {
      re.lastIndex = from;
      const m = re.exec(text);
      return m ? { index: m.index, end: m.index + m[0].length, text: m[0], groups: m.groups ?? {} } : null;
    },
  };
};

/**
 * Several scanners as one alternation: the match that starts first, and of those starting at the same place the
 * earliest scanner's (as `a|b` prefers a). Each scanner's last answer is kept while it is still ahead of `from`.
 */
export function anyOf(scanners: readonly Scanner[]): Scanner {
  if (scanners.length === 1) return scanners[0] as Scanner;
  let text: string | null = null;
  const ahead: Array<ScanMatch | null | undefined> = [];
  const searchedFrom: number[] = [];
  return {
    exec(t, from) {
      if (t !== text) {
        text = t;
        ahead.length = 0;
        searchedFrom.length = 0;
      }
      let best: ScanMatch | null = null;
      scanners.forEach((scanner, i) => {
        let m = ahead[i];
        // Reuse an answer found from at or before `from` when it still starts at or after it (none found: none now).
        const stale = m === undefined || (searchedFrom[i] as number) > from || (m !== null && m.index < from);
        if (stale) {
          m = scanner.exec(t, from);
          ahead[i] = m;
          searchedFrom[i] = from;
        }
        if (m && (!best || m.index < best.index)) best = m;
      });
      return best;
    },
  };
}

/** Where entrypoints/linear-matcher.ts leaves the linear matcher in the content script's isolated world. */
export const LINEAR_MATCHER_KEY = Symbol.for('huashu.linear-matcher');

/** The linear matcher, when the background has loaded it into this frame. */
export function loadedLinearMatcher(): ScannerCompiler | null {
  const found = (globalThis as unknown as Record<symbol, unknown>)[LINEAR_MATCHER_KEY];
  return typeof found === 'function' ? (found as ScannerCompiler) : null;
}
