import { describe, expect, it } from 'vitest';
import { mapCaptchaInit, mapTokens } from './auth-mappers.ts';
import { DecodeError } from './decode.ts';

/** A JWT-shaped token whose payload carries `claims` (the signature is not read). */
const jwt = (claims: Record<string, unknown>): string =>
  ['{"alg":"RS256"}', JSON.stringify(claims)].map((part) => Buffer.from(part).toString('base64url')).join('.') +
  '.c2ln';

describe('tokens and captcha', () => {
  it('turns expires_in into an absolute time at receipt', () => {
    const pair = mapTokens(
      {
        token_type: 'Bearer',
        access_token: 'a'.repeat(20),
        refresh_token: 'os.r',
        expires_in: 7200,
        sub: 'Y0M8RSWsPDM_qMf6',
      },
      1_000,
    );
    expect(pair).toEqual({
      accessToken: 'a'.repeat(20),
      refreshToken: 'os.r',
      expiresAt: 7_201_000,
      sub: 'Y0M8RSWsPDM_qMf6',
    });
    expect(() => mapTokens({ access_token: 'a', refresh_token: '', expires_in: 1, sub: 's' }, 0)).toThrow(DecodeError);
  });

  it('tells a token from a human check', () => {
    expect(mapCaptchaInit({ captcha_token: 'ck0.a.b', expires_in: 300 })).toEqual({
      kind: 'token',
      token: 'ck0.a.b',
      expiresInMs: 300_000,
    });
    expect(
      mapCaptchaInit({
        captcha_token: '',
        expires_in: 300,
        url: 'https://user.mypikpak.com/captcha/v2/spritePuzzle.html?x',
      }),
    ).toEqual({
      kind: 'human-check',
      url: 'https://user.mypikpak.com/captcha/v2/spritePuzzle.html?x',
    });
    expect(() => mapCaptchaInit({ expires_in: 300 })).toThrow(DecodeError);
  });

  it('accepts a refresh answer without sub: the known account id stands, else the token’s own (§12)', () => {
    const answer = {
      token_type: 'Bearer',
      access_token: jwt({ sub: 'FromTheJwt000001' }),
      refresh_token: 'os.r',
      expires_in: 7200,
    };
    expect(mapTokens(answer, 0, 'Y0M8RSWsPDM_qMf6').sub).toBe('Y0M8RSWsPDM_qMf6');
    expect(mapTokens(answer, 0).sub).toBe('FromTheJwt000001');
    expect(mapTokens({ ...answer, sub: 'FromTheAnswer001' }, 0, 'Y0M8RSWsPDM_qMf6').sub).toBe('FromTheAnswer001');
    // Nothing names the account: not a usable pair.
    expect(() => mapTokens({ ...answer, access_token: 'opaque' }, 0)).toThrow(DecodeError);
  });
});
