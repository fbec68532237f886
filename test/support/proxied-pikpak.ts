import { afterAll, beforeAll, beforeEach, vi } from 'vitest';
import { startFakePikPak, type FakePikPak } from '../fake-pikpak/index.ts';
import type { SeedName } from '../fake-pikpak/seeds/index.ts';
import { storeIssuedSession } from '../integration/background/stored-session.ts';
import { pikpakHostsTo, startConnectProxy, type ConnectProxy } from './connect-proxy.ts';

/**
 * The fake PikPak for tests that hand links to another program (aria2c): the worker's own API client reaches it
 * through `fake.fetch` (the global fetch, stubbed) with a stored signed-in session, and the other program reaches
 * its CDN over TLS through a CONNECT proxy under PikPak's real host names.
 */
export interface ProxiedPikPak {
  readonly fake: FakePikPak;
  readonly proxy: ConnectProxy;
}

export const DEVICE = '0123456789abcdef0123456789abcdef';

export function useProxiedFakePikPak(seed: SeedName = 'basic'): ProxiedPikPak {
  let fake: FakePikPak | undefined;
  let proxy: ConnectProxy | undefined;
  beforeAll(async () => {
    fake = await startFakePikPak({ https: true, seed });
    proxy = await startConnectProxy({ resolve: pikpakHostsTo(fake.httpsPort ?? 0) });
    vi.stubGlobal('fetch', fake.fetch);
  });
  afterAll(async () => {
    vi.unstubAllGlobals();
    await proxy?.close();
    await fake?.close();
  });
  beforeEach(async () => {
    if (fake) await storeIssuedSession(fake, DEVICE);
    fake?.log.clear();
  });
  return {
    get fake() {
      if (!fake) throw new Error('the fake starts in beforeAll');
      return fake;
    },
    get proxy() {
      if (!proxy) throw new Error('the proxy starts in beforeAll');
      return proxy;
    },
  };
}
