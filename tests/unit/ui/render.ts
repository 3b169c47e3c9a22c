import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';

/** Renders a Preact tree into a fresh container of the happy-dom document; unmount() removes it. */
export function mount(tree: ComponentChild): { root: HTMLElement; unmount(): void } {
  const root = document.createElement('div');
  document.body.append(root);
  act(() => render(tree, root));
  return {
    root,
    unmount: () => {
      act(() => render(null, root));
      root.remove();
    },
  };
}

/** Waits (polling, with a deadline) until `check` returns a value, flushing Preact's effects in between. */
export async function until<T>(check: () => T | null | undefined | false | Promise<T | null | undefined | false>, timeoutMs = 3000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    let value: T | null | undefined | false = undefined;
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 5));
    });
    value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error('condition not met in time');
  }
}
