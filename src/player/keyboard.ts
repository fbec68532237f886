import type { Subtitles } from './playback/subtitles.ts';
import type { PlayerPage } from './player-page.ts';
import { actionFor, focusContextOf, SEEK_STEP_SECONDS, VOLUME_STEP, type PlayerAction } from './model/keys.ts';

/**
 * The page's keys (the map is ./model/keys.ts): `keydown` and `keyup` listeners on the window. A key the player takes
 * is not also handled by the focused video's own controls (its default actions are prevented).
 */
export function listenToKeys(
  win: Window,
  page: PlayerPage,
  subtitles: Subtitles,
  media: () => HTMLMediaElement | null,
  fullscreenTarget: () => Element | null,
): () => void {
  const actionOf = (event: KeyboardEvent) => {
    const kind = page.kind.value;
    if (kind === undefined || kind === 'other') return undefined;
    return actionFor(event, kind === 'image' ? 'image' : 'media', focusContextOf(event.target));
  };
  const onKey = (event: KeyboardEvent) => {
    const action = actionOf(event);
    if (action === undefined) return;
    event.preventDefault();
    run(action);
  };
  // Chromium's own video controls act on the key's release (Space toggles on keyup), before a bubbling listener
  // hears it: a key the page took is released, in the capture phase, without a second action.
  const onKeyUp = (event: KeyboardEvent) => {
    if (actionOf(event) !== undefined) event.preventDefault();
  };
  const run = (action: PlayerAction) => {
    const el = media();
    switch (action) {
      case 'previous':
        return page.previous();
      case 'next':
        return page.next();
      case 'subtitles':
        return subtitles.toggle();
      case 'fullscreen': {
        const target = fullscreenTarget();
        return target ? toggleFullscreen(target) : undefined;
      }
      case 'toggle-play':
      case 'seek-back':
      case 'seek-forward':
      case 'volume-up':
      case 'volume-down':
      case 'mute':
        if (el !== null) mediaAction(el, action);
    }
  };
  win.addEventListener('keydown', onKey);
  win.addEventListener('keyup', onKeyUp, true);
  return () => {
    win.removeEventListener('keydown', onKey);
    win.removeEventListener('keyup', onKeyUp, true);
  };
}

type MediaAction = Extract<
  PlayerAction,
  'toggle-play' | 'seek-back' | 'seek-forward' | 'volume-up' | 'volume-down' | 'mute'
>;

function mediaAction(el: HTMLMediaElement, action: MediaAction): void {
  const clamp = (value: number, max: number) => Math.min(max, Math.max(0, value));
  switch (action) {
    case 'toggle-play':
      if (el.paused || el.ended) el.play().catch(() => undefined);
      else el.pause();
      return;
    case 'seek-back':
    case 'seek-forward': {
      const step = action === 'seek-back' ? -SEEK_STEP_SECONDS : SEEK_STEP_SECONDS;
      const end = Number.isFinite(el.duration) ? el.duration : Number.MAX_SAFE_INTEGER;
      el.currentTime = clamp(el.currentTime + step, end);
      return;
    }
    case 'volume-up':
    case 'volume-down':
      el.muted = false;
      el.volume = clamp(Math.round((el.volume + (action === 'volume-up' ? VOLUME_STEP : -VOLUME_STEP)) * 10) / 10, 1);
      return;
    case 'mute':
      el.muted = !el.muted;
      return;
  }
}

export function toggleFullscreen(target: Element): void {
  const request = document.fullscreenElement ? document.exitFullscreen() : target.requestFullscreen();
  request.catch((error: unknown) => console.warn('Full screen refused', error));
}
