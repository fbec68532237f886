import type { AccountAbout, UserProfile } from '../../shared/domain.ts';
import type { PikPakClient } from '../client.ts';
import { mapAbout, mapUserProfile } from '../mappers.ts';

/** GET /v1/user/me on the user host (§3.2): profile, providers, whether a password is set. No captcha needed. */
export function getMe(client: PikPakClient): Promise<UserProfile> {
  return client.call({ host: 'user', method: 'GET', path: '/v1/user/me', captcha: false, decode: mapUserProfile });
}

/** GET /drive/v1/about (§7.6): storage quota (decimal strings), the cloud-download allowance, membership hints. */
export function getAbout(client: PikPakClient): Promise<AccountAbout> {
  return client.call({ host: 'drive', method: 'GET', path: '/drive/v1/about', decode: mapAbout });
}
