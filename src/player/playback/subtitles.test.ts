import { describe, expect, it } from 'vitest';
import type { DriveItem } from '../../shared/domain.ts';
import { createSubtitles, decodeSubtitle } from './subtitles.ts';

const file = (id: string, name: string): DriveItem => ({
  id,
  kind: 'file',
  name,
  parentId: 'p',
  size: { bytes: 1, exact: '1' },
  phase: 'complete',
  starred: false,
  trashed: false,
});

function setUp(texts: Record<string, string>) {
  const fetched: string[] = [];
  const revoked: string[] = [];
  const subtitles = createSubtitles({
    fetchDetail: (id) => Promise.resolve({ ...file(id, id), medias: [], download: { url: `https://cdn/${id}` } }),
    fetchBytes: (url) => {
      fetched.push(url);
      const text = texts[url.slice('https://cdn/'.length)];
      if (text === undefined) return Promise.reject(new Error('403'));
      return Promise.resolve(new TextEncoder().encode(text).buffer);
    },
    makeUrl: (vtt) => `blob:${vtt}`,
    revokeUrl: (url) => revoked.push(url),
  });
  return { subtitles, fetched, revoked };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('createSubtitles', () => {
  it('turns the first file on, fetches it through a fresh link and gives its WebVTT as a URL', async () => {
    const { subtitles, fetched } = setUp({ a: '1\n00:00:01,000 --> 00:00:02,000\nHi' });
    subtitles.setFiles([{ item: file('a', 'Movie.srt') }, { item: file('b', 'Movie.en.srt'), language: 'en' }]);
    expect(subtitles.selected.value).toBe('a');
    await settle();
    expect(fetched).toEqual(['https://cdn/a']);
    expect(subtitles.tracks.value[0]?.src).toBe('blob:WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nHi\n');
    expect(subtitles.tracks.value[1]).toEqual({ id: 'b', name: 'Movie.en.srt', language: 'en' });
  });

  it('marks a file it could not fetch, and keeps "off" for the next video', async () => {
    const { subtitles } = setUp({});
    subtitles.setFiles([{ item: file('a', 'Movie.srt') }]);
    await settle();
    expect(subtitles.tracks.value[0]?.failed).toBe(true);
    subtitles.toggle();
    expect(subtitles.selected.value).toBeUndefined();
    subtitles.setFiles([{ item: file('c', 'Next.srt') }]);
    expect(subtitles.selected.value).toBeUndefined();
    subtitles.toggle();
    expect(subtitles.selected.value).toBe('c');
  });

  it('toggles back to the last choice and frees the old URLs when another video opens', async () => {
    const { subtitles, revoked } = setUp({ a: 'WEBVTT\n', b: 'WEBVTT\n' });
    subtitles.setFiles([{ item: file('a', 'M.srt') }, { item: file('b', 'M.en.srt'), language: 'en' }]);
    subtitles.select('b');
    await settle();
    subtitles.toggle();
    subtitles.toggle();
    expect(subtitles.selected.value).toBe('b');
    subtitles.setFiles([]);
    expect(revoked.sort()).toEqual(['blob:WEBVTT\n', 'blob:WEBVTT\n']);
    expect(subtitles.selected.value).toBeUndefined();
  });
});

describe('decodeSubtitle', () => {
  it('reads UTF-8, UTF-16 by its byte-order mark, and GB 18030 otherwise', () => {
    expect(decodeSubtitle(new TextEncoder().encode('字幕').buffer)).toBe('字幕');
    expect(decodeSubtitle(new Uint8Array([0xff, 0xfe, 0x57, 0x5b]).buffer)).toBe('字');
    expect(decodeSubtitle(new Uint8Array([0xfe, 0xff, 0x5b, 0x57]).buffer)).toBe('字');
    // "字幕" in GB 2312.
    expect(decodeSubtitle(new Uint8Array([0xd7, 0xd6, 0xc4, 0xbb]).buffer)).toBe('字幕');
  });
});
