/**
 * The phrase form's per-site versions as the lead types them (pure): rows of comma-separated sites, an optional
 * title and a text, checked with the pack format's own schema (utils/packs/variants.ts) so the manager accepts
 * exactly what a pack may carry.
 */
import * as v from 'valibot';
import { copyVariants, SiteSchema, VARIANT_LIMITS, VariantsSchema, type PhraseVariant } from '../../utils/packs/variants';
import { PACK_LIMITS } from '../../utils/packs/limits';
import { hasLoneSurrogate } from '../../utils/packs/unicode';

export interface VariantRow {
  sites: string;
  title: string;
  text: string;
}

export type VariantProblem = 'sites' | 'text' | 'tooLong';

export function rowsOf(variants: readonly PhraseVariant[] | undefined): VariantRow[] {
  return (variants ?? []).map((x) => ({ sites: x.sites.join(', '), title: x.title ?? '', text: x.text }));
}

/** The sites typed in one field: separated by commas (either width), spaces or 、. */
export function splitSites(input: string): string[] {
  return input.split(/[\s,，、;；]+/).filter((s) => s !== '');
}

/** What is wrong with one row, or null. */
export function rowProblem(row: VariantRow): VariantProblem | null {
  const sites = splitSites(row.sites);
  if (sites.length === 0 || sites.length > VARIANT_LIMITS.maxSites || sites.some((s) => !v.safeParse(SiteSchema, s).success)) return 'sites';
  if (row.text.trim() === '' || hasLoneSurrogate(row.text)) return 'text';
  if (row.text.length > PACK_LIMITS.maxTextLength || row.title.length > PACK_LIMITS.maxTitleLength) return 'tooLong';
  return null;
}

/** The rows as the phrase's variants, or null while a row has a problem or there are too many. */
export function variantsOf(rows: readonly VariantRow[]): PhraseVariant[] | null {
  if (rows.length > VARIANT_LIMITS.maxVariants || rows.some((row) => rowProblem(row) !== null)) return null;
  const parsed = v.safeParse(
    VariantsSchema,
    rows.map((row) => ({ sites: splitSites(row.sites), ...(row.title.trim() ? { title: row.title } : {}), text: row.text })),
  );
  return parsed.success ? copyVariants(parsed.output) : null;
}
