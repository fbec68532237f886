import { defineItem, isRecord } from './storage.ts';
import { isCaptchaTokenShaped } from './verified-captcha.ts';

/**
 * PikPak's human check for password sign-in (pikpak-api.md §3.4): captcha init answers a puzzle `url` on the user
 * host whose query carries `state=getcaptcha<ms>`; once solved, the page sends the browser to
 * `https://mypikpak.com/loading?captcha_token=<verified>&state=<the same state>`, where the session bridge hands
 * both to the background. Any website can send a browser to that address, so a token is taken only for a check
 * the extension opened itself, matched by its `state`, once, within a few minutes. Pure functions and the two
 * `storage.session` items (memory only; content scripts cannot read that area).
 */

/** How long after the check was opened its token is still taken: the puzzle needs a person, not an afternoon. */
export const HUMAN_CHECK_WINDOW_MS = 10 * 60_000;

/** The human check the extension opened and waits for. Background only. */
export interface PendingHumanCheck {
  /** The `state` of the check's URL, which PikPak's redirect repeats; absent when the URL had none. */
  state?: string;
  startedAt: number;
}

export const pendingHumanCheck = defineItem<PendingHumanCheck | null>(
  'session',
  'pendingHumanCheck',
  null,
  (value): value is PendingHumanCheck | null =>
    value === null ||
    (isRecord(value) &&
      typeof value.startedAt === 'number' &&
      (value.state === undefined || typeof value.state === 'string')),
);

const PIKPAK_HOST = /^(?:[a-z0-9-]+\.)*mypikpak\.(?:com|net)$/;

/** Only PikPak's own https pages are opened as a human check: not another scheme, host, port or a login in the URL. */
export function isPikPakCheckUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  return (
    url.protocol === 'https:' &&
    PIKPAK_HOST.test(url.hostname) &&
    url.port === '' &&
    url.username === '' &&
    url.password === ''
  );
}

/** What to remember of a check about to be opened. */
export function pendingCheckFor(checkUrl: string, now: number): PendingHumanCheck {
  const state = new URL(checkUrl).searchParams.get('state');
  return { ...(state ? { state } : {}), startedAt: now };
}

export type CaptchaArrival = { captchaToken: unknown; state?: unknown };

export type CaptchaVerdict =
  { kind: 'accept'; token: string } | { kind: 'refuse'; why: 'malformed' | 'no-check' | 'expired' | 'other-check' };

/**
 * Whether a token arriving at mypikpak.com/loading answers the check the extension is waiting for. The caller
 * forgets the pending check when it accepts, so the same check is answered once.
 */
export function matchVerifiedCaptcha(
  pending: PendingHumanCheck | null,
  arrival: CaptchaArrival,
  now: number,
): CaptchaVerdict {
  if (!isCaptchaTokenShaped(arrival.captchaToken)) return { kind: 'refuse', why: 'malformed' };
  if (!pending) return { kind: 'refuse', why: 'no-check' };
  if (now < pending.startedAt || now - pending.startedAt > HUMAN_CHECK_WINDOW_MS) {
    return { kind: 'refuse', why: 'expired' };
  }
  if (pending.state !== undefined && arrival.state !== pending.state) return { kind: 'refuse', why: 'other-check' };
  return { kind: 'accept', token: arrival.captchaToken };
}
