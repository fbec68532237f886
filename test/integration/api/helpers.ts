import { createPikPakClient, type PikPakClient, type PikPakClientOptions } from '../../../src/api/client.ts';
import { isPikPakError, type PikPakError } from '../../../src/api/errors.ts';
import type { SessionTokens, TokenStore } from '../../../src/api/session-types.ts';
import type { FakePikPak, TokenPair } from '../../fake-pikpak/index.ts';

/** Shared by the API client's integration tests: a device, an observable token store, a client on the fake. */

export const DEVICE = '0123456789abcdef0123456789abcdef';

export interface TestStore extends TokenStore {
  pair: SessionTokens | undefined;
  saves: SessionTokens[];
  clears: number;
  /** Runs inside save() before it resolves (e.g. to record the fake's log length, or to wait). */
  onSave?: (tokens: SessionTokens) => Promise<void> | void;
}

export function memoryStore(initial?: SessionTokens): TestStore {
  const store: TestStore = {
    pair: initial,
    saves: [],
    clears: 0,
    get: () => Promise.resolve(store.pair),
    async save(tokens) {
      await store.onSave?.(tokens);
      store.pair = tokens;
      store.saves.push(tokens);
    },
    clear() {
      store.pair = undefined;
      store.clears++;
      return Promise.resolve();
    },
  };
  return store;
}

/** The fake's sign-in answer in the client's shape. */
export function pairFrom(fake: FakePikPak, wire: TokenPair = fake.control.issueSession()): SessionTokens {
  return {
    accessToken: wire.access_token,
    refreshToken: wire.refresh_token,
    expiresAt: fake.control.clock.now() + wire.expires_in * 1000,
    sub: wire.sub,
  };
}

export function makeClient(
  fake: FakePikPak,
  store: TokenStore,
  options: Partial<PikPakClientOptions> = {},
): PikPakClient {
  return createPikPakClient({
    fetch: fake.fetch,
    deviceId: () => Promise.resolve(DEVICE),
    tokens: store,
    now: () => fake.control.clock.now(),
    ...options,
  });
}

/** The PikPakError a promise rejects with (fails the test if it resolves or throws something else). */
export async function failure(promise: Promise<unknown>): Promise<PikPakError> {
  try {
    await promise;
  } catch (error) {
    if (isPikPakError(error)) return error;
    throw error;
  }
  throw new Error('expected a PikPakError, but the call succeeded');
}

/** Waits until `check` holds (polling), for server-side effects that outlive a client's abandoned request. */
export async function until(check: () => boolean, timeoutMs = 3000): Promise<void> {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > timeoutMs) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Requests whose body is JSON, decoded (the fake logs parsed bodies). */
export function captchaInits(fake: FakePikPak): { action: string; clientVersion: string; captchaToken: string }[] {
  return fake.log.filter({ path: '/v1/shield/captcha/init' }).map((entry) => {
    const body = entry.body as { action: string; captcha_token?: string; meta: { client_version?: string } };
    return {
      action: body.action,
      clientVersion: body.meta.client_version ?? '',
      captchaToken: body.captcha_token ?? '',
    };
  });
}
