import type { Frame, Locator } from '@playwright/test';
import { expect } from '../extension';

/** The phrase sidebar (an extension page in a frame on the chat page), as the agent uses it. */
export class SidebarPanel {
  readonly search: Locator;
  readonly options: Locator;

  constructor(readonly frame: Frame) {
    this.search = frame.getByRole('searchbox');
    this.options = frame.getByRole('option');
  }

  /** Types a query and waits until the first result is the phrase with this title. */
  async find(query: string, title: string): Promise<void> {
    await this.search.fill(query);
    await expect(this.options.first()).toContainText(title);
  }

  /** Enter in the search: inserts the chosen phrase (or asks its placeholders first). */
  choose(): Promise<void> {
    return this.search.press('Enter');
  }

  /**
   * Fills every placeholder of the chosen phrase with `value` and inserts it; returns the values by placeholder name.
   * Does nothing when the phrase has none.
   */
  async fillPlaceholders(names: readonly string[], value: string): Promise<Record<string, string>> {
    const values: Record<string, string> = {};
    if (names.length === 0) return values;
    const form = this.frame.getByRole('form');
    await expect(form).toBeVisible();
    for (const input of await form.getByRole('textbox').all()) {
      values[(await input.getAttribute('data-name')) ?? ''] = value;
      await input.fill(value);
    }
    await form.getByRole('button').click();
    return values;
  }
}
