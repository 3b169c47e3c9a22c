/**
 * Settings records are read back through their schemas (utils/settings.ts): a record an older version wrote, or one
 * holding values this version does not know, reads as the defaults for exactly those fields and keeps the rest.
 * Reading never throws.
 */
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { HuashuDB } from '../../../utils/db/database';
import { getSiteState, getToneAllowList, getToneSettings, getUiSettings, setToneSettings, setUiSettings, sitesWithHiddenLauncher } from '../../../utils/db/library';
import { DEFAULT_SITE_STATE, DEFAULT_TONE_SETTINGS, DEFAULT_UI_SETTINGS, readSiteState, readToneSettings, readUiSettings } from '../../../utils/settings';

const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});
function freshDb(): HuashuDB {
  const name = `settings-read-${Math.random().toString(36).slice(2)}`;
  names.push(name);
  return new HuashuDB(name);
}

/** Stored values that are not records at all. */
const NOT_RECORDS: unknown[] = [undefined, null, 'dark', 42, true, ['theme', 'dark']];

describe('UI settings read from storage', () => {
  it('a record with wrong-typed fields reads those fields as defaults and keeps the rest', async () => {
    const db = freshDb();
    await db.settings.put({ key: 'ui', value: { locale: 'fr', theme: 'dark', trigger: 7, sidebarPlace: 'browser', fontSize: 'huge', extra: 1 } });
    expect(await getUiSettings(db)).toEqual({ ...DEFAULT_UI_SETTINGS, theme: 'dark', sidebarPlace: 'browser' });
    db.close();
  });

  it.each(NOT_RECORDS)('a stored %j reads as the defaults', async (value) => {
    const db = freshDb();
    await db.settings.put({ key: 'ui', value });
    expect(await getUiSettings(db)).toEqual(DEFAULT_UI_SETTINGS);
    db.close();
  });

  it('saving one field over a malformed record stores sane values for the others', async () => {
    const db = freshDb();
    await db.settings.put({ key: 'ui', value: { theme: 'neon', locale: 'zh-TW', trigger: null } });
    await setUiSettings(db, { fontSize: 'small' });
    expect((await db.settings.get('ui'))?.value).toEqual({ ...DEFAULT_UI_SETTINGS, locale: 'zh-TW', fontSize: 'small' });
    db.close();
  });

  it('a null locale (follow the browser) is kept', () => {
    expect(readUiSettings({ locale: null, theme: 'light' })).toEqual({ ...DEFAULT_UI_SETTINGS, locale: null, theme: 'light' });
  });
});

describe('site state read from storage', () => {
  it('an old record without the launcher fields reads them as defaults', async () => {
    const db = freshDb();
    await db.settings.put({ key: 'site:https://shop.example.com', value: { open: true, width: 420, collapsed: false } });
    expect(await getSiteState(db, 'https://shop.example.com')).toEqual({ ...DEFAULT_SITE_STATE, open: true, width: 420 });
    db.close();
  });

  it('wrong-typed fields read as defaults (a string width is not passed on to the page)', async () => {
    const db = freshDb();
    await db.settings.put({ key: 'site:https://a.example', value: { open: 'yes', width: '420px', collapsed: true, launcherBottom: null, launcherHidden: 1 } });
    expect(await getSiteState(db, 'https://a.example')).toEqual({ ...DEFAULT_SITE_STATE, collapsed: true });
    db.close();
  });

  it.each(NOT_RECORDS)('a stored %j reads as the default state', (value) => {
    expect(readSiteState(value)).toEqual(DEFAULT_SITE_STATE);
  });

  it('only a launcherHidden of true counts as a hidden launcher', async () => {
    const db = freshDb();
    await db.settings.bulkPut([
      { key: 'site:https://hidden.example', value: { ...DEFAULT_SITE_STATE, launcherHidden: true } },
      { key: 'site:https://truthy.example', value: { launcherHidden: 'true' } },
      { key: 'site:https://broken.example', value: 'hidden' },
    ]);
    expect(await sitesWithHiddenLauncher(db)).toEqual(['https://hidden.example']);
    db.close();
  });
});

describe('tone settings read from storage', () => {
  it('unknown values and wrong types read as defaults, field by field', async () => {
    const db = freshDb();
    await db.settings.put({ key: 'tone', value: { mode: 'shout', threshold: 'hint', disabledCategories: 'address', disabledRules: ['curt-ok', 3, null], disabledSites: {} } });
    expect(await getToneSettings(db)).toEqual({ ...DEFAULT_TONE_SETTINGS, threshold: 'hint', disabledRules: ['curt-ok'] });
    db.close();
  });

  it('a version-1 record without disabledRules gets an empty list', () => {
    const v1 = { mode: 'warn', threshold: 'warning', disabledCategories: ['address'], disabledSites: [] };
    expect(readToneSettings(v1)).toEqual({ mode: 'warn', threshold: 'warning', disabledCategories: ['address'], disabledRules: [], disabledSites: [] });
  });

  it.each(NOT_RECORDS)('a stored %j reads as the defaults', (value) => {
    expect(readToneSettings(value)).toEqual(DEFAULT_TONE_SETTINGS);
  });

  it('defaults read from two broken records are separate lists (changing one leaves the defaults alone)', async () => {
    const db = freshDb();
    await db.settings.put({ key: 'tone', value: 'broken' });
    const first = await getToneSettings(db);
    first.disabledSites.push('https://x.example');
    expect((await getToneSettings(db)).disabledSites).toEqual([]);
    expect(DEFAULT_TONE_SETTINGS.disabledSites).toEqual([]);
    db.close();
  });

  it('saving a patch over a malformed record stores sane values', async () => {
    const db = freshDb();
    await db.settings.put({ key: 'tone', value: { mode: 3, disabledSites: ['https://a.example', false] } });
    await setToneSettings(db, { disabledCategories: ['address'] });
    expect((await db.settings.get('tone'))?.value).toEqual({ ...DEFAULT_TONE_SETTINGS, disabledCategories: ['address'], disabledSites: ['https://a.example'] });
    db.close();
  });
});

describe('tone allow-list read from storage', () => {
  it('keeps well-formed entries (only their ruleId and text) and leaves out the rest', async () => {
    const db = freshDb();
    await db.settings.put({
      key: 'tone-allow',
      value: [{ ruleId: 'qin-address', text: '亲', note: 'x' }, { ruleId: 5, text: '亲' }, 'qin-address', null, { ruleId: 'curt' }],
    });
    expect(await getToneAllowList(db)).toEqual([{ ruleId: 'qin-address', text: '亲' }]);
    await db.settings.put({ key: 'tone-allow', value: { ruleId: 'qin-address', text: '亲' } });
    expect(await getToneAllowList(db)).toEqual([]);
    db.close();
  });
});
