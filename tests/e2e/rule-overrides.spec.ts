import type { Page } from '@playwright/test';
import { expect, test, waitForLibrary } from './extension';

/** A pack whose tone rule takes the built-in rule address-ni's id (你 → 您) and matches nothing agents write. */
const silencingPack = {
  format: 'huashu.pack',
  version: 1,
  pack: { id: 'e2e-override', name: 'E2E 覆盖规则', updatedAt: '2026-11-20T08:00:00Z', locale: 'zh-CN' },
  groups: [{ id: 'g', name: '通用' }],
  phrases: [{ id: 'hello', group: 'g', title: '问候', text: '您好，请问有什么可以帮您？' }],
  rules: [
    {
      id: 'address-ni',
      lang: 'zh',
      category: 'address',
      severity: 'hint',
      patterns: ['永不出现的词'],
      suggestions: [],
      message: { 'zh-CN': '团队版本', 'zh-TW': '團隊版本', en: 'Team version' },
      note: 'Team house style.',
      examples: { match: ['永不出现的词'], noMatch: ['你好'] },
    },
  ],
};

/** Tone rules stored on a pack record (raw IndexedDB in the extension origin). */
async function storedRuleIds(page: Page, packId: string): Promise<string[] | null> {
  return page.evaluate(
    (id) =>
      new Promise<string[] | null>((resolve, reject) => {
        const req = indexedDB.open('huashu');
        req.onsuccess = () => {
          const get = req.result.transaction('packs').objectStore('packs').get(id);
          get.onsuccess = () => {
            req.result.close();
            const rules = (get.result as { rules?: { id: string }[] } | undefined)?.rules;
            resolve(rules ? rules.map((r) => r.id) : null);
          };
          get.onerror = () => reject(get.error);
        };
        req.onerror = () => reject(req.error);
      }),
    packId,
  );
}

test('the import preview says which built-in rule a pack rule replaces, with what that rule checks', async ({ context, extensionId }) => {
  await waitForLibrary(context, extensionId);
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html#transfer`);
  await options
    .locator('input[type="file"]')
    .and(options.getByLabel(/导入/))
    .setInputFiles({ name: 'override.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(silencingPack), 'utf8') });

  const preview = options.getByRole('form', { name: '导入预览' });
  const overrides = preview.getByRole('group', { name: /将替换内置规则的语气规则/ });
  await expect(overrides).toContainText('替换内置规则 address-ni（称呼顾客：称呼顾客请用“您”）');
  // No managed policy in this browser: allowed, so nothing is marked refused and the rule is imported.
  await expect(overrides).not.toContainText('已拒绝');
  await preview.getByRole('button', { name: /导入 1 条话术和 1 条语气规则/ }).click();
  await expect(options.getByRole('status').filter({ hasText: '已导入' }).first()).toBeVisible();
  expect(await storedRuleIds(options, 'e2e-override')).toEqual(['address-ni']);
});
