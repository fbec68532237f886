import { describe, expect, it } from 'vitest';
import type { DriveItem } from '../../shared/domain.ts';
import { baseName, neighboursOf, playerKindOf, subtitlesFor } from './folder.ts';

let next = 0;
const item = (name: string, over: Partial<DriveItem> = {}): DriveItem => ({
  id: `id${next++}`,
  kind: 'file',
  name,
  parentId: 'p',
  size: { bytes: 1, exact: '1' },
  phase: 'complete',
  starred: false,
  trashed: false,
  ...over,
});
const collator = new Intl.Collator('en', { numeric: true });

describe('playerKindOf', () => {
  it('takes PikPak’s category, then the MIME type, then the extension', () => {
    expect(playerKindOf(item('a', { category: 'VIDEO' }))).toBe('video');
    expect(playerKindOf(item('a', { mimeType: 'audio/mpeg' }))).toBe('audio');
    expect(playerKindOf(item('a.JPG'))).toBe('image');
    expect(playerKindOf(item('a.srt'))).toBe('other');
    expect(playerKindOf(item('Folder', { kind: 'folder' }))).toBe('other');
  });
});

describe('neighboursOf', () => {
  const ep2 = item('Episode 2.mkv');
  const ep10 = item('Episode 10.mp4');
  const song = item('Song.mp3');
  const ep1 = item('Episode 1.mp4');
  const folder = item('Extras', { kind: 'folder' });
  const photo = item('Poster.jpg');
  const cover = item('Cover.png');
  const subs = item('Episode 1.srt');
  const trashed = item('Episode 3.mp4', { trashed: true });
  const all = [ep2, ep10, song, ep1, folder, photo, cover, subs, trashed];

  it('goes through video and audio together in natural name order, skipping folders, images and others', () => {
    expect(neighboursOf(all, ep2, collator)).toEqual({ previous: ep1, next: ep10 });
    expect(neighboursOf(all, ep1, collator)).toEqual({ next: ep2 });
    expect(neighboursOf(all, song, collator)).toEqual({ previous: ep10 });
  });

  it('goes from image to image', () => {
    expect(neighboursOf(all, cover, collator)).toEqual({ next: photo });
    expect(neighboursOf(all, photo, collator)).toEqual({ previous: cover });
  });

  it('has none for a file the folder does not list or that is not media', () => {
    expect(neighboursOf(all, item('Gone.mp4'), collator)).toEqual({});
    expect(neighboursOf(all, subs, collator)).toEqual({});
  });
});

describe('subtitlesFor', () => {
  it('finds same-name and language-tagged subtitles, untagged first, VTT before SRT, case ignored', () => {
    const video = item('Movie (2010).mp4');
    const found = subtitlesFor(
      [
        item('movie (2010).zh_CN.srt'),
        item('Movie (2010).en.srt'),
        item('Movie (2010).srt'),
        item('Movie (2010).vtt'),
        item('Movie (2010).mp4'),
        item('Movie (2010) extras.srt'),
        item('Movie.srt'),
        item('Movie (2010).director commentary.srt'),
        item('Movie (2010).en.srt', { trashed: true }),
        item('Movie (2010).srt', { kind: 'folder' }),
      ],
      video,
    );
    expect(found.map((s) => [s.item.name, s.language])).toEqual([
      ['Movie (2010).vtt', undefined],
      ['Movie (2010).srt', undefined],
      ['Movie (2010).en.srt', 'en'],
      ['movie (2010).zh_CN.srt', 'zh-CN'],
    ]);
  });

  it('finds nothing in a folder without subtitles', () => {
    expect(subtitlesFor([item('A.mp4'), item('A.txt')], item('A.mp4'))).toEqual([]);
  });
});

describe('baseName', () => {
  it('drops the last extension only, and keeps names that start with a dot', () => {
    expect([baseName('a.b.mp4'), baseName('.hidden'), baseName('noext')]).toEqual(['a.b', '.hidden', 'noext']);
  });
});
