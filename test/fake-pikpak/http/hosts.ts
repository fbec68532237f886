/**
 * Which part of PikPak a Host header names. Both listeners dispatch on it, so the browser (through
 * --host-resolver-rules) and Node tests (through the fake fetch) reach the same routes.
 */
export type HostRole = 'user' | 'drive' | 'web' | 'thumbnail' | 'cdn' | 'static';

export function hostRole(host: string): HostRole | undefined {
  const name = stripPort(host).toLowerCase();
  switch (name) {
    case 'user.mypikpak.com':
    case 'user.mypikpak.net':
      return 'user';
    case 'api-drive.mypikpak.com':
    case 'api-drive.mypikpak.net':
      return 'drive';
    case 'mypikpak.com':
    case 'mypikpak.net':
      return 'web';
    case 'sg-thumbnail-drive.mypikpak.com':
      return 'thumbnail';
    // Not in the brief, but icon_link values point here; serving a tiny icon keeps pages tidy.
    case 'static.mypikpak.com':
      return 'static';
  }
  if (/^dl-[a-z0-9-]+\.mypikpak\.com$/.test(name)) return 'cdn';
  return undefined;
}

export function stripPort(host: string): string {
  if (host.startsWith('[')) return host.slice(0, host.indexOf(']') + 1);
  const colon = host.lastIndexOf(':');
  return colon === -1 ? host : host.slice(0, colon);
}

/** `mypikpak.com` or `mypikpak.net`, whichever family the request came in on. */
export function baseDomain(host: string): 'mypikpak.com' | 'mypikpak.net' {
  return stripPort(host).toLowerCase().endsWith('mypikpak.net') ? 'mypikpak.net' : 'mypikpak.com';
}
