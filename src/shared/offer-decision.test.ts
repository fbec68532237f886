import { describe, expect, it } from 'vitest';
import { decideOnOffer, mayWriteBack, type OfferFacts } from './offer-decision.ts';
import type { StoredSession } from './session-items.ts';

const current: StoredSession = {
  accessToken: 'access-current-0000000000',
  refreshToken: 'os.current',
  expiresAt: 2_000,
  sub: 'YgUser',
  source: 'web',
  platform: 'web',
  deviceId: '0123456789abcdef0123456789abcdef',
  updatedAt: 1_000,
};
const page = (refreshToken: string, extra: Partial<typeof current> = {}) => ({
  accessToken: 'access-page-00000000000000',
  refreshToken,
  expiresAt: 3_000,
  sub: 'YgUser',
  ...extra,
});
const decide = (facts: Partial<OfferFacts>) =>
  decideOnOffer({ current, offered: undefined, offeredIsSpent: false, paused: false, ...facts });

describe('decideOnOffer', () => {
  it('adopts the page session when the extension has none', () => {
    expect(decide({ current: null, offered: page('os.a') })).toEqual({ kind: 'adopt' });
  });

  it('ignores a signed-out page and keeps its own session', () => {
    expect(decide({ offered: undefined })).toEqual({ kind: 'ignore', why: 'no-session' });
  });

  it('does not adopt while the user has signed the extension out', () => {
    expect(decide({ current: null, offered: page('os.a'), paused: true })).toEqual({ kind: 'ignore', why: 'paused' });
  });

  it('hands the newer pair to a page that holds a token the extension rotated away', () => {
    expect(decide({ offered: page('os.old'), offeredIsSpent: true })).toEqual({ kind: 'write-back' });
  });

  it('takes the page pair when the web app refreshed by itself', () => {
    expect(decide({ offered: page('os.newer') })).toEqual({ kind: 'adopt' });
  });

  it('asks before following the web app to another account, once, and not for a declined one', () => {
    const other = page('os.other', { sub: 'YgOther' });
    expect(decide({ offered: other })).toEqual({ kind: 'ask' });
    expect(decide({ offered: other, asking: 'YgOther' })).toEqual({ kind: 'ignore', why: 'asked' });
    expect(decide({ offered: other, declined: ['YgOther'] })).toEqual({ kind: 'ignore', why: 'declined' });
    // A spent token of another account is never a reason to write the live pair anywhere.
    expect(decide({ offered: other, offeredIsSpent: true })).toEqual({ kind: 'ask' });
  });

  it('keeps a session the user made by token or password, or kept after the web app signed out', () => {
    for (const own of [
      { ...current, source: 'password' as const },
      { ...current, source: 'token' as const },
      { ...current, detached: true },
    ]) {
      expect(decide({ current: own, offered: page('os.x') })).toEqual({ kind: 'ignore', why: 'own-session' });
      expect(decide({ current: own, offered: page('os.x'), offeredIsSpent: true }).kind).toBe('ignore');
      expect(decide({ current: own, offered: undefined, left: own.sub }).kind).toBe('ignore');
    }
  });

  it('ignores the same pair, and takes a later access token of the same pair', () => {
    const same = { ...page(current.refreshToken), accessToken: current.accessToken, expiresAt: current.expiresAt };
    expect(decide({ offered: same }).kind).toBe('ignore');
    const later = { ...same, accessToken: 'access-later-0000000000000', expiresAt: 9_000 };
    expect(decide({ offered: later })).toEqual({ kind: 'adopt' });
  });

  it('sets the borrowed session aside when the web app that lent it signs out', () => {
    expect(decide({ offered: undefined, left: 'YgUser' })).toEqual({ kind: 'park' });
    // Another account left that page: not ours.
    expect(decide({ offered: undefined, left: 'YgOther' })).toEqual({ kind: 'ignore', why: 'no-session' });
    expect(decide({ current: null, offered: undefined, left: 'YgUser' }).kind).toBe('ignore');
  });

  it('while a session is set aside: takes the same account signed in again, asks for another, refuses a dead pair', () => {
    const parked = { current: null, parkedSub: 'YgUser' };
    expect(decide({ ...parked, offered: page('os.again') })).toEqual({ kind: 'adopt' });
    expect(decide({ ...parked, offered: page('os.b', { sub: 'YgOther' }) })).toEqual({ kind: 'ask' });
    // A page planting a token the extension spent does not get the live pair (there is none in use to give).
    expect(decide({ ...parked, offered: page('os.old'), offeredIsSpent: true })).toEqual({
      kind: 'ignore',
      why: 'spent',
    });
  });
});

describe('mayWriteBack', () => {
  it('writes only a shared session of the same account into a page holding a token the extension spent', () => {
    const facts = { current, offered: page('os.old'), offeredIsSpent: true, paused: false };
    expect(mayWriteBack(facts)).toBe(true);
    expect(mayWriteBack({ ...facts, offeredIsSpent: false })).toBe(false);
    expect(mayWriteBack({ ...facts, offered: undefined })).toBe(false);
    expect(mayWriteBack({ ...facts, offered: page('os.old', { sub: 'YgOther' }) })).toBe(false);
    expect(mayWriteBack({ ...facts, paused: true })).toBe(false);
    expect(mayWriteBack({ ...facts, current: null })).toBe(false);
    expect(mayWriteBack({ ...facts, current: { ...current, detached: true } })).toBe(false);
    expect(mayWriteBack({ ...facts, current: { ...current, source: 'token' } })).toBe(false);
  });
});
