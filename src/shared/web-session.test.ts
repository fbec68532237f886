import { describe, expect, it } from 'vitest';
import { isWebSession, parseWebCredentials, SHAPE_LIMITS, validateSnapshot } from './web-session.ts';

const ACCESS = `eyJhbGciOiJSUzI1NiJ9.${'a'.repeat(40)}.sig-_`;
const session = {
  accessToken: ACCESS,
  refreshToken: 'os.refresh-token',
  expiresAt: 1_700_000_000_000,
  sub: 'YgUser01',
};

describe('shape checks on offered sessions', () => {
  it('keeps a well-formed pair, device id and nothing else', () => {
    const snapshot = validateSnapshot({ session: { ...session, extra: 'x' }, deviceId: 'a'.repeat(32), holding: true });
    expect(snapshot).toEqual({ session, deviceId: 'a'.repeat(32) });
  });

  it('drops tokens with spaces, control or non-ASCII characters, or beyond the length caps', () => {
    const bad = [
      { accessToken: `${ACCESS} x` },
      { accessToken: `${ACCESS}\n` },
      { refreshToken: 'os.réfresh-token' },
      { refreshToken: 'short' },
      { accessToken: 'a'.repeat(SHAPE_LIMITS.accessToken.max + 1) },
      { refreshToken: 'r'.repeat(SHAPE_LIMITS.refreshToken.max + 1) },
      { sub: '' },
      { sub: 'Yg User' },
      { sub: 's'.repeat(SHAPE_LIMITS.sub.max + 1) },
      { sub: 42 },
      { expiresAt: Number.NaN },
      { expiresAt: '1700000000000' },
    ];
    for (const change of bad) {
      expect(isWebSession({ ...session, ...change }), JSON.stringify(change).slice(0, 40)).toBe(false);
      expect(validateSnapshot({ session: { ...session, ...change } })).toEqual({});
    }
    expect(isWebSession({ ...session, accessToken: 'a'.repeat(SHAPE_LIMITS.accessToken.max) })).toBe(true);
  });

  it('applies the same checks to what the page stores', () => {
    const stored = (change: Record<string, unknown> = {}) => ({
      access_token: ACCESS,
      refresh_token: 'os.refresh-token',
      sub: 'YgUser01',
      expires_at: '2026-12-01T10:00:00.000Z',
      ...change,
    });
    expect(parseWebCredentials(stored())).toMatchObject({ sub: 'YgUser01', refreshToken: 'os.refresh-token' });
    expect(parseWebCredentials(stored({ refresh_token: 'os.with space' }))).toBeUndefined();
    expect(parseWebCredentials(stored({ expires_at: 'soon' }))).toBeUndefined();
  });

  it('keeps the account a page signed out of, only in an offer without a session', () => {
    expect(validateSnapshot({ left: 'YgUser01' })).toEqual({ left: 'YgUser01' });
    expect(validateSnapshot({ left: 'Yg User' })).toEqual({});
    expect(validateSnapshot({ session, left: 'YgUser01' })).toEqual({ session });
  });
});
