import type { AccountAbout, Membership, UserProfile } from '../../shared/domain.ts';
import type { PikPakClient } from '../client.ts';
import { mapAbout, mapMembership, mapUserProfile } from '../mappers.ts';

/** GET /v1/user/me on the user host (§3.2): profile, providers, whether a password is set. No captcha needed. */
export function getMe(client: PikPakClient): Promise<UserProfile> {
  return client.call({ host: 'user', method: 'GET', path: '/v1/user/me', captcha: false, decode: mapUserProfile });
}

/** GET /drive/v1/about (§7.6): storage quota (decimal strings), the cloud-download allowance, membership hints. */
export function getAbout(client: PikPakClient): Promise<AccountAbout> {
  return client.call({ host: 'drive', method: 'GET', path: '/drive/v1/about', decode: mapAbout });
}

/**
 * GET /drive/v1/privilege/vip (§7.6): the membership plan ("novip", "platinum", …), whether it is active and until
 * when. A drive call like any other, so it carries a captcha token (§3.5: the web app sends one on every call).
 */
export function getMembership(client: PikPakClient): Promise<Membership> {
  return client.call({ host: 'drive', method: 'GET', path: '/drive/v1/privilege/vip', decode: mapMembership });
}
