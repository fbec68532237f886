import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extensionOf } from './file-types.ts';
import type { VideoInfo } from './types.ts';

/**
 * Real bytes for files the CDN serves as they are: small media made by scripts/make-test-media.ts and committed
 * in test/fixtures/media (see manifest.json there), and text given inline (subtitles, notes). A file without
 * content keeps the CDN's deterministic pseudo-random bytes.
 */
export const CONTENT_KINDS = {
  /** 10 s, 320x180, 24 fps, H.264 Constrained Baseline + AAC LC, in MP4. */
  'sample-video': 'video-h264.mp4',
  /** The same clip as HEVC (`hvc1`) + AAC in MP4: a codec Debian's Chromium cannot play. */
  'sample-video-hevc': 'video-hevc.mp4',
  /** 4 s of beeps, AAC in MP4 (.m4a). */
  'sample-audio': 'audio.m4a',
  /** The same beeps as MP3. */
  'sample-audio-mp3': 'audio.mp3',
  /** 320x180 PNG test pattern. */
  'sample-image': 'image.png',
  /** 320x180 JPEG test pattern. */
  'sample-photo': 'photo.jpg',
} as const;

export type ContentKind = keyof typeof CONTENT_KINDS;
export type FileContent = ContentKind | { text: string };

/** The H.264 clip as one MPEG-TS file: what a transcode of any sample video serves. */
export const TRANSCODE_FILE = 'video-h264.mpegts';

export const MEDIA_DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'media');

export interface MediaFacts {
  bytes: number;
  sha256: string;
  durationSeconds: number;
  bitRate: number;
  videoCodec?: string;
  audioCodec?: string;
  frameRate?: number;
  width?: number;
  height?: number;
  /** MPEG-TS only: 2 s pieces that each start at a key frame with their own PAT/PMT. */
  segments?: { offset: number; length: number; duration: number }[];
}

let manifest: Record<string, MediaFacts> | undefined;
const cache = new Map<string, Buffer>();

/** What manifest.json says about one fixture file. */
export function mediaFacts(fileName: string): MediaFacts {
  manifest ??= (JSON.parse(readFileSync(join(MEDIA_DIR, 'manifest.json'), 'utf8')) as { files: typeof manifest }).files;
  const facts = manifest?.[fileName];
  if (!facts) throw new Error(`fake-pikpak: test/fixtures/media/manifest.json has no ${fileName}`);
  return facts;
}

/** A fixture file's bytes, read once. */
export function mediaBytes(fileName: string): Buffer {
  let bytes = cache.get(fileName);
  if (!bytes) {
    bytes = readFileSync(join(MEDIA_DIR, fileName));
    cache.set(fileName, bytes);
  }
  return bytes;
}

export function contentBytes(content: FileContent): Buffer {
  return typeof content === 'string' ? mediaBytes(CONTENT_KINDS[content]) : Buffer.from(content.text, 'utf8');
}

/** True for content a transcode exists for (the sample videos). */
export function isVideoContent(content: FileContent | undefined): boolean {
  return content === 'sample-video' || content === 'sample-video-hevc';
}

/** Duration, size and codecs of a sample video, as `params` and `medias[].video` report them. */
export function contentVideo(content: FileContent | undefined): VideoInfo | undefined {
  if (!isVideoContent(content) || typeof content !== 'string') return undefined;
  const facts = mediaFacts(CONTENT_KINDS[content]);
  return {
    durationSeconds: Math.round(facts.durationSeconds),
    width: facts.width ?? 0,
    height: facts.height ?? 0,
    videoCodec: facts.videoCodec ?? 'h264',
    bitRate: facts.bitRate,
    frameRate: facts.frameRate ?? 24,
  };
}

/**
 * The Content-Type the CDN sends for a content file: the drive's MIME type, or text for inline text (`text/vtt`
 * for .vtt). Guess: the one public curl of a real CDN answer (a 206 for a shared .mp4) shows
 * `Content-Type: application/octet-stream`, so a client must not rely on the type; the fake sends the real one.
 */
export function contentType(content: FileContent, fileName: string, driveMime: string): string {
  if (typeof content === 'string') return driveMime || 'application/octet-stream';
  return extensionOf(fileName) === 'vtt' ? 'text/vtt; charset=utf-8' : 'text/plain; charset=utf-8';
}
