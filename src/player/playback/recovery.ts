import type { Source } from '../model/sources.ts';

/**
 * What to do when playback fails. Links expire (~16 h, pikpak-api.md §7.3) and the CDN then refuses them (403); the
 * media element does not say why it failed, so the page asks the CDN (one byte of the link) and a refused link is
 * fetched again and played on from the same time. A link the CDN serves but the browser cannot play is the file's
 * format: the original gives way to a transcode. A refusal that fresh links do not cure, or a CDN that cannot be
 * reached, ends in a message with Try again. Pure.
 */
export type Failure =
  /** The CDN refused the link (401, 403, 404, 410): expired, or signed for a session that ended. */
  | 'link-refused'
  /** No answer, or a server error: offline, or the CDN is down. */
  | 'unreachable'
  /** The CDN serves the link but the browser cannot play what it serves. */
  | 'unsupported'
  /** MEDIA_ERR_DECODE, or hls.js's fatal media error after its own recovery. */
  | 'decode'
  /** A video whose picture the browser cannot decode (it plays the sound only: no width after metadata). */
  | 'no-picture';

export type Recovery = 'refresh' | 'fallback' | 'give-up' | 'ignore';

/** Fresh links fetched this many times without playback moving on in between: the refusal is not expiry. */
export const MAX_REFRESHES = 2;

export interface RecoveryInput {
  source: Source;
  failure: Failure;
  /** Fresh links fetched since playback last moved forward. */
  refreshes: number;
  /** The file has a transcode to fall back to. */
  hasTranscode: boolean;
}

export function recoveryFor({ source, failure, refreshes, hasTranscode }: RecoveryInput): Recovery {
  const canFallBack = source.kind === 'original' && hasTranscode;
  switch (failure) {
    case 'link-refused':
      return refreshes < MAX_REFRESHES ? 'refresh' : 'give-up';
    case 'unreachable':
      // Another rendition from the same CDN would fail the same way; one more try, then Try again is the user's.
      return refreshes < 1 ? 'refresh' : 'give-up';
    case 'no-picture':
      // Without a transcode the sound alone is better than nothing.
      return canFallBack ? 'fallback' : 'ignore';
    case 'unsupported':
    case 'decode':
      if (canFallBack) return 'fallback';
      return refreshes < 1 ? 'refresh' : 'give-up';
  }
}

/** How the CDN answered a link: served, refused (the link is the problem) or failed (the CDN is). */
export function linkAnswer(status: number | undefined): 'ok' | 'refused' | 'unreachable' {
  if (status === undefined || status === 0) return 'unreachable';
  if (status >= 200 && status < 300) return 'ok';
  return [401, 403, 404, 410].includes(status) ? 'refused' : 'unreachable';
}

/**
 * The failure behind a media element's `error`, given how the CDN answers its link now. MediaError codes: 1 aborted,
 * 2 network, 3 decode, 4 source not supported (also what Chromium reports for a refused first request).
 */
export function failureOfMediaError(code: number | undefined, answer: 'ok' | 'refused' | 'unreachable'): Failure {
  if (code === 3) return 'decode';
  if (answer === 'refused') return 'link-refused';
  if (answer === 'unreachable' || code === 2) return 'unreachable';
  return 'unsupported';
}
