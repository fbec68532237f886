/**
 * The shapes the link parser hands to "Send to PikPak" (context menus, popup quick add, shortcut).
 * Pure data: the background, the popup and tests all import it.
 */

/** Every kind of link the parser accepts. Only `url` goes to PikPak (`url.url` of POST /drive/v1/files). */
export const LINK_KINDS = ['magnet', 'ed2k', 'http', 'torrent-url', 'social', 'pikpak-share'] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

/**
 * Why a candidate was refused. Codes, not sentences: the UI translates them (one message key per code).
 * Keep the list in sync with the checks; a test asserts every code is reachable.
 */
export const REJECT_REASONS = [
  /** Nothing but whitespace or punctuation. */
  'empty',
  /** Longer than MAX_LINK_LENGTH: no real link is, and we refuse to spend time on it. */
  'too-long',
  /** No link syntax we know. */
  'not-a-link',
  /** A scheme PikPak cannot fetch: ftp:, javascript:, data:, file:, … */
  'unsupported-scheme',
  /** A magnet with no BitTorrent hash (no `xt=urn:btih:` / `urn:btmh:`). */
  'magnet-no-hash',
  /** A magnet whose btih/btmh is not 40 hex, 32 base32 or (v2) 1220+64 hex. */
  'magnet-bad-hash',
  /** ed2k:// that is not `|file|` (server, serverlist, friend, search links). */
  'ed2k-not-file',
  /** ed2k://|file| without the name|size|hash fields. */
  'ed2k-malformed',
  /** ed2k size not a positive integer (or beyond 2^53). */
  'ed2k-bad-size',
  /** ed2k hash not 32 hex digits (MD4). */
  'ed2k-bad-hash',
  /** thunder:// whose payload is not base64 of `AA<link>ZZ`. */
  'thunder-undecodable',
  /** thunder:// that decodes, but to something we would reject (see `innerReason`). */
  'thunder-inner-invalid',
  /** http(s):// the URL constructor refuses, or with no host. */
  'url-invalid',
  /** http(s):// with a space in it: almost always a link followed by text. */
  'url-has-spaces',
  /** localhost, a private/link-local IP or a dot-less intranet name: PikPak's servers cannot reach it. */
  'url-private-host',
  /** Looks like a bare hash, but not a 40-hex or 32-base32 info hash (e.g. an MD5 or a SHA-256). */
  'hash-unrecognised',
] as const;
export type RejectReason = (typeof REJECT_REASONS)[number];

/** Why an accepted link cannot go to offline download; the UI offers another action instead. */
export const UNSENDABLE_REASONS = [
  /** A PikPak share is saved into the drive from the file browser (share/restore), not as an offline task. */
  'pikpak-share-link',
] as const;
export type UnsendableReason = (typeof UNSENDABLE_REASONS)[number];

/** Platforms whose page URLs PikPak turns into a video download (product.md "Send links"). */
export const SOCIAL_PLATFORMS = ['x', 'tiktok', 'facebook', 'telegram'] as const;
export type SocialPlatform = (typeof SOCIAL_PLATFORMS)[number];

/**
 * A single candidate may be this long. Real magnets with a hundred trackers stay under ~10 KB; anything longer is
 * a pasted blob, not a link.
 */
export const MAX_LINK_LENGTH = 32_768;

interface LinkBase {
  ok: true;
  /** The text the link came from (trimmed; for extracted links the matched slice). */
  input: string;
  /** What goes into `url.url`. */
  url: string;
  /** dn, ed2k file name, last path segment, or host. Never empty. */
  displayName: string;
  /**
   * Deduplication key: `btih:<40 hex>` (or `btmh:<hex>` for v2-only magnets), `ed2k:<32 hex>`,
   * `pikpak-share:<id>[/<fileId>]`, else the URL as the URL parser normalises it (for social pages also with
   * www./m. mirrors and twitter.com → x.com folded). Equal keys = the same download.
   */
  key: string;
  /** Set when the link arrived wrapped in a thunder:// link (`input` keeps the thunder form). */
  via?: 'thunder';
}

export interface MagnetLink extends LinkBase {
  kind: 'magnet';
  sendable: true;
  /** v1 info hash, 40 lowercase hex; absent only for v2-only magnets. */
  btih?: string;
  /** v2 multihash (`1220` + 64 hex, lowercase) when the magnet carries one. */
  btmh?: string;
  /** `dn`, decoded; absent if the magnet has none. */
  name?: string;
  /** `xl` (exact length) when it is a number. */
  size?: number;
  /** Every distinct `tr`, in order. */
  trackers: string[];
}

export interface Ed2kLink extends LinkBase {
  kind: 'ed2k';
  sendable: true;
  /** MD4, 32 lowercase hex. */
  hash: string;
  size: number;
  /** File name, URL-decoded for display. */
  name: string;
}

export interface HttpLink extends LinkBase {
  kind: 'http' | 'torrent-url';
  sendable: true;
}

export interface SocialLink extends LinkBase {
  kind: 'social';
  sendable: true;
  platform: SocialPlatform;
}

export interface ShareLink extends LinkBase {
  kind: 'pikpak-share';
  sendable: false;
  unsendableReason: UnsendableReason;
  shareId: string;
  /** A sub-folder or file inside the share (`/s/<id>/<fileId>`). */
  fileId?: string;
  /** `?pwd=`, or a "提取码: xxxx" next to the link in free text. */
  passCode?: string;
}

export type ParsedLink = MagnetLink | Ed2kLink | HttpLink | SocialLink | ShareLink;

export interface RejectedLink {
  ok: false;
  input: string;
  reason: RejectReason;
  /** For `thunder-inner-invalid`: why the decoded link was refused. */
  innerReason?: RejectReason;
}

export type LinkResult = ParsedLink | RejectedLink;

export function reject(input: string, reason: RejectReason): RejectedLink {
  return { ok: false, input, reason };
}

export function isRejectReason(value: unknown): value is RejectReason {
  return typeof value === 'string' && (REJECT_REASONS as readonly string[]).includes(value);
}
