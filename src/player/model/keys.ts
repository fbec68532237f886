/**
 * The player's keyboard map, pure: a key press and what has the focus → what to do. Video and audio follow the
 * common web-player keys (Space/K, ←/→, ↑/↓, F, M, C; Shift+N and Shift+P as on YouTube, and Page Down/Page Up, for
 * the next and previous file); images go back and forth with ←/→. Keys with Ctrl, Alt or Meta stay the browser's.
 */
export type PlayerAction =
  | 'toggle-play'
  | 'seek-back'
  | 'seek-forward'
  | 'volume-up'
  | 'volume-down'
  | 'fullscreen'
  | 'mute'
  | 'subtitles'
  | 'previous'
  | 'next';

export interface KeyPress {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
}

/**
 * What has the focus: a field that takes text, a select or slider (arrows are its own), a button or link (Space and
 * Enter press it), or anything else (the page, the video itself).
 */
export type FocusContext = 'text' | 'select' | 'button' | 'none';

export const SEEK_STEP_SECONDS = 5;
export const VOLUME_STEP = 0.1;

const MEDIA_KEYS: Record<string, PlayerAction> = {
  ' ': 'toggle-play',
  k: 'toggle-play',
  ArrowLeft: 'seek-back',
  ArrowRight: 'seek-forward',
  ArrowUp: 'volume-up',
  ArrowDown: 'volume-down',
  f: 'fullscreen',
  m: 'mute',
  c: 'subtitles',
  PageUp: 'previous',
  PageDown: 'next',
  MediaTrackPrevious: 'previous',
  MediaTrackNext: 'next',
};

const IMAGE_KEYS: Record<string, PlayerAction> = {
  ArrowLeft: 'previous',
  ArrowRight: 'next',
  PageUp: 'previous',
  PageDown: 'next',
  f: 'fullscreen',
};

export function actionFor(press: KeyPress, mode: 'media' | 'image', focus: FocusContext): PlayerAction | undefined {
  if (press.ctrlKey || press.altKey || press.metaKey || focus === 'text') return undefined;
  const arrow = press.key.startsWith('Arrow');
  if (focus === 'select' && (arrow || press.key === ' ')) return undefined;
  if (focus === 'button' && (press.key === ' ' || press.key === 'Enter')) return undefined;
  if (mode === 'media' && press.shiftKey) {
    if (press.key === 'N') return 'next';
    if (press.key === 'P') return 'previous';
    return undefined;
  }
  if (press.shiftKey) return undefined;
  const keys = mode === 'media' ? MEDIA_KEYS : IMAGE_KEYS;
  return keys[press.key.length === 1 ? press.key.toLowerCase() : press.key];
}

/** The focus context of a key event's target (DOM glue, kept here beside the rules it feeds). */
export function focusContextOf(target: EventTarget | null): FocusContext {
  if (!(target instanceof Element)) return 'none';
  if (target instanceof HTMLInputElement) {
    return ['range', 'checkbox', 'radio'].includes(target.type)
      ? 'select'
      : ['button', 'submit', 'reset'].includes(target.type)
        ? 'button'
        : 'text';
  }
  if (target instanceof HTMLTextAreaElement || (target instanceof HTMLElement && target.isContentEditable))
    return 'text';
  if (target instanceof HTMLSelectElement || target.closest('[role="menu"], [role="listbox"], [role="slider"]')) {
    return 'select';
  }
  if (target.closest('button, a[href], summary, [role="button"], [role="menuitem"]')) return 'button';
  return 'none';
}
