import { describe, expect, it } from 'vitest';
import type { DriveItemDetail, MediaLink } from '../../shared/domain.ts';
import { chooseDownloadLink, fidOf, LINK_MARGIN_MS, shareLinkChoice } from './link-choice.ts';

const NOW = Date.UTC(2026, 0, 1);
const HOUR = 3_600_000;

/** A CDN URL in PikPak's shape; `expire` is Unix seconds, as the real links carry it. */
function cdn(fid: string, category: string, expiresAt = NOW + 16 * HOUR): string {
  return `https://dl.example/download/?fid=${fid}&g=HASH&expire=${Math.floor(expiresAt / 1000)}&category=${category}`;
}

function media(url: string | undefined, options: Partial<MediaLink> = {}): MediaLink {
  return {
    name: 'Original',
    isOrigin: true,
    isDefault: true,
    priority: 0,
    ...(url === undefined ? {} : { url, expiresAt: NOW + 16 * HOUR }),
    ...options,
  };
}

function detail(download: DriveItemDetail['download'], medias: MediaLink[] = []): DriveItemDetail {
  return {
    id: 'VFile1',
    kind: 'file',
    name: 'film.mkv',
    parentId: '',
    size: { bytes: 10, exact: '10' },
    phase: 'complete',
    starred: false,
    trashed: false,
    ...(download === undefined ? {} : { download }),
    medias,
  };
}

const ORIGINAL = { url: cdn('AAA', 'original'), expiresAt: NOW + 16 * HOUR };
const SAME_FID = cdn('AAA', 'media-original');
const TRANSCODE = cdn('BBB', 'transcode');
const on = { disableMediaLinks: false, now: NOW };
const off = { disableMediaLinks: true, now: NOW };

describe('chooseDownloadLink', () => {
  it('takes the original link when there are no media links', () => {
    expect(chooseDownloadLink(detail(ORIGINAL), on)).toEqual(ORIGINAL);
    expect(chooseDownloadLink(detail(ORIGINAL), off)).toEqual(ORIGINAL);
  });

  it('prefers the media link with the same fid: the same bytes, reported faster', () => {
    const chosen = chooseDownloadLink(detail(ORIGINAL, [media(TRANSCODE, { isOrigin: false }), media(SAME_FID)]), on);
    expect(chosen).toEqual({ url: SAME_FID, expiresAt: NOW + 16 * HOUR });
  });

  it('never lets a transcode (another fid) stand in for the file, whatever its place in the list', () => {
    const medias = [media(TRANSCODE, { isOrigin: true, isDefault: true, priority: 9 })];
    expect(chooseDownloadLink(detail(ORIGINAL, medias), on)).toEqual(ORIGINAL);
  });

  it('takes the original link even when a same-fid media link exists, with media links disabled', () => {
    expect(chooseDownloadLink(detail(ORIGINAL, [media(SAME_FID)]), off)).toEqual(ORIGINAL);
  });

  it('falls back to the original when the same-fid media link is unusable (expired, or without a URL)', () => {
    const expired = media(SAME_FID, { expiresAt: NOW - 1 });
    expect(chooseDownloadLink(detail(ORIGINAL, [expired]), on)).toEqual(ORIGINAL);
    expect(chooseDownloadLink(detail(ORIGINAL, [media(undefined)]), on)).toEqual(ORIGINAL);
  });

  it('keeps a media link without an expiry as it is (no expiresAt invented)', () => {
    const chosen = chooseDownloadLink(detail(ORIGINAL, [media(SAME_FID, { expiresAt: undefined })]), on);
    expect(chosen).toEqual({ url: SAME_FID });
    expect(chosen).not.toHaveProperty('expiresAt');
  });

  it('gives none when the file has no link (a folder, an unfinished file, PikPak left it out)', () => {
    expect(chooseDownloadLink(detail(undefined), on)).toBeUndefined();
    // A media link alone does not make up for a missing original: rclone starts from the original.
    expect(chooseDownloadLink(detail(undefined, [media(SAME_FID)]), on)).toBeUndefined();
    expect(chooseDownloadLink(detail({ url: '' }), on)).toBeUndefined();
  });

  it('gives none when the original carries an empty fid (`fid=&`), even beside a usable media link', () => {
    const empty = { url: cdn('', 'original'), expiresAt: NOW + HOUR };
    expect(chooseDownloadLink(detail(empty), on)).toBeUndefined();
    expect(chooseDownloadLink(detail(empty, [media(SAME_FID), media(cdn('', 'x'))]), on)).toBeUndefined();
    expect(chooseDownloadLink(detail(empty), off)).toBeUndefined();
  });

  it('never matches a media link on an empty fid when the original has no fid at all', () => {
    const noFid = { url: 'https://dl.example/download/?g=HASH', expiresAt: NOW + HOUR };
    expect(chooseDownloadLink(detail(noFid, [media(cdn('', 'x'))]), on)).toEqual(noFid);
  });

  it('refuses a link already expired or expiring within the margin', () => {
    expect(chooseDownloadLink(detail({ ...ORIGINAL, expiresAt: NOW - 1 }), on)).toBeUndefined();
    expect(chooseDownloadLink(detail({ ...ORIGINAL, expiresAt: NOW + LINK_MARGIN_MS }), on)).toBeUndefined();
    expect(chooseDownloadLink(detail({ ...ORIGINAL, expiresAt: NOW + LINK_MARGIN_MS + 1 }), on)).toBeDefined();
    // The margin can be set: with rclone's 10 s, a link good for 30 s more is taken.
    expect(chooseDownloadLink(detail({ ...ORIGINAL, expiresAt: NOW + 30_000 }), { ...on, marginMs: 10_000 })).toEqual({
      ...ORIGINAL,
      expiresAt: NOW + 30_000,
    });
  });

  it('takes a link that does not say when it expires', () => {
    const forever = { url: cdn('AAA', 'original') };
    expect(chooseDownloadLink(detail(forever), on)).toEqual(forever);
  });
});

describe('chooseDownloadLink for a share’s file (§8.3)', () => {
  const original = { ...shareLinkChoice(false), now: NOW };
  const transcoded = { ...shareLinkChoice(true), now: NOW };
  const ORIGIN_MEDIA = cdn('CCC', 'original');
  const P480 = media(cdn('DDD', 'transcode'), { isOrigin: false, name: '480P', height: 480, priority: 7 });
  const P720 = media(TRANSCODE, { isOrigin: false, name: '720P', height: 720, priority: 6 });

  it('takes web_content_link when there is one, never swapping in a same-fid media link', () => {
    expect(chooseDownloadLink(detail(ORIGINAL, [media(SAME_FID), P720]), original)).toEqual(ORIGINAL);
  });

  it('takes the is_origin media of a video, which has no web_content_link on a share since 2024-05', () => {
    const chosen = chooseDownloadLink(detail(undefined, [P720, media(ORIGIN_MEDIA)]), original);
    expect(chosen).toEqual({ url: ORIGIN_MEDIA, expiresAt: NOW + 16 * HOUR });
    // A transcode is no original: without an is_origin media there is nothing.
    expect(chooseDownloadLink(detail(undefined, [P720]), original)).toBeUndefined();
  });

  it('with "Use transcoding address", takes the highest transcode, whatever PikPak’s priority says', () => {
    const chosen = chooseDownloadLink(detail(undefined, [media(ORIGIN_MEDIA), P480, P720]), transcoded);
    expect(chosen).toEqual({ url: TRANSCODE, expiresAt: NOW + 16 * HOUR });
  });

  it('falls back to the original when no transcode is usable (a plain file, an empty fid, an expired one)', () => {
    expect(chooseDownloadLink(detail(ORIGINAL), transcoded)).toEqual(ORIGINAL);
    const emptyFid = media(cdn('', 'transcode'), { isOrigin: false });
    const expired = media(TRANSCODE, { isOrigin: false, expiresAt: NOW - 1 });
    const chosen = chooseDownloadLink(detail(undefined, [emptyFid, expired, media(ORIGIN_MEDIA)]), transcoded);
    expect(chosen?.url).toBe(ORIGIN_MEDIA);
  });

  it('skips an is_origin media with an empty fid or about to expire', () => {
    const emptyFid = media(cdn('', 'original'));
    const soon = media(ORIGIN_MEDIA, { expiresAt: NOW + LINK_MARGIN_MS });
    expect(chooseDownloadLink(detail(undefined, [emptyFid, soon]), original)).toBeUndefined();
  });
});

describe('fidOf', () => {
  it('reads the fid, empty when present but empty, undefined when absent or not a URL', () => {
    expect(fidOf(cdn('AAA', 'original'))).toBe('AAA');
    expect(fidOf(cdn('', 'original'))).toBe('');
    expect(fidOf('https://dl.example/download/?g=1')).toBeUndefined();
    expect(fidOf('not a url')).toBeUndefined();
  });
});
