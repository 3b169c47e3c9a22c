import { generatePhrases } from '../../bench/_corpus';
import { computeSearchKeys } from '../../utils/search';
import { chat, clickByRole, expect, sidebarFrame, test, waitForLibrary } from './extension';
import type { StoredPhrase } from './library-db';

const COUNT = 10_000;

test(`sidebar results follow each keystroke at ${COUNT.toLocaleString('en')} phrases (prints the latency)`, async ({ context, extensionId }) => {
  test.setTimeout(180_000);
  await waitForLibrary(context, extensionId);
  const now = Date.now();
  const records: StoredPhrase[] = generatePhrases(COUNT).map((p, i) => ({
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

  // In the sidebar: time from each keystroke to the frame that shows its results.
  await expect(sidebar.getByRole('listbox')).toHaveAttribute('data-query', '');
  await sidebar.evaluate(() => {
    const w = window as unknown as { latencies: number[] };
    w.latencies = [];
    const input = document.querySelector('input[type=search]')!;
    const list = document.querySelector('[role=listbox]')!;
    input.addEventListener('keydown', () => {
      const start = performance.now();
      const observer = new MutationObserver(() => {
        observer.disconnect();
        requestAnimationFrame(() => w.latencies.push(performance.now() - start));
      });
      // The list carries the query it shows: this fires when this keystroke's results are rendered,
      // even when they look the same as the previous ones.
      observer.observe(list, { attributes: true, attributeFilter: ['data-query'] });
    });
  });
  for (const query of ['tuikuan', 'yhq', 'fahuo', 'size']) {
    await search.fill('');
    await search.pressSequentially(query, { delay: 120 });
  }
  await expect(sidebar.getByRole('option').first()).toBeVisible();
  const latencies = await sidebar.evaluate(() => (window as unknown as { latencies: number[] }).latencies.slice());
  latencies.sort((a, b) => a - b);
  const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))]!;
  console.log(
    `sidebar keystroke → results frame at ${COUNT} phrases: n=${latencies.length} p50=${pct(50).toFixed(1)} ms p95=${pct(95).toFixed(1)} ms max=${latencies.at(-1)!.toFixed(1)} ms (one frame = 16.7 ms)`,
  );
  expect(latencies.length).toBeGreaterThanOrEqual(20);

  // And the results are the right ones.
  await search.fill('tuikuan');
  await expect(sidebar.getByRole('option').first()).toContainText(/退款|退貨|退货/);
});
