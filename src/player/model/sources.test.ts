import { describe, expect, it } from 'vitest';
import type { DriveItemDetail, MediaLink } from '../../shared/domain.ts';
import { bestTranscode, codecName, initialSource, playability, sourcesOf, type Source } from './sources.ts';

const base: DriveItemDetail = {
  id: 'f1',
  kind: 'file',
  name: 'Movie.mp4',
  parentId: 'p',
  size: { bytes: 1, exact: '1' },
  phase: 'complete',
  starred: false,
  trashed: false,
  medias: [],
};
const media = (over: Partial<MediaLink>): MediaLink => ({
  name: '720P',
  isOrigin: false,
  isDefault: false,
  priority: 6,
  ...over,
});

describe('sourcesOf', () => {
  it('puts the original media first and the transcodes by height, highest first', () => {
    const sources = sourcesOf({
      ...base,
      download: { url: 'https://cdn/download' },
      medias: [
        media({
          name: 'Original',
          isOrigin: true,
          url: 'https://cdn/orig',
          resolution: '1080P',
          height: 1080,
          videoCodec: 'hevc',
        }),
        media({ name: '480P', resolution: '480P', height: 480, url: 'https://cdn/480.m3u8' }),
        media({ name: '720P', resolution: '720P', height: 720, url: 'https://cdn/720.m3u8', expiresAt: 5 }),
      ],
    });
    expect(sources).toEqual([
      {
        id: 'original',
        kind: 'original',
        url: 'https://cdn/orig',
        resolution: '1080P',
        height: 1080,
        videoCodec: 'hevc',
      },
      {
        id: 'transcode:720P',
        kind: 'transcode',
        url: 'https://cdn/720.m3u8',
        resolution: '720P',
        height: 720,
        expiresAt: 5,
      },
      { id: 'transcode:480P', kind: 'transcode', url: 'https://cdn/480.m3u8', resolution: '480P', height: 480 },
    ]);
  });

  it('uses the download link as the original when no media is the origin (audio, images, no medias)', () => {
    const sources = sourcesOf({ ...base, download: { url: 'https://cdn/d', expiresAt: 9 }, video: { height: 720 } });
    expect(sources).toEqual([{ id: 'original', kind: 'original', url: 'https://cdn/d', expiresAt: 9, height: 720 }]);
  });

  it('leaves out medias without a link and a second transcode of the same resolution', () => {
    const sources = sourcesOf({
      ...base,
      medias: [
        media({ name: 'Original', isOrigin: true }),
        media({ resolution: '720P', url: 'https://cdn/a' }),
        media({ resolution: '720P', url: 'https://cdn/b' }),
      ],
    });
    expect(sources.map((source) => source.url)).toEqual(['https://cdn/a']);
  });

  it('gives nothing for a file without links', () => {
    expect(sourcesOf(base)).toEqual([]);
  });
});

const original: Source = { id: 'original', kind: 'original', url: 'o', videoCodec: 'hevc' };
const t720: Source = { id: 'transcode:720P', kind: 'transcode', url: 't', resolution: '720P', height: 720 };
const chromium = (mime: string) => (mime.includes('avc1') ? 'probably' : '');

describe('playability', () => {
  it('asks canPlayType about a named codec and answers maybe for an unknown or unnamed one', () => {
    expect(playability(original, chromium)).toBe('no');
    expect(playability({ ...original, videoCodec: 'h264' }, chromium)).toBe('yes');
    expect(playability({ ...original, videoCodec: 'weird' }, chromium)).toBe('maybe');
    expect(playability({ id: 'original', kind: 'original', url: 'o' }, chromium)).toBe('maybe');
  });
});

describe('initialSource', () => {
  it('plays the original when the browser can', () => {
    expect(initialSource([{ ...original, videoCodec: 'h264' }, t720], chromium)).toEqual({
      source: { ...original, videoCodec: 'h264' },
    });
  });

  it('falls back to the best transcode when the browser cannot decode the original, naming the codec', () => {
    expect(initialSource([original, t720], chromium)).toEqual({ source: t720, fallbackFrom: 'HEVC' });
  });

  it('keeps an undecodable original when there is no transcode (the error then says so)', () => {
    expect(initialSource([original], chromium)).toEqual({ source: original });
  });

  it('takes the preferred quality when the file has it, else the original', () => {
    const h264 = { ...original, videoCodec: 'h264' };
    expect(initialSource([h264, t720], chromium, 'transcode:720P')).toEqual({ source: t720 });
    expect(initialSource([h264, t720], chromium, 'transcode:1080P')).toEqual({ source: h264 });
  });

  it('gives nothing without sources', () => {
    expect(initialSource([], chromium)).toBeUndefined();
  });
});

describe('bestTranscode and codecName', () => {
  it('finds the first transcode and names codecs as people know them', () => {
    expect(bestTranscode([original, t720])).toBe(t720);
    expect(bestTranscode([original])).toBeUndefined();
    expect([codecName('hevc'), codecName('h265'), codecName('h264'), codecName('av1')]).toEqual([
      'HEVC',
      'HEVC',
      'H.264',
      'AV1',
    ]);
  });
});
