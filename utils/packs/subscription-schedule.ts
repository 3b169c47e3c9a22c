/**
 * When subscribed packs are checked for updates: an alarm every hour (created once; alarms outlive the service
 * worker), plus whatever the caller adds (start-up, managed-policy changes). The browser's alarms API is passed in.
 */

export const SUBSCRIPTION_ALARM = 'huashu-subscriptions';
/** How often subscribed packs are checked for updates. */
export const SUBSCRIPTION_PERIOD_MINUTES = 60;

/** The part of `browser.alarms` used here. */
export interface AlarmsApi {
  get(name: string): Promise<unknown>;
  create(name: string, info: { periodInMinutes: number; delayInMinutes: number }): unknown;
  onAlarm: { addListener(listener: (alarm: { name: string }) => void): void };
}

/** Creates the hourly alarm unless it exists, and calls `refresh` each time it rings. */
export function scheduleSubscriptionChecks(alarms: AlarmsApi, refresh: () => void): void {
  void alarms.get(SUBSCRIPTION_ALARM).then((alarm) => {
    if (!alarm) void alarms.create(SUBSCRIPTION_ALARM, { periodInMinutes: SUBSCRIPTION_PERIOD_MINUTES, delayInMinutes: 1 });
  });
  alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SUBSCRIPTION_ALARM) refresh();
  });
}
