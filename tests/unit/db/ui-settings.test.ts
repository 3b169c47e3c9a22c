/**
 * The sidebar text size is a field of the existing 'ui' settings record (no schema change): settings saved by older
 * versions, which lack it, read as the default, and the agent's other choices are kept.
 */
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { HuashuDB } from '../../../utils/db/database';
import { getUiSettings, setUiSettings } from '../../../utils/db/library';
import * as v1 from './fixtures/v1';
import * as v2 from './fixtures/v2';

const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});
const fresh = (label: string): string => {
  const name = `ui-${label}-${Math.random().toString(36).slice(2)}`;
  names.push(name);
  return name;
};

describe('UI settings: text size', () => {
  it.each([v1, v2].map((f) => [f.version, f] as const))('settings stored by schema version %i read as medium, other choices kept', async (_v, fixture) => {
    const name = fresh(`v${fixture.version}`);
    await fixture.write(name);
    const db = new HuashuDB(name);
    expect(await getUiSettings(db)).toEqual({ locale: 'zh-CN', theme: 'dark', trigger: '//', sidebarPlace: 'page', fontSize: 'medium' });
    // Choosing a size keeps the rest.
    await setUiSettings(db, { fontSize: 'large' });
    expect(await getUiSettings(db)).toEqual({ locale: 'zh-CN', theme: 'dark', trigger: '//', sidebarPlace: 'page', fontSize: 'large' });
    db.close();
  });

  it('a size this version does not know reads as medium', async () => {
    const db = new HuashuDB(fresh('bad'));
    await db.settings.put({ key: 'ui', value: { theme: 'light', fontSize: 'huge' } });
    expect((await getUiSettings(db)).fontSize).toBe('medium');
    await db.settings.put({ key: 'ui', value: { fontSize: 16 } });
    expect((await getUiSettings(db)).fontSize).toBe('medium');
    db.close();
  });

  it('a new profile starts at medium', async () => {
    const db = new HuashuDB(fresh('new'));
    expect((await getUiSettings(db)).fontSize).toBe('medium');
    db.close();
  });
});
