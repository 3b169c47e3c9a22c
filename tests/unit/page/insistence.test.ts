import { describe, expect, it } from 'vitest';
import { createInsistence, OFFER_AFTER } from '../../../utils/page/tone/insistence';

describe('sending anyway again and again', () => {
  it('offers to switch a rule off only after the agent sent past it OFFER_AFTER times', () => {
    const insistence = createInsistence((id) => !id.startsWith('check-'));
    const findings = [{ ruleId: 'refusal-cannot' }, { ruleId: 'address-ni' }];
    for (let i = 0; i < OFFER_AFTER; i++) {
      expect(insistence.offers(findings).size).toBe(0);
      insistence.sentAnyway([{ ruleId: 'refusal-cannot' }, { ruleId: 'refusal-cannot' }]); // two findings, one send
    }
    expect([...insistence.offers(findings)]).toEqual(['refusal-cannot']);
  });

  it('never offers to switch off the notice that the check could not run', () => {
    const insistence = createInsistence((id) => !id.startsWith('check-'));
    for (let i = 0; i < 5; i++) insistence.sentAnyway([{ ruleId: 'check-unavailable' }]);
    expect(insistence.offers([{ ruleId: 'check-unavailable' }]).size).toBe(0);
  });
});
