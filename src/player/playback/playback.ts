import { batch, signal } from '@preact/signals';
import type { DriveItemDetail } from '../../shared/domain.ts';
import { resumeAt } from '../../shared/playback-positions.ts';
import { errorKindOf } from '../../ui/error-kind.ts';
import type { ErrorKind } from '../../shared/errors.ts';
import { bestTranscode, codecName, initialSource, sourcesOf, type Source } from '../model/sources.ts';
import type * as HlsEngine from './hls-engine.ts';
import type { HlsPlayback } from './hls-engine.ts';
import type { PositionTracker } from './position-tracker.ts';
import { failureOfMediaError, recoveryFor, type Failure } from './recovery.ts';

/**
 * One video or audio file in the page's media element: which source plays (original or a transcode, through hls.js
 * loaded on demand), where it starts (the saved position), what happens when it fails (fresh links from the same
 * time, or a transcode in place of an original the browser cannot play: ./recovery.ts), and saving the position.
 */
export interface PlaybackDeps {
  fetchDetail(id: string): Promise<DriveItemDetail>;
  /** The CDN's answer to a link now (one byte of it): why the element failed. */
  probeLink(url: string): Promise<'ok' | 'refused' | 'unreachable'>;
  loadHls(): Promise<typeof HlsEngine>;
  canPlayType: (mime: string) => string;
  positions: PositionTracker;
}

/** Shown when the original was passed over: its codec when known and the quality playing instead. */
export interface FallbackNotice {
  codec?: string;
  quality: Source;
}

export type PlaybackProblem =
  /** Fresh links could not be fetched. */
  | { kind: 'request'; error: ErrorKind }
  /** The browser cannot play the file, even with fresh links, and there is nothing else to play. */
  | { kind: 'cannot-play' }
  /** PikPak gave no link to play. */
  | { kind: 'no-source' };

export type Playback = ReturnType<typeof createPlayback>;

export function createPlayback(deps: PlaybackDeps) {
  const sources = signal<Source[]>([]);
  const current = signal<Source | undefined>(undefined);
  const fallback = signal<FallbackNotice | undefined>(undefined);
  const problem = signal<PlaybackProblem | undefined>(undefined);
  const rate = signal(1);
  const recovering = signal(false);

  let media: HTMLMediaElement | null = null;
  let file: DriveItemDetail | undefined;
  let hls: HlsPlayback | undefined;
  /** Bumped by every load: answers for an older load (hls.js arriving, fresh links) are dropped. */
  let generation = 0;
  let pendingSeek: number | undefined;
  let pendingPlay = false;
  let lastTime = 0;
  /** Fresh links fetched since playback last moved on (a second past where the last load started). */
  let refreshes = 0;
  let loadedAt = 0;
  /** The quality chosen by hand, kept for the next files of this page. */
  let preferredId: string | undefined;

  const duration = () => {
    const value = media?.duration;
    return value !== undefined && Number.isFinite(value) ? value : file?.video?.durationSeconds;
  };
  const playingNow = () => media !== null && !media.paused && !media.ended;

  function stopHls() {
    hls?.destroy();
    hls = undefined;
  }

  async function load(source: Source, at: number | undefined, play: boolean): Promise<void> {
    const el = media;
    if (el === null) return;
    const mine = ++generation;
    batch(() => {
      current.value = source;
      problem.value = undefined;
    });
    stopHls();
    pendingPlay = play;
    loadedAt = at ?? 0;
    if (source.kind === 'original') {
      pendingSeek = at;
      el.src = source.url;
      return;
    }
    pendingSeek = undefined;
    // The old source stops now, not when hls.js takes the element over (it may first load and probe the link).
    if (el.getAttribute('src') !== null) {
      el.removeAttribute('src');
      el.load();
    }
    try {
      const engine = await deps.loadHls();
      if (mine !== generation) return;
      hls = engine.playTranscode(el, source.url, source.durationSeconds ?? file?.video?.durationSeconds, at, {
        onFatal: (failure, detail) => {
          console.warn(`The transcode stopped (${failure}: ${detail})`);
          if (mine === generation) void fail(failure);
        },
      });
    } catch (error) {
      console.error('Could not load the HLS player', error);
      if (mine === generation) problem.value = { kind: 'cannot-play' };
    }
  }

  async function fail(failure: Failure): Promise<void> {
    const source = current.value;
    if (source === undefined || file === undefined || recovering.value) return;
    const transcode = bestTranscode(sources.value);
    const action = recoveryFor({ source, failure, refreshes, hasTranscode: transcode !== undefined });
    const at = media !== null && media.currentTime > 0 ? media.currentTime : lastTime;
    const play = pendingPlay || playingNow();
    switch (action) {
      case 'ignore':
        return;
      case 'give-up':
        stopHls();
        problem.value = { kind: 'cannot-play' };
        return;
      case 'fallback':
        if (transcode === undefined) return;
        fallback.value = {
          ...(source.videoCodec === undefined ? {} : { codec: codecName(source.videoCodec) }),
          quality: transcode,
        };
        await load(transcode, at, play);
        return;
      case 'refresh':
        await refresh(source.id, at, play);
        return;
    }
  }

  /** Fetches fresh links and plays the same quality from `at`. */
  async function refresh(sourceId: string, at: number, play: boolean): Promise<void> {
    const id = file?.id;
    if (id === undefined) return;
    const mine = generation;
    recovering.value = true;
    refreshes += 1;
    try {
      const fresh = await deps.fetchDetail(id);
      if (mine !== generation || file?.id !== id) return;
      file = fresh;
      const next = sourcesOf(fresh);
      sources.value = next;
      const same = next.find((source) => source.id === sourceId) ?? next[0];
      if (same === undefined) {
        problem.value = { kind: 'no-source' };
        return;
      }
      await load(same, at, play);
    } catch (error) {
      if (mine === generation) problem.value = { kind: 'request', error: errorKindOf(error) };
    } finally {
      recovering.value = false;
    }
  }

  const listeners: Record<string, (event: Event) => void> = {
    loadedmetadata: () => {
      const el = media;
      if (el === null) return;
      el.playbackRate = rate.value;
      const source = current.value;
      if (source?.kind === 'original' && 'videoWidth' in el && el.videoWidth === 0 && hasPicture()) {
        void fail('no-picture');
        return;
      }
      if (pendingSeek !== undefined) el.currentTime = pendingSeek;
      pendingSeek = undefined;
      if (pendingPlay) el.play().catch(() => undefined);
    },
    timeupdate: () => {
      const el = media;
      if (el === null || file === undefined || el.readyState === 0) return;
      lastTime = el.currentTime;
      if (lastTime > loadedAt + 1) refreshes = 0;
      if (!el.paused) deps.positions.progress(file.id, lastTime, duration());
    },
    play: () => {
      pendingPlay = true;
    },
    pause: () => {
      const el = media;
      // A pause while a new source loads is the element's own doing, not the user's.
      if (el === null || file === undefined || el.readyState === 0 || pendingSeek !== undefined) return;
      pendingPlay = false;
      void deps.positions.flush(file.id, el.currentTime, duration());
    },
    ended: () => {
      if (file !== undefined) void deps.positions.finished(file.id);
    },
    ratechange: () => {
      if (media !== null) rate.value = media.playbackRate;
    },
    error: () => {
      // While hls.js drives the element it hears the element's errors itself and reports what it cannot mend.
      const el = media;
      const url = el?.getAttribute('src');
      if (el === null || hls !== undefined || !url) return;
      const mine = generation;
      const code = el.error?.code;
      if (code === 1) return; // Aborted: a new source was set.
      void (code === 3 ? Promise.resolve('ok' as const) : deps.probeLink(url)).then((answer) => {
        if (mine === generation) void fail(failureOfMediaError(code, answer));
      });
    },
  };

  /** Saves the position now (leaving the page or the file). */
  function save() {
    if (file !== undefined && media !== null && media.readyState > 0) {
      void deps.positions.flush(file.id, media.currentTime, duration());
    }
  }

  /** A video file whose original PikPak says has a picture (a codec or a height). */
  function hasPicture(): boolean {
    const source = current.value;
    return source?.videoCodec !== undefined || (source?.height ?? 0) > 0;
  }

  return {
    sources,
    current,
    fallback,
    problem,
    rate,
    recovering,
    /** The bound media element (for the keys). */
    element: () => media,
    /** Binds the page's media element; returns the unbinding. */
    attach(el: HTMLMediaElement): () => void {
      media = el;
      for (const [name, listener] of Object.entries(listeners)) el.addEventListener(name, listener);
      return () => {
        for (const [name, listener] of Object.entries(listeners)) el.removeEventListener(name, listener);
        if (media === el) media = null;
      };
    },
    /** Plays a file from where the user left it; `play` false leaves it paused there. */
    async open(detail: DriveItemDetail, play = true): Promise<void> {
      save();
      file = detail;
      refreshes = 0;
      lastTime = 0;
      const list = sourcesOf(detail);
      const choice = initialSource(list, deps.canPlayType, preferredId);
      const generationAtOpen = ++generation;
      batch(() => {
        sources.value = list;
        fallback.value =
          choice?.fallbackFrom === undefined ? undefined : { codec: choice.fallbackFrom, quality: choice.source };
        current.value = choice?.source;
        problem.value = choice === undefined ? { kind: 'no-source' } : undefined;
      });
      if (choice === undefined) return;
      const saved = await deps.positions.load(detail.id);
      if (generationAtOpen !== generation) return;
      await load(choice.source, resumeAt(saved, detail.video?.durationSeconds), play);
    },
    /** Switches quality, keeping the time and whether it plays. */
    async choose(id: string): Promise<void> {
      const source = sources.value.find((candidate) => candidate.id === id);
      if (source === undefined || source.id === current.value?.id) return;
      preferredId = id;
      fallback.value = undefined;
      const at = media !== null && media.currentTime > 0 ? media.currentTime : lastTime;
      await load(source, at, pendingPlay || playingNow());
    },
    setRate(value: number) {
      rate.value = value;
      if (media !== null) media.playbackRate = value;
    },
    /** After a problem: fresh links, from where playback stood. */
    retry(): Promise<void> {
      refreshes = 0;
      return refresh(current.value?.id ?? '', lastTime, true);
    },
    save,
    /** Stops: the file was left (its position saved) or the page goes. */
    close() {
      save();
      generation++;
      stopHls();
      file = undefined;
    },
  };
}
