import { describe, expect, it } from 'vitest';
import { scheduleSubscriptionChecks, SUBSCRIPTION_ALARM, SUBSCRIPTION_PERIOD_MINUTES, type AlarmsApi } from '../../../utils/packs/subscription-schedule';

/** browser.alarms with the alarms it holds and the listeners it was given. */
function fakeAlarms(existing: string[] = []) {
  const created: { name: string; info: unknown }[] = [];
  const listeners: ((alarm: { name: string }) => void)[] = [];
  const api: AlarmsApi = {
    get: async (name) => (existing.includes(name) || created.some((c) => c.name === name) ? { name } : undefined),
    create: (name, info) => void created.push({ name, info }),
    onAlarm: { addListener: (listener) => void listeners.push(listener) },
  };
  return { api, created, ring: (name: string) => listeners.forEach((l) => l({ name })) };
}

describe('subscription schedule', () => {
  it('creates the hourly alarm when there is none, and refreshes when it rings', async () => {
    const alarms = fakeAlarms();
    let refreshed = 0;
    scheduleSubscriptionChecks(alarms.api, () => refreshed++);
    await expect.poll(() => alarms.created).toEqual([{ name: SUBSCRIPTION_ALARM, info: { periodInMinutes: SUBSCRIPTION_PERIOD_MINUTES, delayInMinutes: 1 } }]);
    alarms.ring('someone-else');
    expect(refreshed).toBe(0);
    alarms.ring(SUBSCRIPTION_ALARM);
    expect(refreshed).toBe(1);
  });

  it('keeps the alarm the browser already has (its next time is not pushed back at each start)', async () => {
    const alarms = fakeAlarms([SUBSCRIPTION_ALARM]);
    scheduleSubscriptionChecks(alarms.api, () => undefined);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(alarms.created).toEqual([]);
  });
});
