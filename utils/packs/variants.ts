/**
 * Per-site variants of a phrase (`variants` in pack format v3, docs/pack-format.md): the same answer worded for one
 * platform (亲 on Taobao, 您好 on JD, English on WhatsApp). On a chat page whose host matches a variant's sites, the
 * sidebar, the `/` list and suggested replies show and insert the variant's title and text instead of the phrase's.
 */
import * as v from 'valibot';
import { PACK_LIMITS } from './limits';
import { hasLoneSurrogate } from './unicode';

export const VARIANT_LIMITS = Object.freeze({ maxVariants: 10, maxSites: 20 });

/**
 * A site as a team lead writes it: a host name (`taobao.com`, `qn.taobao.com`, `localhost`), optionally written
 * `*.jd.com`; it matches that host and every host under it. Lower-cased; no scheme, port, path or spaces.
 */
const SITE = /^(?:\*\.)?(?=.{1,253}$)(?!-)[a-z0-9-]{1,63}(?<!-)(?:\.(?!-)[a-z0-9-]{1,63}(?<!-))*$/;

export const SiteSchema = v.pipe(
  v.string('type.string'),
  v.transform((s) => s.trim().toLowerCase()),
  v.check((s) => SITE.test(s), 'site.invalid'),
  v.transform((s) => s.replace(/^\*\./, '')),
);

const VariantSchema = v.object(
  {
    sites: v.pipe(v.array(SiteSchema, 'type.array'), v.minLength(1, 'required'), v.maxLength(VARIANT_LIMITS.maxSites, 'tooMany'), v.transform((list) => [...new Set(list)])),
    title: v.optional(v.pipe(v.string('type.string'), v.transform((s) => s.trim()), v.maxLength(PACK_LIMITS.maxTitleLength, 'tooLong'))),
    text: v.pipe(
      v.string('type.string'),
      v.check((s) => !hasLoneSurrogate(s), 'text.loneSurrogate'),
      v.check((s) => s.trim() !== '', 'empty'),
      v.maxLength(PACK_LIMITS.maxTextLength, 'tooLong'),
    ),
  },
  'type.object',
);

export const VariantsSchema = v.pipe(v.array(VariantSchema, 'type.array'), v.maxLength(VARIANT_LIMITS.maxVariants, 'tooMany'));

export interface PhraseVariant {
  /** Hosts (each matches itself and the hosts under it), lower case, without `*.`. */
  sites: string[];
  /** Shown instead of the phrase's title; missing or '': the phrase's own title. */
  title?: string;
  text: string;
}

/** Whether `host` is `site` or a host under it (`qn.taobao.com` is under `taobao.com`). */
export function hostMatches(site: string, host: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  return h === site || h.endsWith(`.${site}`);
}

/** The variant for `host`: the one naming the most specific (longest) matching site; the first on a tie. */
export function variantFor(variants: readonly PhraseVariant[] | undefined, host: string | null): PhraseVariant | null {
  if (!variants || variants.length === 0 || !host) return null;
  let best: PhraseVariant | null = null;
  let bestLength = -1;
  for (const variant of variants) {
    for (const site of variant.sites) {
      if (site.length > bestLength && hostMatches(site, host)) {
        best = variant;
        bestLength = site.length;
      }
    }
  }
  return best;
}

/** The phrase as it is shown and inserted on `host`: its variant's title and text when one matches, else itself. */
export function forSite<P extends { title: string; text: string; variants?: PhraseVariant[] }>(phrase: P, host: string | null): P {
  const variant = variantFor(phrase.variants, host);
  if (!variant) return phrase;
  return { ...phrase, title: variant.title ? variant.title : phrase.title, text: variant.text };
}

/** The host of a page address, or null (not http(s), unparsable). */
export function hostOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.hostname.toLowerCase() : null;
  } catch {
    return null;
  }
}

/** Whether two variant lists are the same (a missing list is an empty one). */
export function sameVariants(a: readonly PhraseVariant[] | undefined, b: readonly PhraseVariant[] | undefined): boolean {
  const x = a ?? [];
  const y = b ?? [];
  return (
    x.length === y.length &&
    x.every((p, i) => {
      const q = y[i] as PhraseVariant;
      return p.text === q.text && (p.title ?? '') === (q.title ?? '') && p.sites.length === q.sites.length && p.sites.every((s, j) => s === q.sites[j]);
    })
  );
}

/** A plain copy (for records and exports): sites copied, an empty title left out. */
export function copyVariants(variants: readonly PhraseVariant[]): PhraseVariant[] {
  return variants.map((x) => ({ sites: [...x.sites], ...(x.title ? { title: x.title } : {}), text: x.text }));
}

/** A library as it is shown on `host`: each phrase with its variant for the site (the same object when none has one). */
export function libraryForSite<P extends { title: string; text: string; variants?: PhraseVariant[] }, L extends { phrases: P[] }>(library: L, host: string | null): L {
  if (!host || !library.phrases.some((p) => variantFor(p.variants, host) !== null)) return library;
  return { ...library, phrases: library.phrases.map((p) => forSite(p, host)) };
}
