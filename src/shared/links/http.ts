/**
 * http(s) links: validated with the URL constructor (the WHATWG parser every browser and Node share), then
 * classified: `.torrent` files, social/video pages, PikPak share pages, or plain downloads.
 */
import { hasSpace, safeDecode } from './clean.ts';
import { shareLink, shareRef, socialKey, socialPlatform } from './sites.ts';
import { reject, type HttpLink, type RejectedLink, type ShareLink, type SocialLink } from './types.ts';

/**
 * What DNS can resolve, after the URL parser's IDNA step: letters, digits, `-`, `.` (and `_`, which works in
 * practice), or a bracketed IPv6. The WHATWG parser lets through `)`, `!`, `*`… which no real host has.
 */
const HOSTNAME = /^(?:[a-z0-9_-]+\.)*[a-z0-9_-]+\.?$|^\[[0-9a-f:.]+\]$/;

/** Parses a candidate that starts with `http:` or `https:` (already stripped of wrapping and `&amp;`). */
export function parseHttp(text: string, input: string): HttpLink | SocialLink | ShareLink | RejectedLink {
  // A space means "link, then words" far more often than a raw space in a path; the caller extracts the link.
  if (hasSpace(text)) return reject(input, 'url-has-spaces');
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return reject(input, 'url-invalid');
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || !HOSTNAME.test(url.hostname))
    return reject(input, 'url-invalid');
  if (isPrivateHost(url.hostname)) return reject(input, 'url-private-host');

  const share = shareRef(url);
  if (share) return shareLink(share, input);
  const platform = socialPlatform(url.hostname);
  if (platform) {
    // A post is named by its path (and for Facebook's `watch/?v=` its query), so show both.
    const page = `${url.hostname}${url.pathname.replace(/\/$/, '')}${url.search}`;
    return {
      ok: true,
      kind: 'social',
      input,
      url: url.href,
      key: socialKey(url, platform),
      displayName: page,
      sendable: true,
      platform,
    };
  }
  const kind = /\.torrent$/i.test(url.pathname) ? 'torrent-url' : 'http';
  return {
    ok: true,
    kind,
    input,
    url: url.href,
    key: url.href,
    displayName: lastSegment(url) ?? displayHost(url, text),
    sendable: true,
  };
}

/** The host as the user wrote it: the URL parser turns `例子.测试` into punycode, which nobody can read. */
function displayHost(url: URL, text: string): string {
  if (!url.hostname.includes('xn--')) return url.hostname;
  const written = /^https?:\/\/(?:[^@/?#]*@)?([^/?#:]+)/i.exec(text)?.[1];
  return written ? safeDecode(written).toLowerCase() : url.hostname;
}

function lastSegment(url: URL): string | undefined {
  const segments = url.pathname.split('/').filter(Boolean);
  const last = segments.at(-1);
  return last === undefined ? undefined : safeDecode(last).trim() || undefined;
}

const PRIVATE_SUFFIX = /(?:^|\.)(?:localhost|local|lan|internal|intranet|home\.arpa)$/;

/**
 * Hosts PikPak's servers cannot reach: loopback, private and link-local addresses, `.local`/`.lan` names and
 * dot-less intranet names. Sending them would only produce a failed task. `hostname` is the URL's normalised form
 * (lowercase, punycode, IPv4 in dotted decimal, IPv6 in brackets).
 */
export function isPrivateHost(hostname: string): boolean {
  if (hostname.startsWith('[')) {
    const ip = hostname.slice(1, -1);
    return ip === '::' || ip === '::1' || /^f[cd]/.test(ip) || /^fe[89ab]/.test(ip) || ip.startsWith('::ffff:');
  }
  if (PRIVATE_SUFFIX.test(hostname) || !hostname.includes('.')) return true;
  const octets = /^(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(hostname)?.slice(1).map(Number);
  if (!octets) return false;
  const [a = 0, b = 0] = octets;
  return (
    a === 0 ||
    a === 10 ||
    a === 127 ||
    (a === 169 && b === 254) ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    (a === 100 && b >= 64 && b <= 127) ||
    a >= 224
  );
}
