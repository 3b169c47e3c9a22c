import type { Locator, Page } from '@playwright/test';

/** The name of a phrase row's action menu and of its button, by the phrase's title (zh-CN UI). */
export const rowMenuName = (title: string): string => `“${title}”的操作`;

/** The "⋯" button of a phrase row in the manager's table. */
export function rowMenuButton(page: Page | Locator, title: string): Locator {
  return page.getByRole('button', { name: rowMenuName(title), exact: true });
}

/** The open menu of a phrase row. */
export function rowMenu(page: Page | Locator, title: string): Locator {
  return page.getByRole('menu', { name: rowMenuName(title), exact: true });
}

/** Runs one of a phrase row's actions by mouse: opens the row's menu and clicks the item (编辑, 复制一份, 删除…). */
export async function rowAction(page: Page, title: string, action: string): Promise<void> {
  await rowMenuButton(page, title).click();
  await rowMenu(page, title).getByRole('menuitem', { name: action, exact: true }).click();
}
