// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { ToneFinding } from '../../../utils/tone/index';
import { translator } from '../../../utils/i18n';
import { askBeforeSending } from '../../../utils/page/tone/dialog';

function finding(partial: Partial<ToneFinding> & Pick<ToneFinding, 'start' | 'end'>): ToneFinding {
  return { text: 'x', ruleId: 'r', category: 'c', severity: 'error', message: 'm', suggestions: [], safe: false, ...partial };
}

const t = translator('en');

function open(findings: ToneFinding[], offers = new Set<string>()) {
  document.body.innerHTML = '<div id="host"></div>';
  const shadow = (document.getElementById('host') as HTMLElement).attachShadow({ mode: 'open' });
  const choice = askBeforeSending(document, shadow, t, findings, offers);
  const buttons = Array.from(shadow.querySelectorAll('button'));
  return { shadow, choice, buttons, labels: buttons.map((b) => b.textContent) };
}

describe('the check-before-sending dialog', () => {
  it('lists each finding with its rewrites to choose from and the offer to switch a rule off; first focus on Cancel', async () => {
    const safe = finding({ start: 0, end: 1, text: '你', ruleId: 'address-ni', suggestions: ['您'], safe: true });
    const pick = finding({ start: 2, end: 5, text: '改不了', ruleId: 'refusal', suggestions: ['无法修改', ''] });
    const { shadow, choice, buttons, labels } = open([safe, pick], new Set(['refusal']));
    expect(shadow.querySelectorAll('li')).toHaveLength(2);
    // The safe rewrite is described, not a button; the other finding's rewrites are, then its offer, then the actions.
    expect(labels).toEqual([t('tone.replace', { text: '无法修改' }), t('tone.remove', { text: '改不了' }), t('tone.ruleOffButton'), t('tone.fixAll'), t('tone.sendAnyway'), t('tone.cancel')]);
    expect(shadow.activeElement).toBe(buttons[buttons.length - 1]);
    expect(buttons.find((b) => b.textContent === t('tone.fixAll'))?.disabled).toBe(false);
    shadow.querySelector('.alert')?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await expect(choice).resolves.toBe('cancel');
    expect(shadow.querySelector('.backdrop')).toBeNull();
  });

  it('offers no "fix all" when no rewrite is safe, and ignores clicks the page makes', async () => {
    const { shadow, choice, buttons } = open([finding({ start: 0, end: 0, ruleId: 'check-unavailable' })]);
    expect(buttons.find((b) => b.textContent === t('tone.fixAll'))?.disabled).toBe(true);
    buttons.find((b) => b.textContent === t('tone.sendAnyway'))?.click();
    expect(shadow.querySelector('.backdrop')).not.toBeNull();
    shadow.querySelector('.alert')?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await expect(choice).resolves.toBe('cancel');
  });
});
