import type { Source } from '../model/sources.ts';

/**
 * What to do when playback fails. Links expire (~16 h, pikpak-api.md §7.3) and the CDN then answers 403, which the
 * media element reports as a network error or, on the first request, as "source not supported"; hls.js reports a
 * fatal network error. So the first failure since playback last moved fetches fresh links and carries on from the
 * same time. A failure right after fresh links is the file itself: the original then gives way to a transcode.
 * Pure.
 */
export type Failure =
  /** MEDIA_ERR_NETWORK, or hls.js's fatal network error. */
  | 'network'
  /** MEDIA_ERR_SRC_NOT_SUPPORTED: a format the browser cannot play, or a refused first request. */
  | 'unsupported'
  /** MEDIA_ERR_DECODE, or hls.js's fatal media error after its own recovery. */
  | 'decode'
  /** A video whose picture the browser cannot decode (it plays the sound only: no width after metadata). */
  | 'no-picture';

export type Recovery = 'refresh' | 'fallback' | 'give-up' | 'ignore';

export interface RecoveryInput {
  source: Source;
  failure: Failure;
  /** Fresh links were fetched since playback last moved forward. */
  refreshedSinceProgress: boolean;
  /** The file has a transcode to fall back to. */
  hasTranscode: boolean;
}

export function recoveryFor({ source, failure, refreshedSinceProgress, hasTranscode }: RecoveryInput): Recovery {
  const canFallBack = source.kind === 'original' && hasTranscode;
  switch (failure) {
    case 'no-picture':
      // Without a transcode the sound alone is better than nothing.
      return canFallBack ? 'fallback' : 'ignore';
    case 'decode':
      if (canFallBack) return 'fallback';
      return refreshedSinceProgress ? 'give-up' : 'refresh';
    case 'unsupported':
      if (!refreshedSinceProgress) return 'refresh';
      return canFallBack ? 'fallback' : 'give-up';
    case 'network':
      // Another rendition from the same CDN would fail the same way.
      return refreshedSinceProgress ? 'give-up' : 'refresh';
  }
}

/** The failure a media element's `error` stands for. */
export function failureOfMediaError(code: number | undefined): Failure {
  // MediaError codes: 1 aborted, 2 network, 3 decode, 4 source not supported.
  if (code === 2) return 'network';
  if (code === 3) return 'decode';
  return 'unsupported';
}
