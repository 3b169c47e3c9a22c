/**
 * The sidebar's text size (a UI setting): every size the sidebar draws text at, and the fixed height of a result row
 * that follows from them (the list renders only the rows in view, so the row height must be known, not measured).
 */
export type FontSize = 'small' | 'medium' | 'large';

export const FONT_SIZES: readonly FontSize[] = ['small', 'medium', 'large'];
export const DEFAULT_FONT_SIZE: FontSize = 'medium';

export interface FontMetrics {
  /** Body text and phrase titles (px). */
  body: number;
  /** A phrase's text in the list, never larger than its title (px). */
  text: number;
  /** Line heights of the title line and of each of the two text lines (px). */
  titleLine: number;
  textLine: number;
  /** Height of one result row: padding, the title line, a 2 px gap, two text lines and the 1 px border (px). */
  row: number;
}

const ROW_PADDING = 6;

function metrics(body: number, text: number, titleLine: number, textLine: number): FontMetrics {
  return { body, text, titleLine, textLine, row: ROW_PADDING * 2 + titleLine + 2 + textLine * 2 + 1 };
}

const METRICS: Readonly<Record<FontSize, FontMetrics>> = Object.freeze({
  small: metrics(13, 12, 18, 17),
  medium: metrics(14, 13, 20, 18),
  large: metrics(16, 15, 23, 21),
});

/** A stored value read as a size; anything else (absent, from an older version, malformed) is the default. */
export function readFontSize(value: unknown): FontSize {
  return FONT_SIZES.find((s) => s === value) ?? DEFAULT_FONT_SIZE;
}

export function fontMetrics(size: FontSize): FontMetrics {
  return METRICS[size];
}

/** CSS custom properties the sidebar's stylesheet reads (entrypoints/sidebar/style.css). */
export function fontVariables(size: FontSize): Record<string, string> {
  const m = METRICS[size];
  return {
    '--fs-body': `${m.body}px`,
    '--fs-text': `${m.text}px`,
    '--lh-title': `${m.titleLine}px`,
    '--lh-text': `${m.textLine}px`,
    '--row': `${m.row}px`,
    '--row-pad': `${ROW_PADDING}px`,
  };
}
