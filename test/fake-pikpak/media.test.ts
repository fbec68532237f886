import { createHash } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  CONTENT_KINDS,
  MEDIA_TEXTS,
  mediaBytes,
  mediaFacts,
  startFakePikPak,
  TRANSCODE_FILE,
  type FakePikPak,
  type MediaSeedIds,
} from './index.ts';
import { copyTree } from './drive/files.ts';
import { call, DRIVE, driveHeaders } from './test-helpers.ts';
import type { WireFile } from './test-wire.ts';

let fake: FakePikPak;
let media: MediaSeedIds;
beforeAll(async () => {
  fake = await startFakePikPak({ https: false });
  if (!fake.seedIds.media) throw new Error('the basic seed has no media ids');
  media = fake.seedIds.media;
});
afterAll(() => fake.close());
beforeEach(() => {
  fake.control.media.transcodeFormat = 'mpegts';
});

async function detail(id: string): Promise<WireFile> {
  const headers = driveHeaders(fake, fake.control.issueSession().access_token, { captcha: true });
  const res = await call<WireFile>(fake, 'GET', `${DRIVE}/drive/v1/files/${id}`, { headers });
  expect(res.status).toBe(200);
  return res.body;
}

async function bytesOf(res: Response): Promise<Buffer> {
  return Buffer.from(await res.arrayBuffer());
}

const transcodeOf = (file: WireFile) => file.medias.find((m) => m.category === 'category_transcode');
const TS_SYNC = 0x47;
const fail = (): never => {
  throw new Error('missing');
};

describe('fixture files', () => {
  it('match their manifest (size and SHA-256) and stay small', () => {
    let total = 0;
    for (const name of [...Object.values(CONTENT_KINDS), TRANSCODE_FILE]) {
      const bytes = mediaBytes(name);
      const facts = mediaFacts(name);
      expect(bytes.length, name).toBe(facts.bytes);
      expect(createHash('sha256').update(bytes).digest('hex'), name).toBe(facts.sha256);
      total += bytes.length;
    }
    expect(total).toBeLessThan(400_000);
    const segments = mediaFacts(TRANSCODE_FILE).segments ?? [];
    expect(segments.length).toBeGreaterThanOrEqual(4);
    for (const s of segments) expect(mediaBytes(TRANSCODE_FILE)[s.offset]).toBe(TS_SYNC);
  });
});

describe('files with real content', () => {
  it('serve exactly their bytes on the original link, with the real size as a decimal string', async () => {
    const file = await detail(media.video);
    const expected = mediaBytes('video-h264.mp4');
    expect(file.size).toBe(String(expected.length));
    expect(file.params).toMatchObject({ duration: '10', width: '320', height: '180' });
    const res = await fake.fetch(file.web_content_link);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('video/mp4');
    expect(res.headers.get('content-length')).toBe(String(expected.length));
    expect(res.headers.get('accept-ranges')).toBe('bytes');
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-expose-headers')).toMatch(/Content-Range/);
    expect((await bytesOf(res)).equals(expected)).toBe(true);
    // The Original media link is the same file (same fid), larger than the 256 KB cap of pseudo-random files or not.
    const original = file.medias.find((m) => m.is_origin);
    expect((await bytesOf(await fake.fetch(original?.link.url ?? ''))).equals(expected)).toBe(true);
  });

  it('answer a single Range with 206 and content-range, and 416 past the end', async () => {
    const file = await detail(media.audio);
    const expected = mediaBytes('audio.m4a');
    const part = await fake.fetch(file.web_content_link, { headers: { range: 'bytes=100-1099' } });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe(`bytes 100-1099/${expected.length}`);
    expect(part.headers.get('content-type')).toBe('audio/mp4');
    expect((await bytesOf(part)).equals(expected.subarray(100, 1100))).toBe(true);
    const tail = await fake.fetch(file.web_content_link, { headers: { range: 'bytes=-10' } });
    expect((await bytesOf(tail)).equals(expected.subarray(expected.length - 10))).toBe(true);
    const past = await fake.fetch(file.web_content_link, { headers: { range: `bytes=${expected.length}-` } });
    expect(past.status).toBe(416);
    expect(past.headers.get('content-range')).toBe(`bytes */${expected.length}`);
  });

  it('serve subtitles and notes as UTF-8 text, byte for byte', async () => {
    const srt = await detail(media.subtitle);
    expect(srt.size).toBe(String(Buffer.byteLength(MEDIA_TEXTS.subtitle)));
    const res = await fake.fetch(srt.web_content_link);
    expect(res.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(await res.text()).toBe(MEDIA_TEXTS.subtitle);
    const vtt = await fake.fetch((await detail(media.secondSubtitle)).web_content_link);
    expect(vtt.headers.get('content-type')).toBe('text/vtt; charset=utf-8');
    expect(await vtt.text()).toBe(MEDIA_TEXTS.secondSubtitle);
    expect(await (await fake.fetch((await detail(media.notes)).web_content_link)).text()).toBe(MEDIA_TEXTS.notes);
  });

  it('an image is served with its type; Sample Media is three folders deep', async () => {
    const png = await fake.fetch((await detail(media.image)).web_content_link);
    expect(png.headers.get('content-type')).toBe('image/png');
    expect((await bytesOf(png)).subarray(1, 4).toString()).toBe('PNG');
    expect(fake.control.files.get(media.notes)?.parentId).toBe(media.behindTheScenes);
    expect(fake.control.files.get(media.behindTheScenes)?.parentId).toBe(media.extras);
    expect(fake.control.files.get(media.extras)?.parentId).toBe(media.folder);
    expect(fake.control.files.children(media.folder).map((f) => f.name)).toContain('Big Buck Sample.srt');
  });

  it('an HEVC original reports hevc and serves the HEVC MP4; its transcode is H.264 MPEG-TS', async () => {
    const file = await detail(media.hevc);
    const [original, transcode] = file.medias;
    expect(original).toMatchObject({ is_origin: true, video: { video_codec: 'hevc', width: 320, height: 180 } });
    expect(transcode).toMatchObject({ is_origin: false, category: 'category_transcode' });
    expect(transcode?.video).toMatchObject({ video_codec: 'h264', audio_codec: 'aac', video_type: 'mpegts' });
    expect((await bytesOf(await fake.fetch(file.web_content_link))).equals(mediaBytes('video-hevc.mp4'))).toBe(true);
    const ts = await fake.fetch(transcode?.link.url ?? '');
    expect(ts.headers.get('content-type')).toBe('video/mp2t');
    expect((await bytesOf(ts)).equals(mediaBytes(TRANSCODE_FILE))).toBe(true);
  });
});

describe('transcodes', () => {
  it('by default are one MPEG-TS file on /download/ with ranges, refused once expired', async () => {
    const transcode = transcodeOf(await detail(media.video));
    const url = new URL(transcode?.link.url ?? '');
    expect(url.host).toBe('dl-a10b-0001.mypikpak.com');
    expect(url.pathname).toBe('/download/');
    expect(url.searchParams.get('category')).toBe('transcode');
    const part = await fake.fetch(url, { headers: { range: 'bytes=188-375' } });
    expect(part.status).toBe(206);
    expect((await bytesOf(part))[0]).toBe(TS_SYNC);
    fake.control.clock.advance(17 * 3600 * 1000);
    expect((await fake.fetch(url)).status).toBe(403);
  });

  it("with transcodeFormat 'hls' are a signed playlist whose segments are TS, each refused once expired", async () => {
    fake.control.media.transcodeFormat = 'hls';
    const file = await detail(media.secondVideo);
    const playlistUrl = transcodeOf(file)?.link.url ?? '';
    expect(playlistUrl).toMatch(/^https:\/\/dl-a10b-0001\.mypikpak\.com\/hls\/index\.m3u8\?fid=[^&]+&.*expire=\d+/);
    expect(file.medias[0]?.link.url).toBe(file.web_content_link);

    const res = await fake.fetch(playlistUrl);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/vnd.apple.mpegurl');
    const playlist = await res.text();
    expect(playlist.startsWith('#EXTM3U\n')).toBe(true);
    expect(playlist).toContain('#EXT-X-PLAYLIST-TYPE:VOD');
    expect(playlist.trimEnd().endsWith('#EXT-X-ENDLIST')).toBe(true);
    const uris = playlist.split('\n').filter((line) => line && !line.startsWith('#'));
    expect(uris).toHaveLength(mediaFacts(TRANSCODE_FILE).segments?.length ?? 0);
    const segments = uris.map((uri) => new URL(uri, playlistUrl));
    const pieces = await Promise.all(segments.map(async (u) => bytesOf(await fake.fetch(u))));
    for (const piece of pieces) expect(piece[0]).toBe(TS_SYNC);
    expect(Buffer.concat(pieces).equals(mediaBytes(TRANSCODE_FILE))).toBe(true);

    const tampered = new URL(segments[0] ?? playlistUrl);
    tampered.searchParams.set('expire', '9999999999');
    expect((await fake.fetch(tampered)).status).toBe(403);
    fake.control.clock.advance(17 * 3600 * 1000);
    const expired = await fake.fetch(segments[1] ?? '');
    expect(expired.status).toBe(403);
    expect(expired.headers.get('access-control-allow-origin')).toBe('*');
    expect((await fake.fetch(playlistUrl)).status).toBe(403);
    // A fresh detail gives a fresh playlist that works again.
    const fresh = transcodeOf(await detail(media.secondVideo))?.link.url ?? '';
    expect((await fake.fetch(fresh)).status).toBe(200);
  });

  it('answer a CORS preflight on the CDN', async () => {
    const url = (await detail(media.video)).web_content_link;
    const res = await fake.fetch(url, {
      method: 'OPTIONS',
      headers: { origin: 'chrome-extension://abc', 'access-control-request-headers': 'range' },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-headers')).toBe('range');
  });
});

describe('copies and the demo seed', () => {
  it('a copy keeps the content, and a file added through control can have some', async () => {
    const copy = copyTree(fake.state, fake.control.files.get(media.hevc) ?? fail(), fake.seedIds.accounts.default, '');
    expect(copy.content).toBe('sample-video-hevc');
    expect((await detail(copy.id)).medias[0]?.video.video_codec).toBe('hevc');
    const added = fake.control.files.add({ parentId: '', name: 'a.srt', kind: 'drive#file', content: { text: 'x' } });
    expect(added.size).toBe(1);
    expect(await (await fake.fetch((await detail(added.id)).web_content_link)).text()).toBe('x');
  });

  it('demo has playable films, clips, photos and a track', async () => {
    const demo = await startFakePikPak({ seed: 'demo', https: false });
    try {
      const withContent = [...demo.state.files.values()].filter((f) => f.content).map((f) => f.name);
      expect(withContent).toEqual(
        expect.arrayContaining(['Big Buck Bunny (2008).mp4', 'Tram 28.mp4', 'Lisbon 01.jpg', '01 Anguish.mp3']),
      );
      const tram = demo.control.files.find('Tram 28.mp4');
      expect(tram?.size).toBe(mediaBytes('video-h264.mp4').length);
      expect(tram?.video).toMatchObject({ durationSeconds: 10, width: 320, height: 180 });
    } finally {
      await demo.close();
    }
  });
});
