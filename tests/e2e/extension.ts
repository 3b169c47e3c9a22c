import { test as base, chromium, expect, type BrowserContext, type Frame, type Page, type Worker } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { browserArgs, chromiumPath, extensionArgs } from './browser';

export { expect };

export interface LaunchOptions {
  /** false: the same browser without the extension (the fixture pages' own tests, which check the pages alone). */
  extension?: boolean;
  /** Where relative URLs go (the test fixtures get it from the config's `use`; a worker-scoped launch passes it). */
  baseURL?: string;
  /** Open a DevTools port too (written to <userDataDir>/DevToolsActivePort): the browser's side panel is no tab of
   *  the context, and is reached through a second CDP connection (see sidePanelPage). */
  debuggingPort?: boolean;
  /** The window's own size instead of Playwright's fixed 1280×800 viewport, so browser UI (a side panel) can narrow
   *  the page as it does for the agent. */
  windowViewport?: boolean;
}

export async function launchWithExtension(userDataDir: string, options: LaunchOptions = {}): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, {
    headless: true,
    executablePath: chromiumPath(),
    args: [
      ...(options.extension === false ? browserArgs() : extensionArgs()),
      ...(options.debuggingPort ? ['--remote-debugging-port=0'] : []),
      ...(options.windowViewport ? ['--window-size=1280,800'] : []),
    ],
    locale: 'zh-CN',
    viewport: options.windowViewport ? null : { width: 1280, height: 800 },
    ...(options.baseURL ? { baseURL: options.baseURL } : {}),
  });
}

export async function serviceWorker(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

interface Fixtures {
  userDataDir: string;
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
}

/** One persistent Chromium profile per test with the built extension loaded from .output/chrome-mv3. */
export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern
  userDataDir: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'huashu-e2e-'));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
  context: async ({ userDataDir }, use) => {
    const context = await launchWithExtension(userDataDir);
    await use(context);
    await context.close();
  },
  worker: async ({ context }, use) => {
    await use(await serviceWorker(context));
  },
  extensionId: async ({ worker }, use) => {
    await use(new URL(worker.url()).host);
  },
});

/** Wait until the built-in packs are in the library (first install seeds them). */
export async function waitForLibrary(context: BrowserContext, extensionId: string): Promise<void> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect
    .poll(
      () =>
        page.evaluate(async () => {
          // Opening a database that does not exist yet would create an empty one (version 1) under the extension's
          // feet: look only once the extension has created it.
          if (!(await indexedDB.databases()).some((d) => d.name === 'huashu')) return 0;
          return new Promise<number>((resolve) => {
            const req = indexedDB.open('huashu');
            req.onsuccess = () => {
              const db = req.result;
              if (!db.objectStoreNames.contains('phrases')) {
                db.close();
                return resolve(0);
              }
              const count = db.transaction('phrases').objectStore('phrases').count();
              count.onsuccess = () => {
                db.close();
                resolve(count.result);
              };
              count.onerror = () => {
                db.close();
                resolve(0);
              };
            };
            req.onerror = () => resolve(0);
          });
        }),
      { timeout: 20_000 },
    )
    .toBeGreaterThan(50);
  await page.close();
}

/**
 * Is this a frame of the sidebar page? Its web-accessible URL is a dynamic one (use_dynamic_url):
 * the host is a per-session id, not the extension id.
 */
export function isSidebarUrl(url: string): boolean {
  return /^chrome-extension:\/\/[a-p0-9-]+\/sidebar\.html(?:[?#]|$)/.test(url);
}

/** The sidebar iframe on a chat page (`_extensionId`: the sidebar's URL no longer carries it). */
export async function sidebarFrame(page: Page, _extensionId?: string): Promise<Frame> {
  await expect.poll(() => page.frames().some((f) => isSidebarUrl(f.url()))).toBe(true);
  const frame = page.frames().find((f) => isSidebarUrl(f.url()));
  if (!frame) throw new Error('sidebar frame missing');
  await frame.waitForLoadState();
  return frame;
}

/**
 * Waits until the extension has attached to the page (its launcher is in the accessibility tree). The Alt+Shift+H
 * command reaches a tab only once its content script runs: a key pressed before that is the browser's, not ours.
 */
export async function attached(page: Page): Promise<void> {
  await expect.poll(() => axBox(page, 'button', '打开话术侧栏')).not.toBeNull();
}

/** The page's own chat fixture API (its editor's model, the messages it sent). */
export const chat = {
  text: (page: Page) => page.evaluate(() => (window as unknown as { chatFixture: { getText(): string } }).chatFixture.getText()),
  sent: (page: Page) => page.evaluate(() => (window as unknown as { chatFixture: { sent: string[] } }).chatFixture.sent.slice()),
  caret: (page: Page) =>
    page.evaluate(() => (window as unknown as { chatFixture: { getCaret(): number | null } }).chatFixture.getCaret()),
  focus: (page: Page) => page.evaluate(() => (window as unknown as { chatFixture: { focus(): void } }).chatFixture.focus()),
};

/**
 * Find a control by role and accessible name in the browser's own accessibility tree. The
 * extension's in-page UI lives in CLOSED shadow roots (page scripts cannot reach it), which
 * Playwright's locators cannot enter either; the accessibility tree is what assistive technology
 * and the agent get, so tests use it.
 */
export async function axBox(page: Page, role: string, name: string): Promise<{ x: number; y: number } | null> {
  const rect = await axRect(page, role, name);
  return rect && { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
}

/** The border box (top-left corner and size, in the page's viewport) of the node axBox finds, or null. */
export async function axRect(page: Page, role: string, name: string): Promise<{ x: number; y: number; width: number; height: number } | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodes } = await cdp.send('Accessibility.queryAXTree', { nodeId: root.nodeId, accessibleName: name, role });
    const node = nodes.find((n) => n.backendDOMNodeId !== undefined && !n.ignored);
    if (!node?.backendDOMNodeId) return null;
    const { model } = await cdp.send('DOM.getBoxModel', { backendNodeId: node.backendDOMNodeId }).catch(() => ({ model: null }));
    if (!model) return null;
    const [x1 = 0, y1 = 0, , , x3 = 0, y3 = 0] = model.border;
    return { x: x1, y: y1, width: x3 - x1, height: y3 - y1 };
  } finally {
    await cdp.detach();
  }
}

/**
 * Sets the send check's mode as the agent would in the options page (the default is "warn"): tests of the stop before
 * sending ask for "block" first.
 */
export async function setToneMode(context: BrowserContext, extensionId: string, mode: 'off' | 'warn' | 'block'): Promise<void> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await page.evaluate(async (m) => {
    const chrome = (globalThis as unknown as { chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } } }).chrome;
    await chrome.runtime.sendMessage({ type: 'tone:set', data: { settings: { mode: m } } });
  }, mode);
  await page.close();
}

/** The accessible names of every node with this role (see axBox), e.g. what the tone badge says now. */
export async function axNames(page: Page, role: string): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodes } = await cdp.send('Accessibility.queryAXTree', { nodeId: root.nodeId, role });
    return nodes.filter((n) => !n.ignored).map((n) => String(n.name?.value ?? ''));
  } finally {
    await cdp.detach();
  }
}

/** What the page's own hit test finds at the centre of an element: true when it is that element (not our sidebar). */
export function reachable(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((sel) => {
    const el = document.querySelector(sel);
    if (!el) return false;
    const r = el.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return hit !== null && el.contains(hit);
  }, selector);
}

/** Click the control with this role and accessible name (see axBox). */
export async function clickByRole(page: Page, role: string, name: string): Promise<void> {
  let box: { x: number; y: number } | null = null;
  await expect.poll(async () => (box = await axBox(page, role, name)) !== null, { message: `${role} "${name}"` }).toBe(true);
  if (!box) throw new Error(`no ${role} named ${name}`);
  const { x, y } = box;
  await page.mouse.click(x, y);
}
