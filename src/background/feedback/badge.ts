import browser from 'webextension-polyfill';
import { defineItem, isRecord } from '../../shared/storage.ts';

/**
 * The toolbar badge. Its resting state (set by the task monitor: how many downloads run, a mark when one
 * failed) is kept here in memory and in storage.session; a flash (a link was sent, or refused) shows for a
 * moment and then gives way to the resting state again.
 */

export interface BadgeState {
  running: number;
  failed: boolean;
}

const FLASH_MS = 2_500;
const COLORS = { running: '#2563eb', failed: '#dc2626', sent: '#16a34a' } as const;

const isBadgeState = (value: unknown): value is BadgeState =>
  isRecord(value) && typeof value.running === 'number' && typeof value.failed === 'boolean';
/** In storage.session so that a worker restarted during a flash restores the right badge. */
const restingItem = defineItem<BadgeState>('session', 'badgeResting', { running: 0, failed: false }, isBadgeState);

let flashTimer: ReturnType<typeof setTimeout> | undefined;

async function paint(text: string, color: string): Promise<void> {
  await browser.action.setBadgeBackgroundColor({ color });
  // Chrome picks a badge text colour of its own otherwise; white reads on every colour used here.
  await browser.action.setBadgeTextColor?.({ color: '#ffffff' });
  await browser.action.setBadgeText({ text });
}

function restingLook(state: BadgeState): [string, string] {
  if (state.failed) return [state.running > 0 ? `${state.running}!` : '!', COLORS.failed];
  return [state.running > 0 ? String(state.running) : '', COLORS.running];
}

/** Sets the resting badge (shown now unless a flash is on screen). */
export async function setBadgeResting(state: BadgeState): Promise<void> {
  await restingItem.set(state);
  if (flashTimer === undefined) await paint(...restingLook(state));
}

/** Shows ✓ (sent) or ! (refused) for a moment, then the resting badge again. */
export async function flashBadge(kind: 'sent' | 'failed'): Promise<void> {
  if (flashTimer !== undefined) clearTimeout(flashTimer);
  flashTimer = setTimeout(() => {
    flashTimer = undefined;
    restingItem
      .get()
      .then((state) => paint(...restingLook(state)))
      .catch((error: unknown) => console.error('Could not restore the badge', error));
  }, FLASH_MS);
  await paint(kind === 'sent' ? '✓' : '!', kind === 'sent' ? COLORS.sent : COLORS.failed);
}
