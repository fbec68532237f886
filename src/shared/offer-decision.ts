import type { WebSession } from './web-session.ts';
import { sharedWithWebApp, type StoredSession } from './session-items.ts';

export type OfferDecision =
  /**
   * Take the page's pair once PikPak confirmed whose it is: the extension has none, or the web app refreshed (or
   * signed in again) by itself with the account the extension already uses.
   */
  | { kind: 'adopt' }
  /** The page holds another account than the extension uses: once PikPak confirmed it, ask the user. */
  | { kind: 'ask' }
  /** The page holds a pair of the same account that the extension already rotated away: give it the newer one. */
  | { kind: 'write-back' }
  /** The web app that lent the session signed out: set the session aside and ask the user what to do. */
  | { kind: 'park' }
  | { kind: 'ignore'; why: IgnoreReason };

export type IgnoreReason = 'no-session' | 'paused' | 'same' | 'own-session' | 'spent' | 'declined' | 'asked';

export interface OfferFacts {
  /** The session in use. */
  current: StoredSession | null;
  /** The account of the borrowed session set aside after the web app signed out, while the user decides. */
  parkedSub?: string | undefined;
  offered: WebSession | undefined;
  /** The page held this account's session at its last offer and holds none now (it signed out). */
  left?: string | undefined;
  /** True when the offered refresh token is one the extension rotated away (of the same account). */
  offeredIsSpent: boolean;
  /** The user signed the extension out and has not asked to use the web session again. */
  paused: boolean;
  /** Accounts the user chose not to switch to. */
  declined?: readonly string[];
  /** The account an open "switch account?" question names. */
  asking?: string | undefined;
}

/**
 * Decides what to do with the session a mypikpak.com page reports. Pure, so every case is tested directly.
 * The rules: whichever side refreshed last wins, and a side holding a dead pair of the same account is handed
 * the live one; the extension never changes account without asking, never adopts a pair PikPak has not
 * confirmed (`adopt` and `ask` are only carried out after GET /v1/user/me), and writes into a page only under
 * the write-back rule (same account, the page holds a token the extension spent, the session is shared).
 */
export function decideOnOffer(facts: OfferFacts): OfferDecision {
  const { current, parkedSub, offered, left, offeredIsSpent, paused } = facts;
  if (!offered) {
    const lenderLeft = left !== undefined && sharedWithWebApp(current) && current.sub === left;
    return lenderLeft && !paused ? { kind: 'park' } : { kind: 'ignore', why: 'no-session' };
  }
  if (paused) return { kind: 'ignore', why: 'paused' };
  if (current) {
    // A session the user made on purpose (pasted token, password), or kept after the web app signed out, is not
    // replaced by whatever the web app holds.
    if (!sharedWithWebApp(current)) return { kind: 'ignore', why: 'own-session' };
    if (offered.refreshToken === current.refreshToken) {
      // Same pair, but the page may carry a later access token (it never refreshes without rotating, so rare).
      return offered.accessToken !== current.accessToken && offered.expiresAt > current.expiresAt
        ? { kind: 'adopt' }
        : { kind: 'ignore', why: 'same' };
    }
    if (offered.sub === current.sub) return offeredIsSpent ? { kind: 'write-back' } : { kind: 'adopt' };
  } else {
    // A dead pair is nothing to take (and after a sign-out on the web app, nothing to hand the live one to).
    if (offeredIsSpent) return { kind: 'ignore', why: 'spent' };
    // Signed in to the web app again with the account set aside, or no account at all yet: take it.
    if (parkedSub === undefined || offered.sub === parkedSub) return { kind: 'adopt' };
  }
  // Another account than the one in use (or set aside).
  if (facts.declined?.includes(offered.sub)) return { kind: 'ignore', why: 'declined' };
  if (facts.asking === offered.sub) return { kind: 'ignore', why: 'asked' };
  return { kind: 'ask' };
}

/**
 * The write-back rule on its own, for the session bridge: it writes the extension's pair into its page only when
 * the page holds a token of the same account that the extension spent, and the session is shared with the web app.
 */
export function mayWriteBack(facts: Pick<OfferFacts, 'current' | 'offered' | 'offeredIsSpent' | 'paused'>): boolean {
  return decideOnOffer(facts).kind === 'write-back';
}
