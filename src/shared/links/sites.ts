/**
 * Web pages that mean something special: social/video pages PikPak turns into a download (product.md: X, TikTok,
 * Facebook, Telegram), and PikPak's own share pages, which are saved from the file browser instead.
 */
import { encodeStrict } from './clean.ts';
import type { ShareLink, SocialPlatform } from './types.ts';

const SOCIAL_HOSTS: Record<SocialPlatform, readonly string[]> = {
  x: ['x.com', 'twitter.com'],
  tiktok: ['tiktok.com'],
  facebook: ['facebook.com', 'fb.watch', 'fb.com'],
  telegram: ['t.me', 'telegram.me'],
};

/** Host prefixes that serve the same page; dropped from the dedup key so `m.facebook.com/x` = `facebook.com/x`. */
const MIRROR_PREFIX = /^(?:www|m|mobile|web)\./;

const SHARE_HOSTS = new Set(['mypikpak.com', 'mypikpak.net']);
/** Sub-domains that serve the same share page as the bare domain (`drive.mypikpak.com/s/…` is pasted too). */
const SHARE_HOST_PREFIX = /^(?:www|drive)\./;
/** Query parameters share posts carry the pass code in: the web app's `pwd`, and the names other sites use. */
const PASS_CODE_PARAMS = ['pwd', 'pass_code', 'password', 'code'] as const;
/** `/s/<shareId>[/<fileId>]`: the web app's share page, optionally opened at a sub-folder or file. */
const SHARE_PATH = /^\/s\/([A-Za-z0-9_-]{4,64})(?:\/([A-Za-z0-9_-]{4,64}))?\/?$/;

export function socialPlatform(hostname: string): SocialPlatform | null {
  for (const [platform, domains] of Object.entries(SOCIAL_HOSTS) as [SocialPlatform, readonly string[]][]) {
    if (domains.some((domain) => hostname === domain || hostname.endsWith(`.${domain}`))) return platform;
  }
  return null;
}

/** The dedup key of a social page: mirrors folded, twitter.com folded into x.com. */
export function socialKey(url: URL, platform: SocialPlatform): string {
  const key = new URL(url.href);
  key.hash = '';
  const host = key.hostname.replace(MIRROR_PREFIX, '');
  key.hostname = platform === 'x' && host === 'twitter.com' ? 'x.com' : host;
  return key.href;
}

export interface ShareRef {
  host: string;
  shareId: string;
  fileId?: string;
  passCode?: string;
}

export function shareRef(url: URL): ShareRef | null {
  const host = url.hostname.replace(SHARE_HOST_PREFIX, '');
  if (!SHARE_HOSTS.has(host)) return null;
  const match = SHARE_PATH.exec(url.pathname);
  const shareId = match?.[1];
  if (!match || shareId === undefined) return null;
  const ref: ShareRef = { host, shareId };
  if (match[2] !== undefined) ref.fileId = match[2];
  const passCode = PASS_CODE_PARAMS.map((name) => url.searchParams.get(name)?.trim() ?? '').find((code) => code);
  if (passCode) ref.passCode = passCode;
  return ref;
}

/**
 * A share link: recognised, but `sendable: false` — a share is saved into the drive from the file browser
 * (share/restore), not created as an offline task. The URL is canonical (https, no www, only the pass code kept);
 * the key names the share and folder, not the code.
 */
export function shareLink(ref: ShareRef, input: string): ShareLink {
  const path = ref.fileId === undefined ? ref.shareId : `${ref.shareId}/${ref.fileId}`;
  const query = ref.passCode === undefined ? '' : `?pwd=${encodeStrict(ref.passCode)}`;
  const link: ShareLink = {
    ok: true,
    kind: 'pikpak-share',
    input,
    url: `https://${ref.host}/s/${path}${query}`,
    key: `pikpak-share:${path}`,
    displayName: `${ref.host}/s/${path}`,
    sendable: false,
    unsendableReason: 'pikpak-share-link',
    shareId: ref.shareId,
  };
  if (ref.fileId !== undefined) link.fileId = ref.fileId;
  if (ref.passCode !== undefined) link.passCode = ref.passCode;
  return link;
}

/** Share posts put the code beside the link: `https://mypikpak.com/s/VOxx 提取码: ab12`, `…/s/VOxx，密码：ab12`. */
const NEARBY_PASS_CODE =
  /^\s{0,3}[,，;；]?\s{0,3}[(（[【]?\s*(?:提取码|密码|访问码|pwd|password|pass\s?code|code)\s*[:：=]?\s*([A-Za-z0-9]{4,16})(?![A-Za-z0-9])/i;

/** `link` with the pass code found in `after` (the next few dozen characters of text), if the URL has none. */
export function withNearbyPassCode(link: ShareLink, after: string): ShareLink {
  const passCode = NEARBY_PASS_CODE.exec(after)?.[1];
  if (link.passCode !== undefined || passCode === undefined) return link;
  const ref = shareRef(new URL(link.url));
  return ref ? { ...shareLink({ ...ref, passCode }, link.input), ...(link.via ? { via: link.via } : {}) } : link;
}
