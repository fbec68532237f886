import { storedSession } from '../../../src/background/session/session-store.ts';
import type { FakePikPak } from '../../fake-pikpak/index.ts';

/** Stores a session the fake just issued, as the worker keeps it after a pasted token: signed in, tokens fresh. */
export async function storeIssuedSession(fake: FakePikPak, deviceId: string): Promise<void> {
  const pair = fake.control.issueSession();
  await storedSession.set({
    accessToken: pair.access_token,
    refreshToken: pair.refresh_token,
    expiresAt: fake.control.clock.now() + pair.expires_in * 1000,
    sub: pair.sub,
    source: 'token',
    platform: 'web',
    deviceId,
    updatedAt: Date.now(),
  });
}
