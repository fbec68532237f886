import { describe, expect, it } from 'vitest';
import { decideOnOffer } from './offer-decision.ts';
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

describe('decideOnOffer', () => {
  it('adopts the page session when the extension has none', () => {
    expect(decideOnOffer({ current: null, offered: page('os.a'), offeredIsSpent: false, paused: false })).toEqual({
      kind: 'adopt',
    });
  });

  it('ignores a signed-out page and keeps its own session', () => {
    expect(decideOnOffer({ current, offered: undefined, offeredIsSpent: false, paused: false })).toEqual({
      kind: 'ignore',
      why: 'no-session',
    });
  });

  it('does not adopt while the user has signed the extension out', () => {
    expect(decideOnOffer({ current: null, offered: page('os.a'), offeredIsSpent: false, paused: true }).kind).toBe(
      'ignore',
    );
  });

  it('hands the newer pair to a page that holds a token the extension rotated away', () => {
    expect(decideOnOffer({ current, offered: page('os.old'), offeredIsSpent: true, paused: false })).toEqual({
      kind: 'write-back',
    });
  });

  it('takes the page pair when the web app refreshed by itself', () => {
    expect(decideOnOffer({ current, offered: page('os.newer'), offeredIsSpent: false, paused: false })).toEqual({
      kind: 'adopt',
    });
  });

  it('follows the web app to another account when the session came from the web app', () => {
    const other = page('os.other', { sub: 'YgOther' });
    expect(decideOnOffer({ current, offered: other, offeredIsSpent: false, paused: false }).kind).toBe('adopt');
  });

  it('keeps a session the user made by token or password', () => {
    const own = { ...current, source: 'password' as const };
    expect(decideOnOffer({ current: own, offered: page('os.x'), offeredIsSpent: false, paused: false })).toEqual({
      kind: 'ignore',
      why: 'own-session',
    });
  });

  it('ignores the same pair, and takes a later access token of the same pair', () => {
    const same = { ...page(current.refreshToken), accessToken: current.accessToken, expiresAt: current.expiresAt };
    expect(decideOnOffer({ current, offered: same, offeredIsSpent: false, paused: false }).kind).toBe('ignore');
    const later = { ...same, accessToken: 'access-later-0000000000000', expiresAt: 9_000 };
    expect(decideOnOffer({ current, offered: later, offeredIsSpent: false, paused: false }).kind).toBe('adopt');
  });
});
