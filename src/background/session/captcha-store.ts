import type { CaptchaCache, CaptchaEntry } from '../../api/client.ts';
import type { CaptchaProfileName } from '../../api/identity.ts';
import { defineItem, isRecord } from '../../shared/storage.ts';

/**
 * Captcha tokens kept in `storage.session` (memory only, cleared with the browser), so a restarted worker reuses
 * them instead of minting one per action again: frequent captcha inits are what PikPak throttles (§9.5). The
 * signing profile PikPak accepted is kept in `local`, so the WU→W2 fallback is paid once per install.
 */
type Entries = Record<string, CaptchaEntry>;

const entries = defineItem<Entries>(
  'session',
  'captchaTokens',
  {},
  (value): value is Entries =>
    isRecord(value) && Object.values(value).every((entry) => isRecord(entry) && typeof entry.token === 'string'),
);

const profiles = defineItem<Record<string, CaptchaProfileName>>(
  'local',
  'captchaProfiles',
  {},
  (value): value is Record<string, CaptchaProfileName> =>
    isRecord(value) && Object.values(value).every((name) => typeof name === 'string'),
);

/** One cache per client identity (`web`, `android`): tokens and profiles are bound to the client id. */
export function storageCaptchaCache(identity: string, now: () => number = Date.now): CaptchaCache {
  const key = (action: string) => `${identity} ${action}`;
  return {
    async get(action) {
      return (await entries.get())[key(action)];
    },
    async set(action, entry) {
      const current = await entries.get();
      // Drop expired entries on the way, so per-file actions (`GET:/drive/v1/files/<id>`) do not pile up.
      const kept = Object.fromEntries(Object.entries(current).filter(([, e]) => e.expiresAt > now()));
      await entries.set({ ...kept, [key(action)]: entry });
    },
    async delete(action) {
      const current = await entries.get();
      await entries.set(Object.fromEntries(Object.entries(current).filter(([name]) => name !== key(action))));
    },
    async getProfile() {
      return (await profiles.get())[identity];
    },
    async setProfile(profile) {
      await profiles.set({ ...(await profiles.get()), [identity]: profile });
    },
  };
}
