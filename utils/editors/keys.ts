/** The parts of a key event that say which key it is and who owns it (the extension's key handlers, the test pages). */
export interface KeyLike {
  readonly key: string;
  readonly keyCode: number;
  readonly isComposing: boolean;
  readonly shiftKey: boolean;
  readonly ctrlKey: boolean;
  readonly altKey: boolean;
  readonly metaKey: boolean;
}

/**
 * A key the input method owns, which the extension must leave alone: any key while composing (isComposing), and
 * keyCode 229 (the Enter macOS Chinese IMEs send right after compositionend).
 */
export function isImeKey(event: Pick<KeyLike, 'isComposing' | 'keyCode'>): boolean {
  return event.isComposing || event.keyCode === 229;
}
