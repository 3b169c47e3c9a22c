// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { SidebarApp } from '../../../components/SidebarApp';
import { HuashuDB } from '../../../utils/db/database';
import { setUiSettings } from '../../../utils/db/library';
import { PERSONAL } from '../../../utils/db/types';
import type { ProtocolMap, Sender } from '../../../utils/protocol';
import { mount, until } from './render';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

/** A sidebar whose insertion the page refuses, with a clipboard that works or refuses too. */
async function sidebar(clipboard: 'works' | 'refuses') {
  const db = new HuashuDB(`sidebar-insert-${Math.random().toString(36).slice(2)}`);
  await setUiSettings(db, { locale: 'en' });
  const now = Date.now();
  await db.phrases.put({
    id: 'personal/a', group: 'general', title: 'Arrival', text: 'Your parcel arrives tomorrow.', tags: [], packId: PERSONAL,
    pinned: false, usageCount: 0, lastUsedAt: null, createdAt: now, updatedAt: now, order: 0,
  });
  const copied: string[] = [];
  const send = (async (type: string) => (type === 'phrase:insert' ? { ok: false, reason: 'rejected' } : {})) as unknown as Sender<ProtocolMap>;
  const copyToClipboard = async (text: string) => {
    if (clipboard === 'refuses') throw new Error('Document is not focused.');
    copied.push(text);
  };
  const view = mount(<SidebarApp db={db} send={send} languages={['en']} openManager={() => undefined} close={() => undefined} copyToClipboard={copyToClipboard} />);
  cleanup = view.unmount;
  const option = await until(() => view.root.querySelector<HTMLElement>('[role="option"]'), 10_000);
  return { root: view.root, option, copied };
}

const status = (root: HTMLElement) => root.querySelector('[role="status"]')?.textContent ?? '';

describe('sidebar: a phrase the page refuses', () => {
  it('is copied, and the agent is told it was', async () => {
    const { root, option, copied } = await sidebar('works');
    option.click();
    await until(() => status(root));
    expect(status(root)).toBe('The phrase could not be inserted here. It was copied to the clipboard instead.');
    expect(copied).toEqual(['Your parcel arrives tomorrow.']);
  });

  it('is not said to be copied when the clipboard refuses too', async () => {
    const { root, option } = await sidebar('refuses');
    option.click();
    await until(() => status(root));
    expect(status(root)).toContain('copying it to the clipboard failed too');
    expect(status(root)).not.toContain('It was copied');
  });
});

describe('sidebar: a phrase with blanks', () => {
  it('starts its form from the values given last time in this chat, marked, and sends them with the insertion', async () => {
    const db = new HuashuDB(`sidebar-blanks-${Math.random().toString(36).slice(2)}`);
    await setUiSettings(db, { locale: 'en' });
    const now = Date.now();
    await db.phrases.put({
      id: 'personal/b', group: 'general', title: 'Greeting', text: 'Hello {customer}, order {order} is on its way.', tags: [], packId: PERSONAL,
      pinned: false, usageCount: 0, lastUsedAt: null, createdAt: now, updatedAt: now, order: 0,
    });
    const asked: { type: string; data: unknown }[] = [];
    const send = (async (type: string, data: unknown) => {
      asked.push({ type, data });
      if (type === 'phrase:recall-values') return { values: { customer: 'Ms Wang' }, fromPage: [] };
      if (type === 'phrase:insert') return { ok: true, editor: 'textarea' };
      return {};
    }) as unknown as Sender<ProtocolMap>;
    const view = mount(<SidebarApp db={db} send={send} languages={['en']} openManager={() => undefined} close={() => undefined} copyToClipboard={async () => undefined} />);
    cleanup = view.unmount;
    (await until(() => view.root.querySelector<HTMLElement>('[role="option"]'), 10_000)).click();
    const customer = await until(() => view.root.querySelector<HTMLInputElement>('form.fill input[data-name="customer"]'));
    expect(customer.value).toBe('Ms Wang');
    expect(customer.closest('label')?.textContent).toContain('from last time');
    const order = view.root.querySelector<HTMLInputElement>('form.fill input[data-name="order"]');
    expect(order?.value).toBe('');
    expect(order?.closest('label')?.textContent).not.toContain('from last time');
    expect(asked.find((m) => m.type === 'phrase:recall-values')?.data).toEqual({ names: ['customer', 'order'] });

    order!.value = '1234';
    order!.dispatchEvent(new Event('input', { bubbles: true }));
    await until(() => view.root.querySelector('.fill-preview')?.textContent?.includes('1234'));
    view.root.querySelector<HTMLFormElement>('form.fill')!.requestSubmit();
    const insert = await until(() => asked.find((m) => m.type === 'phrase:insert'));
    expect(insert.data).toMatchObject({ text: 'Hello Ms Wang, order 1234 is on its way.', values: { customer: 'Ms Wang', order: '1234' } });
  });
});
