import { generatePhrases } from '../../bench/_corpus';
import { computeSearchKeys } from '../../utils/search';
import { chat, clickByRole, expect, sidebarFrame, test, waitForLibrary } from './extension';
import type { StoredPhrase } from './library-db';

// One after the other in one worker: the figures are not shared with another browser's load.
test.describe.configure({ mode: 'serial' });

for (const count of [200, 10_000]) {
  test(`sidebar results follow each keystroke at ${count.toLocaleString('en')} phrases (prints the latency)`, async ({ context, extensionId }) => {
    test.setTimeout(180_000);
    await waitForLibrary(context, extensionId);
    const now = Date.now();
    const records: StoredPhrase[] = generatePhrases(count).map((p, i) => ({
      id: `perf/${p.id}`, group: 'perf/general', title: p.title, text: p.text, tags: p.tags ?? [], packId: 'perf', pinned: false,
      usageCount: 0, lastUsedAt: null, createdAt: now, updatedAt: now, order: i,
      ...(p.shortcut ? { shortcut: p.shortcut } : {}),
      keys: computeSearchKeys(p),
    } as StoredPhrase));
    const ext = await context.newPage();
    await ext.goto(`chrome-extension://${extensionId}/options.html`);
    await ext.evaluate(
      (rows) =>
        new Promise<void>((resolve, reject) => {
          const req = indexedDB.open('huashu');
          req.onsuccess = () => {
            const tx = req.result.transaction(['phrases', 'packs'], 'readwrite');
            tx.objectStore('packs').put({ id: 'perf', name: 'Perf', source: 'file', importedAt: Date.now(), hidden: false });
            for (const row of rows) tx.objectStore('phrases').put(row);
            tx.oncomplete = () => resolve();
            tx.onerror = () => reject(tx.error);
          };
        }),
      records,
    );

    const page = await context.newPage();
    await page.goto('/textarea.html');
    await chat.focus(page);
    await clickByRole(page, 'button', '打开话术侧栏');
    const sidebar = await sidebarFrame(page, extensionId);
    const search = sidebar.getByRole('searchbox');
    await expect(sidebar.getByRole('option').first()).toBeVisible({ timeout: 30_000 });

    // In the sidebar, for each keystroke that edits the query, from the keystroke's own timestamp
    // (when the browser received it):
    // - work: until its results are in the DOM, plus the style and layout of the frame showing them
    //   (what must fit in one frame for the next frame to show the results);
    // - shown: until that frame starts, which adds the wait for the frame clock (up to one frame
    //   whatever the library size; the 200-phrase run shows that floor).
    await expect(sidebar.getByRole('listbox', { name: '话术' })).toHaveAttribute('data-query', '');
    await sidebar.evaluate(() => {
      const w = window as unknown as { timings: { work: number; shown: number }[] };
      w.timings = [];
      const input = document.querySelector('input[type=search]')!;
      const list = document.querySelector('#phrase-results')!;
      let keyAt: number | null = null;
      input.addEventListener('keydown', (e) => {
        keyAt = e.timeStamp;
      });
      // Capture on the window runs before the sidebar's own input handler renders the results.
      window.addEventListener(
        'input',
        (e) => {
          if (e.target !== input || keyAt === null) return;
          const start = keyAt;
          keyAt = null;
          const observer = new MutationObserver(() => {
            observer.disconnect();
            const committed = performance.now();
            requestAnimationFrame(() => {
              const frame = performance.now();
              document.body.getBoundingClientRect(); // style and layout of this frame
              w.timings.push({ work: committed - start + (performance.now() - frame), shown: frame - start });
            });
          });
          // The list carries the query it shows: this fires when this keystroke's results are rendered,
          // even when they look the same as the previous ones.
          observer.observe(list, { attributes: true, attributeFilter: ['data-query'] });
        },
        true,
      );
    });
    for (const query of ['tuikuan', 'yhq', 'fahuo', 'size', 'dizhi', 'refund', 'wuliu', 'kuaidi']) {
      await search.fill('');
      await search.pressSequentially(query, { delay: 120 });
    }
    await expect(sidebar.getByRole('option').first()).toBeVisible();
    const timings = await sidebar.evaluate(() => (window as unknown as { timings: { work: number; shown: number }[] }).timings.slice());
    const summary = (values: number[]): string => {
      const sorted = values.slice().sort((a, b) => a - b);
      const pct = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!.toFixed(1);
      return `p50 ${pct(50)} / p95 ${pct(95)} / max ${sorted.at(-1)!.toFixed(1)} ms`;
    };
    console.log(
      `sidebar at ${count.toLocaleString('en')} phrases, ${timings.length} keystrokes (one frame = 16.7 ms): ` +
        `work ${summary(timings.map((x) => x.work))}; keystroke → frame showing results ${summary(timings.map((x) => x.shown))}`,
    );
    expect(timings.length).toBeGreaterThanOrEqual(40);

    // And the results are the right ones.
    await search.fill('tuikuan');
    await expect(sidebar.getByRole('option').first()).toContainText(/退款|退貨|退货/);
  });
}
