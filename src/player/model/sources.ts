import type { DriveItemDetail, MediaLink } from '../../shared/domain.ts';

/**
 * What the player can play for a file: the original (PikPak's `is_origin` media, else the download link) and each
 * transcoded quality (the other medias, HLS renditions, pikpak-api.md §7.3). Pure: the page passes the browser's
 * `canPlayType`.
 */
export interface Source {
  /** Stable across link refreshes, so the same quality is found again in a fresh detail. */
  id: string;
  kind: 'original' | 'transcode';
  url: string;
  /** "1080P", "720P"… as PikPak names the resolution, when it does. */
  resolution?: string;
  height?: number;
  /** Seconds, when PikPak says (a transcode's playlist is written with it). */
  durationSeconds?: number;
  videoCodec?: string;
  expiresAt?: number;
}

export const ORIGINAL_ID = 'original';

/** The original first, then the transcodes from the highest resolution down. Entries without a URL are left out. */
export function sourcesOf(detail: DriveItemDetail): Source[] {
  const origin = detail.medias.find((media) => media.isOrigin && media.url);
  const original: Source | undefined = origin?.url
    ? fromMedia(origin, ORIGINAL_ID, 'original', origin.url)
    : detail.download
      ? {
          id: ORIGINAL_ID,
          kind: 'original',
          url: detail.download.url,
          ...(detail.download.expiresAt === undefined ? {} : { expiresAt: detail.download.expiresAt }),
          ...(detail.video?.height === undefined ? {} : { height: detail.video.height }),
        }
      : undefined;
  const seen = new Set<string>();
  const transcodes: Source[] = [];
  for (const media of detail.medias) {
    if (media.isOrigin || !media.url) continue;
    const id = `transcode:${media.resolution || media.name || media.height || transcodes.length}`;
    if (seen.has(id)) continue;
    seen.add(id);
    transcodes.push(fromMedia(media, id, 'transcode', media.url));
  }
  transcodes.sort((a, b) => (b.height ?? 0) - (a.height ?? 0));
  return original ? [original, ...transcodes] : transcodes;
}

function fromMedia(media: MediaLink, id: string, kind: Source['kind'], url: string): Source {
  return {
    id,
    kind,
    url,
    ...(media.resolution ? { resolution: media.resolution } : {}),
    ...(media.height === undefined ? {} : { height: media.height }),
    ...(media.durationSeconds === undefined ? {} : { durationSeconds: media.durationSeconds }),
    ...(media.videoCodec ? { videoCodec: media.videoCodec } : {}),
    ...(media.expiresAt === undefined ? {} : { expiresAt: media.expiresAt }),
  };
}

/** MIME types to ask `canPlayType` about, per codec name PikPak may send; an unlisted codec is not asked about. */
const CODEC_PROBES: Record<string, string> = {
  h264: 'video/mp4; codecs="avc1.640028"',
  avc: 'video/mp4; codecs="avc1.640028"',
  avc1: 'video/mp4; codecs="avc1.640028"',
  hevc: 'video/mp4; codecs="hvc1.1.6.L120.90"',
  h265: 'video/mp4; codecs="hvc1.1.6.L120.90"',
  hvc1: 'video/mp4; codecs="hvc1.1.6.L120.90"',
  hev1: 'video/mp4; codecs="hev1.1.6.L120.90"',
  vp8: 'video/webm; codecs="vp8"',
  vp9: 'video/webm; codecs="vp9"',
  av1: 'video/mp4; codecs="av01.0.08M.08"',
  mpeg4: 'video/mp4; codecs="mp4v.20.9"',
};

/** The name a person knows a codec by, for the notice ("HEVC"). */
export function codecName(codec: string): string {
  const names: Record<string, string> = { h265: 'HEVC', hvc1: 'HEVC', hev1: 'HEVC', avc: 'H.264', avc1: 'H.264' };
  return names[codec] ?? (codec === 'h264' ? 'H.264' : codec.toUpperCase());
}

/**
 * Can this browser play the source? `no` only when PikPak named a codec the browser says it cannot decode; `maybe`
 * when unknown (the media element's `error` decides then).
 */
export function playability(source: Source, canPlayType: (mime: string) => string): 'yes' | 'no' | 'maybe' {
  const probe = source.videoCodec === undefined ? undefined : CODEC_PROBES[source.videoCodec];
  if (probe === undefined) return 'maybe';
  return canPlayType(probe) === '' ? 'no' : 'yes';
}

/** The transcode to fall back to: the highest resolution. */
export function bestTranscode(sources: readonly Source[]): Source | undefined {
  return sources.find((source) => source.kind === 'transcode');
}

export interface InitialChoice {
  source: Source;
  /** Set when the original was passed over because the browser cannot decode it: its codec's name. */
  fallbackFrom?: string;
}

/**
 * What to play first: the quality the user chose before (kept across files of a session) when the file has it, else
 * the original, unless the browser cannot decode it and a transcode exists.
 */
export function initialSource(
  sources: readonly Source[],
  canPlayType: (mime: string) => string,
  preferredId?: string,
): InitialChoice | undefined {
  const preferred = preferredId === undefined ? undefined : sources.find((source) => source.id === preferredId);
  const first = preferred ?? sources[0];
  if (first === undefined) return undefined;
  if (first.kind !== 'original' || playability(first, canPlayType) !== 'no') return { source: first };
  const transcode = bestTranscode(sources);
  if (transcode === undefined) return { source: first };
  return { source: transcode, fallbackFrom: codecName(first.videoCodec ?? '') };
}
