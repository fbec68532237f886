import { describe, expect, it } from 'vitest';
import { byteRangePlaylist, looksLikePlaylist, streamKindOf, totalSizeOf } from './transcode-stream.ts';

describe('looksLikePlaylist', () => {
  it('recognises a playlist by its path, not by its query', () => {
    expect(looksLikePlaylist('https://cdn.example/hls/index.m3u8?expire=1')).toBe(true);
    expect(looksLikePlaylist('https://cdn.example/download/?fid=a&x=.m3u8')).toBe(false);
    expect(looksLikePlaylist('not a url')).toBe(false);
  });
});

describe('streamKindOf', () => {
  it('tells a playlist, MPEG-TS and anything else apart', () => {
    expect(streamKindOf(new TextEncoder().encode('#EXTM3U\n#EXT-X-VERSION:3'))).toBe('hls');
    expect(streamKindOf(new TextEncoder().encode('\uFEFF#EXTM3U\n'))).toBe('hls');
    const ts = new Uint8Array(376);
    ts[0] = 0x47;
    ts[188] = 0x47;
    expect(streamKindOf(ts)).toBe('mpegts');
    expect(streamKindOf(ts.subarray(0, 188))).toBe('mpegts');
    ts[188] = 0;
    expect(streamKindOf(ts)).toBe('unknown');
    expect(streamKindOf(new TextEncoder().encode('<html>'))).toBe('unknown');
  });
});

describe('totalSizeOf', () => {
  it('reads the total from Content-Range, else Content-Length', () => {
    expect(totalSizeOf('bytes 0-187/97572', '188')).toBe(97572);
    expect(totalSizeOf('bytes 0-187/*', '188')).toBeUndefined();
    expect(totalSizeOf(null, '5000')).toBe(5000);
    expect(totalSizeOf(null, null)).toBeUndefined();
  });
});

describe('byteRangePlaylist', () => {
  it('cuts the file into packet-aligned ranges of about four seconds, covering every byte once', () => {
    // 10 s at 20,000 B/s: four-second segments of 80,000 bytes, rounded to whole packets.
    const playlist = byteRangePlaylist('https://cdn/t?x=1', 200_000, 10);
    const ranges = [...playlist.matchAll(/#EXT-X-BYTERANGE:(\d+)@(\d+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(ranges).toEqual([
      [80_088, 0],
      [80_088, 80_088],
      [39_824, 160_176],
    ]);
    expect(ranges.slice(0, -1).every(([length]) => length! % 188 === 0)).toBe(true);
    const durations = [...playlist.matchAll(/#EXTINF:([\d.]+),/g)].map((m) => Number(m[1]));
    expect(durations.reduce((a, b) => a + b, 0)).toBeCloseTo(10, 2);
    expect(playlist).toMatch(/^#EXTM3U\n#EXT-X-VERSION:4\n#EXT-X-TARGETDURATION:5\n/);
    expect(playlist.trimEnd().endsWith('#EXT-X-ENDLIST')).toBe(true);
    expect(playlist.split('\n').filter((line) => line === 'https://cdn/t?x=1')).toHaveLength(3);
  });

  it('keeps segments from getting tiny for a low bit rate', () => {
    const playlist = byteRangePlaylist('u', 97_572, 10);
    expect([...playlist.matchAll(/#EXT-X-BYTERANGE:(\d+)@/g)].map((m) => Number(m[1]))).toEqual([
      48_128, 48_128, 1_316,
    ]);
  });
});
