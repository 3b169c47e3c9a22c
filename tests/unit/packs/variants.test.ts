import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { forSite, hostOf, libraryForSite, SiteSchema, variantFor, type PhraseVariant } from '../../../utils/packs/variants';
import { parsePack, versionFor, type PackV1 } from '../../../utils/packs/schema';
import { serializePack } from '../../../utils/packs/export';
import { planImport } from '../../../utils/packs/merge';
import { samplePack } from './helpers';

const TAOBAO: PhraseVariant = { sites: ['taobao.com', 'tmall.com'], text: '亲，在的呢~ 请问有什么可以帮您？' };
const QN: PhraseVariant = { sites: ['qn.taobao.com'], title: '千牛欢迎', text: '亲，千牛这边为您服务~' };
const WHATSAPP: PhraseVariant = { sites: ['web.whatsapp.com'], title: 'Welcome', text: 'Hi! How can I help?' };

const withVariants = (variants: PhraseVariant[]): PackV1 => {
  const pack = samplePack({ version: 3 });
  pack.phrases[0] = { ...pack.phrases[0]!, variants };
  return pack;
};

describe('which variant a site gets', () => {
  it('matches a site and the hosts under it, never a host that merely ends with the same letters', () => {
    expect(variantFor([TAOBAO], 'taobao.com')).toBe(TAOBAO);
    expect(variantFor([TAOBAO], 'WWW.Tmall.com')).toBe(TAOBAO);
    expect(variantFor([TAOBAO], 'nottaobao.com')).toBeNull();
    expect(variantFor([TAOBAO], 'taobao.com.evil.example')).toBeNull();
    expect(variantFor([TAOBAO], null)).toBeNull();
    expect(variantFor(undefined, 'taobao.com')).toBeNull();
  });

  it('gives the most specific site its own variant', () => {
    expect(variantFor([TAOBAO, QN], 'qn.taobao.com')).toBe(QN);
    expect(variantFor([QN, TAOBAO], 'trade.taobao.com')).toBe(TAOBAO);
  });

  it('shows the variant text, and its title only when it has one', () => {
    const phrase = { title: '欢迎语', text: '您好，很高兴为您服务。', variants: [TAOBAO, WHATSAPP] };
    expect(forSite(phrase, 'taobao.com')).toMatchObject({ title: '欢迎语', text: TAOBAO.text });
    expect(forSite(phrase, 'web.whatsapp.com')).toMatchObject({ title: 'Welcome', text: WHATSAPP.text });
    expect(forSite(phrase, 'jd.com')).toBe(phrase);
  });

  it('leaves a library alone (the same object) on a site no phrase has a variant for', () => {
    const library = { phrases: [{ title: 'a', text: 'b', variants: [TAOBAO] }, { title: 'c', text: 'd' }], groups: [] };
    expect(libraryForSite(library, 'jd.com')).toBe(library);
    expect(libraryForSite(library, null)).toBe(library);
    expect(libraryForSite(library, 'taobao.com').phrases.map((p) => p.text)).toEqual([TAOBAO.text, 'd']);
  });

  it('reads a page host only from web addresses', () => {
    expect(hostOf('https://Qn.Taobao.com:8443/chat?x=1')).toBe('qn.taobao.com');
    expect(hostOf('chrome-extension://abc/sidebar.html')).toBeNull();
    expect(hostOf('not a url')).toBeNull();
    expect(hostOf(undefined)).toBeNull();
  });
});

describe('sites as a lead writes them', () => {
  const site = (s: string) => v.safeParse(SiteSchema, s);
  it('takes host names, folding case and a leading *.', () => {
    expect(['TaoBao.com ', '*.jd.com', 'localhost', 'web.whatsapp.com', 'xn--fiqs8s.cn'].map((s) => site(s).success && site(s).output)).toEqual([
      'taobao.com', 'jd.com', 'localhost', 'web.whatsapp.com', 'xn--fiqs8s.cn',
    ]);
  });
  it('refuses addresses, ports, paths, spaces and empty names', () => {
    for (const bad of ['https://taobao.com', 'taobao.com/chat', 'taobao.com:443', 'tao bao.com', '', '*.', '-a.com', 'a..com', '*']) {
      expect(site(bad).success, bad).toBe(false);
    }
  });
});

describe('pack format version 3: per-site variants', () => {
  it('reads them, writes version 3 only when a phrase has one, and round-trips through JSON', () => {
    const pack = withVariants([TAOBAO, WHATSAPP]);
    const read = parsePack(JSON.stringify(pack));
    if (!read.ok) throw new Error(read.errors.map((e) => e.message).join('\n'));
    expect(read.warnings).toEqual([]);
    expect(read.pack.phrases[0]?.variants).toEqual([TAOBAO, WHATSAPP]);
    expect(versionFor(read.pack)).toBe(3);
    expect(versionFor(samplePack())).toBe(1);
    const again = parsePack(serializePack(read.pack));
    expect(again.ok && again.pack).toEqual(read.pack);
  });

  it('ignores variants in an older version with a warning that names the version to write', () => {
    const pack = { ...withVariants([TAOBAO]), version: 2 };
    const read = parsePack(JSON.stringify(pack), { locale: 'en' });
    if (!read.ok) throw new Error('refused');
    expect(read.pack.phrases[0]).not.toHaveProperty('variants');
    expect(read.warnings.map((w) => [w.path, w.code])).toEqual([['phrases[0].variants', 'field.needsVersion3']]);
  });

  it('refuses a variant for a site that is not a host name, at its path, and imports nothing', () => {
    const read = parsePack(JSON.stringify(withVariants([{ sites: ['taobao.com', 'https://jd.com/chat'], text: '您好' }])), { locale: 'zh-CN' });
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.errors.map((e) => [e.path, e.code])).toEqual([['phrases[0].variants[0].sites[1]', 'site.invalid']]);
    expect(read.errors[0]?.message).toContain('taobao.com');
  });

  it('refuses a variant without sites or text', () => {
    const read = parsePack(JSON.stringify(withVariants([{ sites: [], text: ' ' }])), { locale: 'en' });
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.errors.map((e) => e.path).sort()).toEqual(['phrases[0].variants[0].sites', 'phrases[0].variants[0].text']);
  });

  it('counts a changed variant as an update on re-import', () => {
    const before = withVariants([TAOBAO]);
    const snapshot = { pack: undefined, phrases: [], groups: [] };
    const first = planImport(snapshot, before);
    const records = first.phrases.map((p) => ({ ...p, packId: 'acme-cs', pinned: false, usageCount: 0, lastUsedAt: null, createdAt: 1, updatedAt: 1 }));
    const next = withVariants([{ ...TAOBAO, text: '亲，在的哦~' }]);
    const plan = planImport({ pack: undefined, phrases: records, groups: first.groups }, next);
    expect(plan.updated.map((u) => [u.after.packPhraseId, u.fields])).toEqual([['wl-01', ['variants']]]);
  });
});
