/**
 * Placeholders in phrase text: `{客户}`, `{订单号}`, `{日期+3}` (zh), `{customer}`, `{date+3}` (en)…
 * Dates are computed at insertion; the others are asked for in a small form. `{|}` marks where the
 * caret should end up and is removed from the inserted text.
 */
export const CARET_MARKER = '{|}';

/** Longest blank name (`{订单号}`: 3). */
export const BLANK_NAME_MAX = 20;
const TOKEN = new RegExp(`\\{([^{}\\n]{1,${BLANK_NAME_MAX}})\\}`, 'g');
const DATE = /^(日期|date)([+-]\d{1,3})?$/i;

export interface PlaceholderField {
  name: string;
}

/** The placeholders the agent must fill in, in order of first appearance, without duplicates. */
export function placeholderFields(text: string): PlaceholderField[] {
  const seen = new Set<string>();
  const fields: PlaceholderField[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const name = (m[1] ?? '').trim();
    if (name === '|' || DATE.test(name) || seen.has(name)) continue;
    seen.add(name);
    fields.push({ name });
  }
  return fields;
}

export function formatDate(date: Date, locale: string): string {
  if (locale.startsWith('en')) {
    return date.toLocaleDateString('en-US', { year: 'numeric', month: 'short', day: 'numeric' });
  }
  return `${date.getMonth() + 1}月${date.getDate()}日`;
}

export interface FilledText {
  text: string;
  /** UTF-16 offset of the caret marker in `text`, or null (caret goes after the text). */
  caret: number | null;
}

/** Replace placeholders with values (dates computed from `now`) and take out the caret marker. */
export function fillPlaceholders(
  text: string,
  values: Readonly<Record<string, string>>,
  now: Date,
  locale: string,
): FilledText {
  const filled = text.replace(TOKEN, (whole, raw: string) => {
    const name = raw.trim();
    if (name === '|') return whole;
    const date = DATE.exec(name);
    if (date) {
      const days = Number(date[2] ?? 0);
      const d = new Date(now.getTime());
      d.setDate(d.getDate() + days);
      return formatDate(d, locale);
    }
    return Object.prototype.hasOwnProperty.call(values, name) ? (values[name] ?? '') : whole;
  });
  const at = filled.indexOf(CARET_MARKER);
  if (at < 0) return { text: filled, caret: null };
  return { text: filled.slice(0, at) + filled.slice(at + CARET_MARKER.length).replaceAll(CARET_MARKER, ''), caret: at };
}

/**
 * The blank the agent still has to decide on before a phrase goes in, or null: the first field left empty that was
 * not skipped. Both forms (sidebar, `/` list) move to it and say so; a second Enter on it skips it on purpose, so a
 * phrase never goes to the customer with a hole ("您好，  您的订单") nobody chose.
 */
export function nextBlank(names: readonly string[], values: Readonly<Record<string, string>>, skipped: ReadonlySet<string>): string | null {
  return names.find((name) => (values[name] ?? '').trim() === '' && !skipped.has(name)) ?? null;
}
