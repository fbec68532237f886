import { describe, expect, it } from 'vitest';
import type { DriveItemDetail, MediaLink } from '../../shared/domain.ts';
import { RequestError } from '../../shared/messages.ts';
import { playbackPositionsItem } from '../../shared/playback-positions.ts';
import type { HlsCallbacks } from './hls-engine.ts';
import { createPlayback } from './playback.ts';
import { createPositionTracker } from './position-tracker.ts';

/** The parts of a media element the controller uses, with events the test fires as a browser would. */
class FakeMedia extends EventTarget {
  currentTime = 0;
  duration = Number.NaN;
  paused = true;
  ended = false;
  readyState = 0;
  playbackRate = 1;
  error: { code: number } | null = null;
  plays = 0;
  private source: string | null = null;
  get src() {
    return this.source ?? '';
  }
  set src(url: string) {
    this.source = url;
    this.readyState = 0;
    this.paused = true;
  }
  getAttribute(name: string) {
    return name === 'src' ? this.source : null;
  }
  removeAttribute(name: string) {
    if (name === 'src') this.source = null;
  }
  /** The load algorithm: back to nothing, paused, without a `pause` event. */
  load() {
    this.readyState = 0;
    this.currentTime = 0;
    this.paused = true;
  }
  play() {
    this.plays += 1;
    this.paused = false;
    return Promise.resolve();
  }
  pause() {
    this.paused = true;
    this.dispatchEvent(new Event('pause'));
  }
  /** Metadata arrived for the current source. */
  loaded(duration = 600) {
    this.readyState = 1;
    this.duration = duration;
    this.dispatchEvent(new Event('loadedmetadata'));
  }
  playTo(time: number) {
    this.currentTime = time;
    this.readyState = 4;
    this.dispatchEvent(new Event('timeupdate'));
  }
  fail(code: number) {
    this.error = { code };
    this.dispatchEvent(new Event('error'));
  }
}

const media = (over: Partial<MediaLink>): MediaLink => ({
  name: '',
  isOrigin: false,
  isDefault: false,
  priority: 0,
  ...over,
});
let minted = 0;
function detail(codec = 'h264'): DriveItemDetail {
  minted += 1;
  return {
    id: 'movie',
    kind: 'file',
    name: 'Movie.mp4',
    parentId: 'p',
    size: { bytes: 1, exact: '1' },
    phase: 'complete',
    starred: false,
    trashed: false,
    video: { durationSeconds: 600, height: 1080 },
    medias: [
      media({
        name: 'Original',
        isOrigin: true,
        url: `https://cdn/orig?v=${minted}`,
        resolution: '1080P',
        videoCodec: codec,
      }),
      media({ name: '720P', url: `https://cdn/720?v=${minted}`, resolution: '720P', height: 720 }),
    ],
  };
}

/** A video element: it has a picture size once metadata arrived (0 when the browser cannot decode the picture). */
class FakeVideo extends FakeMedia {
  videoWidth = 0;
}

function setUp(options: { answer?: 'ok' | 'refused' | 'unreachable'; fetchFails?: boolean; video?: boolean } = {}) {
  const el = options.video ? new FakeVideo() : new FakeMedia();
  const hlsStarts: { url: string; at: number | undefined; callbacks: HlsCallbacks }[] = [];
  let destroyed = 0;
  const playback = createPlayback({
    fetchDetail: () =>
      options.fetchFails ? Promise.reject(new RequestError('signed-out', 'no')) : Promise.resolve(detail()),
    probeLink: () => Promise.resolve(options.answer ?? 'refused'),
    loadHls: () =>
      Promise.resolve({
        playTranscode: (
          _el: HTMLMediaElement,
          url: string,
          _d: unknown,
          at: number | undefined,
          callbacks: HlsCallbacks,
        ) => {
          hlsStarts.push({ url, at, callbacks });
          return { destroy: () => (destroyed += 1) };
        },
      } as never),
    canPlayType: (mime) => (mime.includes('avc1') ? 'probably' : ''),
    positions: createPositionTracker(),
  });
  playback.attach(el as unknown as HTMLMediaElement);
  return { el, playback, hlsStarts, destroyed: () => destroyed };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('createPlayback', () => {
  it('plays the original from the saved position', async () => {
    await playbackPositionsItem.set({ movie: { seconds: 120, savedAt: 1 } });
    const { el, playback } = setUp();
    await playback.open(detail());
    expect(el.src).toMatch(/^https:\/\/cdn\/orig/);
    el.loaded();
    expect(el.currentTime).toBe(120);
    expect(el.plays).toBe(1);
    expect(playback.current.value?.id).toBe('original');
  });

  it('plays the best transcode, with a notice, when the browser cannot decode the original', async () => {
    const { el, playback, hlsStarts } = setUp();
    await playback.open(detail('hevc'));
    await settle();
    expect(el.getAttribute('src')).toBeNull();
    expect(hlsStarts.map((start) => start.url)).toEqual([expect.stringMatching(/^https:\/\/cdn\/720/)]);
    expect(playback.fallback.value?.codec).toBe('HEVC');
    expect(playback.fallback.value?.quality.resolution).toBe('720P');
  });

  it('switches quality from the same time, and back to the original', async () => {
    const { el, playback, hlsStarts, destroyed } = setUp();
    await playback.open(detail());
    el.loaded();
    el.playTo(42);
    await playback.choose('transcode:720P');
    expect(hlsStarts.map((start) => start.at)).toEqual([42]);
    await playback.choose('original');
    expect(destroyed()).toBe(1);
    el.loaded();
    expect(el.currentTime).toBe(42);
  });

  it('fetches fresh links when the CDN refuses the original, and goes on from the same time', async () => {
    const { el, playback } = setUp({ answer: 'refused' });
    await playback.open(detail());
    el.loaded();
    el.playTo(300);
    const first = el.src;
    el.fail(2);
    await settle();
    await settle();
    expect(el.src).not.toBe(first);
    expect(el.src).toMatch(/^https:\/\/cdn\/orig/);
    el.loaded();
    expect(el.currentTime).toBe(300);
    expect(el.plays).toBe(2);
    expect(playback.problem.value).toBeUndefined();
  });

  it('falls back to a transcode when the CDN serves the original but the browser cannot play it', async () => {
    const { el, playback, hlsStarts } = setUp({ answer: 'ok' });
    await playback.open(detail('unknown-codec'));
    el.fail(4);
    await settle();
    await settle();
    expect(hlsStarts).toHaveLength(1);
    expect(playback.fallback.value?.codec).toBe('UNKNOWN-CODEC');
  });

  it('falls back to a transcode when the browser plays only the sound of the original', async () => {
    const { el, playback, hlsStarts } = setUp({ video: true });
    await playback.open(detail('weird'));
    el.loaded();
    await settle();
    expect(el.plays).toBe(0);
    expect(hlsStarts).toHaveLength(1);
    expect(playback.current.value?.id).toBe('transcode:720P');
  });

  it('fetches fresh links when hls.js reports a refused segment, and gives up when that keeps happening', async () => {
    const { el, playback, hlsStarts } = setUp();
    await playback.open(detail());
    el.loaded();
    el.playTo(10);
    await playback.choose('transcode:720P');
    el.playTo(20);
    hlsStarts[0]?.callbacks.onFatal('link-refused', 'fragLoadError 403');
    await settle();
    expect(hlsStarts.map((start) => start.at)).toEqual([10, 20]);
    hlsStarts[1]?.callbacks.onFatal('link-refused', 'fragLoadError 403');
    await settle();
    hlsStarts[2]?.callbacks.onFatal('link-refused', 'fragLoadError 403');
    await settle();
    expect(hlsStarts).toHaveLength(3);
    expect(playback.problem.value).toEqual({ kind: 'cannot-play' });
  });

  it('reports a failed refresh with its error kind', async () => {
    const { el, playback } = setUp({ fetchFails: true });
    await playback.open(detail());
    el.fail(2);
    await settle();
    await settle();
    expect(playback.problem.value).toEqual({ kind: 'request', error: 'signed-out' });
  });

  it('saves the position on pause and forgets it at the end', async () => {
    const { el, playback } = setUp();
    await playback.open(detail());
    el.loaded();
    el.playTo(75);
    el.pause();
    await settle();
    expect((await playbackPositionsItem.get())['movie']).toMatchObject({ seconds: 75, duration: 600 });
    el.dispatchEvent(new Event('ended'));
    await settle();
    expect(await playbackPositionsItem.get()).toEqual({});
  });

  it('applies the chosen speed to the element and to the next source', async () => {
    const { el, playback } = setUp();
    playback.setRate(1.5);
    await playback.open(detail());
    el.loaded();
    expect(el.playbackRate).toBe(1.5);
  });
});
