import type { Page } from '@playwright/test';
import type { PhraseRecord } from '../../utils/db/types';

/** A phrase record as the extension stores it. */
export type StoredPhrase = PhraseRecord;

export function personalPhrase(id: string, title: string, text: string, shortcut?: string): StoredPhrase {
  return {
    id: `personal/${id}`, group: 'general', title, text, tags: [], packId: 'personal', pinned: false,
    usageCount: 0, lastUsedAt: null, createdAt: Date.now(), updatedAt: Date.now(), order: 0,
    ...(shortcut ? { shortcut } : {}),
  };
}

/** Runs in an extension page (its origin owns the library): raw IndexedDB, as the browser stores it. */
export async function putPhrase(extensionPage: Page, phrase: StoredPhrase): Promise<void> {
  await extensionPage.evaluate(
    (p) =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.open('huashu');
        req.onsuccess = () => {
          const tx = req.result.transaction('phrases', 'readwrite');
          tx.objectStore('phrases').put(p);
          tx.oncomplete = () => {
            req.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
        req.onerror = () => reject(req.error);
      }),
    phrase,
  );
}

export async function getPhrase(extensionPage: Page, id: string): Promise<StoredPhrase | undefined> {
  return extensionPage.evaluate(
    (key) =>
      new Promise<StoredPhrase | undefined>((resolve, reject) => {
        const req = indexedDB.open('huashu');
        req.onsuccess = () => {
          const get = req.result.transaction('phrases').objectStore('phrases').get(key);
          get.onsuccess = () => {
            req.result.close();
            resolve(get.result as StoredPhrase | undefined);
          };
          get.onerror = () => reject(get.error);
        };
        req.onerror = () => reject(req.error);
      }),
    id,
  );
}

/** Runs in an extension page: puts raw records into one store of the library (a pack, its groups, its phrases). */
export async function putRecords(extensionPage: Page, store: 'packs' | 'groups' | 'phrases', records: readonly unknown[]): Promise<void> {
  await extensionPage.evaluate(
    ({ store, records }) =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.open('huashu');
        req.onsuccess = () => {
          const tx = req.result.transaction(store, 'readwrite');
          for (const r of records) tx.objectStore(store).put(r);
          tx.oncomplete = () => {
            req.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
        req.onerror = () => reject(req.error);
      }),
    { store, records },
  );
}

/** Runs in an extension page: the value of one settings row (e.g. 'tone-allow', the "don't flag this again" list). */
export async function getSetting(extensionPage: Page, key: string): Promise<unknown> {
  return extensionPage.evaluate(
    (k) =>
      new Promise<unknown>((resolve, reject) => {
        const req = indexedDB.open('huashu');
        req.onsuccess = () => {
          const get = req.result.transaction('settings').objectStore('settings').get(k);
          get.onsuccess = () => {
            req.result.close();
            resolve((get.result as { value?: unknown } | undefined)?.value);
          };
          get.onerror = () => reject(get.error);
        };
        req.onerror = () => reject(req.error);
      }),
    key,
  );
}

/** Records of one object store (raw IndexedDB in the extension origin). */
export async function allRecords<T>(page: Page, store: string): Promise<T[]> {
  return page.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const req = indexedDB.open('huashu');
        req.onsuccess = () => {
          const get = req.result.transaction(name).objectStore(name).getAll();
          get.onsuccess = () => {
            req.result.close();
            resolve(get.result as T[]);
          };
          get.onerror = () => reject(get.error);
        };
        req.onerror = () => reject(req.error);
      }),
    store,
  );
}

/**
 * Pins the library's "today" (the `today` setting, utils/db/library-day.ts) from an extension page: every extension
 * context (the sidebar, the background's `/` search, the options page) follows it at once, so a test can step to the
 * day after a campaign without waiting for it. null goes back to the clock.
 */
export async function pinToday(extensionPage: Page, day: string | null): Promise<void> {
  await extensionPage.evaluate(
    (value) =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.open('huashu');
        req.onsuccess = () => {
          const tx = req.result.transaction('settings', 'readwrite');
          if (value === null) tx.objectStore('settings').delete('today');
          else tx.objectStore('settings').put({ key: 'today', value });
          tx.oncomplete = () => {
            req.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
        req.onerror = () => reject(req.error);
      }),
    day,
  );
  await announceChange(extensionPage);
}

/**
 * Tells every extension context's live queries that the library changed (raw IndexedDB writes bypass Dexie, which
 * otherwise announces its own writes): Dexie's cross-context channel, with the "everything changed" message it sends
 * itself when a page comes back from the back-forward cache.
 */
export async function announceChange(extensionPage: Page): Promise<void> {
  await extensionPage.evaluate(() => {
    const channel = new BroadcastChannel('x-storagemutated-1');
    channel.postMessage({ all: { from: -Infinity, to: [[]], d: 1 } });
    channel.close();
  });
}
