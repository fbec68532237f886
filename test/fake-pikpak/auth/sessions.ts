import { createHash, createHmac, randomBytes } from 'node:crypto';
import type { FakeClock } from '../core/clock.ts';
import { base64url } from '../core/format.ts';

/**
 * Access and refresh tokens (pikpak-api.md §3.1–3.2).
 * - Access tokens are JWT-shaped with iss/sub/aud/iat/exp on the fake clock; the fake keeps every
 *   token it issued, so a forged or unknown token is rejected even if it decodes.
 * - Refresh tokens rotate: each use returns a new one and kills the old one.
 * - Old access tokens stay valid until they expire after a refresh (guess: the sources only show
 *   refresh-token rotation, and OAuth servers normally leave issued access tokens alone).
 */
export const ACCESS_TOKEN_TTL_SECONDS = 7200;

export interface TokenPair {
  token_type: 'Bearer';
  access_token: string;
  refresh_token: string;
  expires_in: number;
  sub: string;
}

export interface AccessRecord {
  sub: string;
  clientId: string;
  sessionId: string;
  expMs: number;
  /** Set by control.expireAccessTokens() or revoke. */
  forcedExpired: boolean;
}

interface Session {
  sub: string;
  clientId: string;
  refreshToken: string;
  revoked: boolean;
}

interface RefreshRecord {
  sessionId: string;
  clientId: string;
  used: boolean;
}

export type RefreshOutcome =
  { ok: true; pair: TokenPair } | { ok: false; reason: 'rotated' | 'unknown' | 'wrong-client' | 'client-secret' };

export function createSessionStore(clock: FakeClock, secret: Buffer) {
  const sessions = new Map<string, Session>();
  const refreshTokens = new Map<string, RefreshRecord>();
  const accessTokens = new Map<string, AccessRecord>();

  function mintAccess(sessionId: string, sub: string, clientId: string): string {
    const iat = Math.floor(clock.now() / 1000);
    const exp = iat + ACCESS_TOKEN_TTL_SECONDS;
    const header = base64url(JSON.stringify({ alg: 'RS256', kid: 'fake-pikpak-key', typ: 'JWT' }));
    const jti = randomBytes(8).toString('hex');
    const payload = base64url(
      JSON.stringify({
        iss: 'https://user.mypikpak.com',
        sub,
        aud: clientId,
        exp,
        iat,
        at_hash: createHash('sha256').update(jti).digest('base64url').slice(0, 22),
        scope: 'pan user offline',
        project_id: '2w44tq',
        jti,
      }),
    );
    // Real tokens are RS256; the fake signs with HMAC because nobody can verify PikPak's key anyway.
    const signature = createHmac('sha256', secret).update(`${header}.${payload}`).digest('base64url');
    const token = `${header}.${payload}.${signature}`;
    accessTokens.set(token, { sub, clientId, sessionId, expMs: exp * 1000, forcedExpired: false });
    return token;
  }

  function mintRefresh(sessionId: string, clientId: string): string {
    const token = `os.${randomBytes(30).toString('base64url')}`;
    refreshTokens.set(token, { sessionId, clientId, used: false });
    return token;
  }

  function pairFor(sessionId: string, session: Session): TokenPair {
    session.refreshToken = mintRefresh(sessionId, session.clientId);
    return {
      token_type: 'Bearer',
      access_token: mintAccess(sessionId, session.sub, session.clientId),
      refresh_token: session.refreshToken,
      expires_in: ACCESS_TOKEN_TTL_SECONDS,
      sub: session.sub,
    };
  }

  return {
    issue(sub: string, clientId: string): TokenPair {
      const sessionId = randomBytes(8).toString('hex');
      const session: Session = { sub, clientId, refreshToken: '', revoked: false };
      sessions.set(sessionId, session);
      return pairFor(sessionId, session);
    },

    /** `clientAuthenticated` false (a missing or wrong client_secret) fails after the binding check, burning nothing. */
    refresh(refreshToken: string, clientId: string, clientAuthenticated = true): RefreshOutcome {
      const record = refreshTokens.get(refreshToken);
      if (!record) return { ok: false, reason: 'unknown' };
      const session = sessions.get(record.sessionId);
      if (!session || session.revoked || record.used) return { ok: false, reason: 'rotated' };
      // Refresh tokens are client-bound (youming-ai#2): the wrong client id fails and burns nothing.
      if (record.clientId !== clientId) return { ok: false, reason: 'wrong-client' };
      if (!clientAuthenticated) return { ok: false, reason: 'client-secret' };
      record.used = true;
      return { ok: true, pair: pairFor(record.sessionId, session) };
    },

    /** Returns the record for a live token, or undefined when unknown, expired or revoked. */
    verifyAccess(token: string): AccessRecord | undefined {
      const record = accessTokens.get(token);
      if (!record || record.forcedExpired || record.expMs <= clock.now()) return undefined;
      const session = sessions.get(record.sessionId);
      return session && !session.revoked ? record : undefined;
    },

    /** Kills every token of the session the access token belongs to. */
    revoke(accessToken: string): boolean {
      const record = accessTokens.get(accessToken);
      const session = record && sessions.get(record.sessionId);
      if (!session) return false;
      session.revoked = true;
      return true;
    },

    expireAllAccessTokens(): number {
      let count = 0;
      for (const record of accessTokens.values()) {
        if (!record.forcedExpired) count++;
        record.forcedExpired = true;
      }
      return count;
    },

    /** The refresh token a session currently holds (for tests that inspect rotation). */
    currentRefreshToken(accessToken: string): string | undefined {
      const record = accessTokens.get(accessToken);
      return record ? sessions.get(record.sessionId)?.refreshToken : undefined;
    },
  };
}

export type SessionStore = ReturnType<typeof createSessionStore>;
