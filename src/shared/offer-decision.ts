import type { WebSession } from './web-session.ts';
import type { StoredSession } from './session-items.ts';

export type OfferDecision =
  /** Take the page's pair: the extension has none, or the web app refreshed (or switched account) by itself. */
  | { kind: 'adopt' }
  /** The page holds a pair the extension already rotated away: give the page the newer one. */
  | { kind: 'write-back' }
  | { kind: 'ignore'; why: 'no-session' | 'paused' | 'same' | 'own-session' };

export interface OfferFacts {
  current: StoredSession | null;
  offered: WebSession | undefined;
  /** True when the offered refresh token is one the extension itself rotated away. */
  offeredIsSpent: boolean;
  /** The user signed the extension out and has not asked to use the web session again. */
  paused: boolean;
}

/**
 * Decides what to do with the session a mypikpak.com page reports. Pure, so every case is tested directly.
 * The rule: whichever side refreshed last wins, and a side holding a dead pair is handed the live one.
 */
export function decideOnOffer({ current, offered, offeredIsSpent, paused }: OfferFacts): OfferDecision {
  if (!offered) return { kind: 'ignore', why: 'no-session' };
  if (paused) return { kind: 'ignore', why: 'paused' };
  if (!current) return { kind: 'adopt' };
  // A session the user made on purpose (pasted token, password) is not replaced by whatever the web app holds.
  if (current.source !== 'web') return { kind: 'ignore', why: 'own-session' };
  if (offered.refreshToken === current.refreshToken) {
    // Same pair, but the page may carry a later access token (it never refreshes without rotating, so rare).
    return offered.accessToken !== current.accessToken && offered.expiresAt > current.expiresAt
      ? { kind: 'adopt' }
      : { kind: 'ignore', why: 'same' };
  }
  if (offered.sub === current.sub && offeredIsSpent) return { kind: 'write-back' };
  // Not a token we spent: the web app refreshed by itself, or the user signed in to another account there.
  return { kind: 'adopt' };
}
