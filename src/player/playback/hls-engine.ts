import Hls, { ErrorTypes, Events } from 'hls.js/light';
// hls.js's own transmuxing worker, shipped as a file of the extension: its default worker is a `blob:` URL, which
// the extension pages' script policy blocks. The light build suffices: PikPak's transcodes are MPEG-TS video with
// AAC (pikpak-api.md §7.3), and the light build leaves out subtitles-in-HLS, alternate audio, DRM and CMCD.
import workerPath from 'hls.js/dist/hls.worker.js?url';
import { linkAnswer, type Failure } from './recovery.ts';
import { byteRangePlaylist, looksLikePlaylist, streamKindOf, totalSizeOf } from './transcode-stream.ts';

/**
 * PikPak's transcodes in Chromium, which plays neither HLS nor MPEG-TS natively: hls.js transmuxes them into Media
 * Source Extensions. This module is loaded (dynamic import) only when a transcode is chosen.
 */
export interface HlsPlayback {
  destroy(): void;
}

export interface HlsCallbacks {
  /** Given up: the CDN refused a link (expired) or could not be reached, or what it serves cannot be played. */
  onFatal(failure: Extract<Failure, 'link-refused' | 'unreachable' | 'decode'>, detail: string): void;
}

/** Without a known duration, byte ranges are sized for this bit rate (PikPak's 720P transcodes are about 1.8 Mbit/s). */
const ASSUMED_BYTES_PER_SECOND = 225_000;

/** Plays a transcode link in `media` from `startAt` (seconds; the start when absent). The caller starts playback. */
export function playTranscode(
  media: HTMLMediaElement,
  url: string,
  durationSeconds: number | undefined,
  startAt: number | undefined,
  callbacks: HlsCallbacks,
): HlsPlayback {
  let hls: Hls | undefined;
  let playlistUrl: string | undefined;
  let destroyed = false;
  void playlistFor(url, durationSeconds).then(
    (playlist) => {
      playlistUrl = playlist.startsWith('blob:') ? playlist : undefined;
      if (destroyed) return release();
      hls = start(playlist);
    },
    (error: unknown) => {
      if (!destroyed) callbacks.onFatal(error instanceof StreamError ? error.failure : 'unreachable', String(error));
    },
  );

  function start(playlist: string): Hls {
    const instance = new Hls({ workerPath, enableWorker: true, startPosition: startAt ?? -1 });
    let recoveredMedia = false;
    instance.on(Events.ERROR, (_event, data) => {
      if (!data.fatal) return;
      // A decoding hiccup is recovered once in place (hls.js's documented way); a second one is reported.
      if (data.type === ErrorTypes.MEDIA_ERROR && !recoveredMedia) {
        recoveredMedia = true;
        instance.recoverMediaError();
        return;
      }
      if (data.type !== ErrorTypes.NETWORK_ERROR) return callbacks.onFatal('decode', data.details);
      const answer = linkAnswer(data.response?.code);
      callbacks.onFatal(
        answer === 'refused' ? 'link-refused' : 'unreachable',
        `${data.details} ${data.response?.code}`,
      );
    });
    instance.loadSource(playlist);
    instance.attachMedia(media);
    return instance;
  }

  function release() {
    if (playlistUrl !== undefined) URL.revokeObjectURL(playlistUrl);
    playlistUrl = undefined;
  }

  return {
    destroy() {
      destroyed = true;
      hls?.destroy();
      hls = undefined;
      release();
    },
  };
}

class StreamError extends Error {
  constructor(
    readonly failure: 'link-refused' | 'unreachable' | 'decode',
    message: string,
  ) {
    super(message);
  }
}

/** The playlist to give hls.js: the link itself when it is one, else a `blob:` playlist of byte ranges over it. */
async function playlistFor(url: string, durationSeconds: number | undefined): Promise<string> {
  if (looksLikePlaylist(url)) return url;
  // Two packets tell MPEG-TS (a sync byte every 188) from a playlist, and the range answer gives the total size.
  const response = await fetch(url, { headers: { Range: 'bytes=0-375' } });
  const answer = linkAnswer(response.status);
  if (answer !== 'ok')
    throw new StreamError(answer === 'refused' ? 'link-refused' : 'unreachable', `HTTP ${response.status}`);
  const start = await firstBytes(response, 376);
  const kind = streamKindOf(start);
  if (kind === 'hls') return url;
  const size = totalSizeOf(response.headers.get('content-range'), response.headers.get('content-length'));
  if (kind !== 'mpegts' || size === undefined) throw new StreamError('decode', `not a stream hls.js plays (${kind})`);
  const seconds =
    durationSeconds !== undefined && durationSeconds > 0 ? durationSeconds : size / ASSUMED_BYTES_PER_SECOND;
  const playlist = byteRangePlaylist(url, size, seconds);
  return URL.createObjectURL(new Blob([playlist], { type: 'application/vnd.apple.mpegurl' }));
}

/** The first `count` bytes, without reading the rest of a server that ignored the range. */
async function firstBytes(response: Response, count: number): Promise<Uint8Array> {
  const reader = response.body?.getReader();
  if (reader === undefined) return new Uint8Array(await response.arrayBuffer()).subarray(0, count);
  const chunks: Uint8Array[] = [];
  let length = 0;
  while (length < count) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    length += value.length;
  }
  void reader.cancel().catch(() => undefined);
  const bytes = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes.subarray(0, count);
}
