/** Checks done in the manager before a pack is shared or saved. Pure. */
import { lintPack, type LintFinding } from '../../utils/lint/pack-lint';
import { lineColumn, locateJson } from '../../utils/lint/json-locate';
import { serializePack } from '../../utils/packs/export';
import type { PackV1 } from '../../utils/packs/schema';
import { checkTemplate } from '../../utils/tone-builtin';
import { titleOrDerived } from '../../utils/packs/title';
import type { IsoDate } from '../../utils/validity/dates';

export interface LintRow extends LintFinding {
  /** Title (or start of text) of the phrase the finding is in; '' for the pack as a whole. */
  phrase: string;
}

/** Lints a pack as it would be shared (its serialized JSON) and names the phrase of each finding. */
export function lintForSharing(pack: PackV1, locale: string, today?: IsoDate): LintRow[] {
  const source = serializePack(pack);
  const spans = locateJson(source);
  const starts = pack.phrases.map((p, i) => {
    const span = spans.get(`phrases[${i}]`);
    const at = span ? lineColumn(source, span.start).line : Number.MAX_SAFE_INTEGER;
    return { line: at, name: titleOrDerived(p) };
  });
  return lintPack(source, { locale, ...(today === undefined ? {} : { today }) }).map((f) => {
    let phrase = '';
    for (const s of starts) if (s.line <= f.line) phrase = s.name;
    return { ...f, phrase };
  });
}

/** Tone errors per text, cached across renders (texts rarely change). */
const toneCache = new Map<string, boolean>();
export function hasToneError(text: string, locale: string): boolean {
  const key = `${locale}\u0000${text}`;
  let v = toneCache.get(key);
  if (v === undefined) {
    v = checkTemplate(text, { locale }).some((f) => f.severity === 'error');
    if (toneCache.size > 20_000) toneCache.clear();
    toneCache.set(key, v);
  }
  return v;
}
