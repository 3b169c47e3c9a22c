import type { BrowserContext, Locator, Page } from '@playwright/test';
import type { FixturePage } from '../../fixtures/pages';
import { axBox, axNames, chat, clickByRole, expect, sidebarFrame } from '../extension';
import { SidebarPanel } from './sidebar';

/**
 * A fixture chat page as the agent uses it: its composer (read through the editor's own model), its send control, the
 * launcher that opens the sidebar and the slash list at the caret.
 */
export class ChatPage {
  private constructor(
    readonly page: Page,
    readonly fixture: FixturePage,
  ) {}

  /** Opens the fixture in a new tab with the caret in its composer. */
  static async open(context: BrowserContext, fixture: FixturePage): Promise<ChatPage> {
    const page = await context.newPage();
    await page.goto(`/${fixture.file}`);
    const chatPage = new ChatPage(page, fixture);
    await chatPage.focus();
    return chatPage;
  }

  /** A fixture already open in `page` (at another address than the default one, say), with the caret in its composer. */
  static async attach(page: Page, fixture: FixturePage): Promise<ChatPage> {
    const chatPage = new ChatPage(page, fixture);
    await chatPage.focus();
    return chatPage;
  }

  focus(): Promise<void> {
    return chat.focus(this.page);
  }

  type(text: string): Promise<void> {
    return this.page.keyboard.type(text);
  }

  press(key: string): Promise<void> {
    return this.page.keyboard.press(key);
  }

  /** The text the page's editor model holds. */
  text(): Promise<string> {
    return chat.text(this.page);
  }

  /** Every message the page sent. */
  sent(): Promise<string[]> {
    return chat.sent(this.page);
  }

  /** What the model holds for a phrase: single-line inputs turn its line breaks into spaces. */
  asTyped(text: string): string {
    return this.fixture.multiline ? text : text.replace(/\n/g, ' ');
  }

  /** The page's own send control (the shell's labelled button, or the composer's icon button). */
  sendControl(): Locator {
    return this.fixture.sendSelector ? this.page.locator(this.fixture.sendSelector) : this.page.getByRole('button', { name: 'Send' });
  }

  /** Clicks the launcher on the page's edge; the sidebar opens with its search focused. */
  async openSidebar(): Promise<SidebarPanel> {
    await clickByRole(this.page, 'button', '打开话术侧栏');
    const sidebar = new SidebarPanel(await sidebarFrame(this.page));
    await expect(sidebar.search).toBeFocused();
    return sidebar;
  }

  readonly slash = {
    /** Waits until the suggestion list is open at the caret. */
    opened: () => expect.poll(() => axBox(this.page, 'listbox', '话术建议')).not.toBeNull(),
    /** Waits until the list is closed. */
    closed: () => expect.poll(() => axBox(this.page, 'listbox', '话术建议')).toBeNull(),
    /** Waits until the list's first (selected) suggestion is this phrase: the one Enter takes. */
    offersFirst: (title: string) => expect.poll(async () => (await axNames(this.page, 'option'))[0] ?? '').toContain(title),
    /** Waits until the small form asking a phrase's placeholder values is shown. */
    asksValues: () => expect.poll(() => axBox(this.page, 'form', '填写话术内容')).not.toBeNull(),
  };
}
