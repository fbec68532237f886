/**
 * PikPak's host names (pikpak-api.md §1.1). The `.net` mirrors exist for networks that block the `.com`
 * names; the web app derives `user.<domain>` and `api-drive.<domain>` from its own page host.
 */
export const PIKPAK_DOMAINS = ['mypikpak.com', 'mypikpak.net'] as const;
export type PikPakDomain = (typeof PIKPAK_DOMAINS)[number];

export interface PikPakHosts {
  /** The web app, e.g. https://mypikpak.com */
  web: string;
  /** Sign-in, token refresh, captcha, user profile. */
  user: string;
  /** Files, offline tasks, shares, quota. */
  drive: string;
}

export function hostsFor(domain: PikPakDomain = 'mypikpak.com'): PikPakHosts {
  return {
    web: `https://${domain}`,
    user: `https://user.${domain}`,
    drive: `https://api-drive.${domain}`,
  };
}

/** True for the web app's own origins, the only pages whose session the extension may adopt. */
export function isPikPakWebOrigin(origin: string): boolean {
  return PIKPAK_DOMAINS.some((domain) => origin === `https://${domain}`);
}
