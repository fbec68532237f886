// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { actionFor, focusContextOf, type KeyPress } from './keys.ts';

const press = (key: string, over: Partial<KeyPress> = {}): KeyPress => ({
  key,
  shiftKey: false,
  ctrlKey: false,
  altKey: false,
  metaKey: false,
  ...over,
});

describe('actionFor (media)', () => {
  it('maps the common web-player keys', () => {
    const keys = [
      ' ',
      'k',
      'K',
      'ArrowLeft',
      'ArrowRight',
      'ArrowUp',
      'ArrowDown',
      'f',
      'm',
      'c',
      'PageUp',
      'PageDown',
    ];
    expect(keys.map((key) => actionFor(press(key), 'media', 'none'))).toEqual([
      'toggle-play',
      'toggle-play',
      'toggle-play',
      'seek-back',
      'seek-forward',
      'volume-up',
      'volume-down',
      'fullscreen',
      'mute',
      'subtitles',
      'previous',
      'next',
    ]);
  });

  it('takes Shift+N and Shift+P for the next and previous file, and no other shifted key', () => {
    expect(actionFor(press('N', { shiftKey: true }), 'media', 'none')).toBe('next');
    expect(actionFor(press('P', { shiftKey: true }), 'media', 'none')).toBe('previous');
    expect(actionFor(press('ArrowLeft', { shiftKey: true }), 'media', 'none')).toBeUndefined();
    expect(actionFor(press('n'), 'media', 'none')).toBeUndefined();
  });

  it('leaves browser shortcuts and unknown keys alone', () => {
    expect(actionFor(press('f', { ctrlKey: true }), 'media', 'none')).toBeUndefined();
    expect(actionFor(press('ArrowLeft', { altKey: true }), 'media', 'none')).toBeUndefined();
    expect(actionFor(press('m', { metaKey: true }), 'media', 'none')).toBeUndefined();
    expect(actionFor(press('x'), 'media', 'none')).toBeUndefined();
  });

  it('lets a focused control keep its own keys', () => {
    expect(actionFor(press(' '), 'media', 'button')).toBeUndefined();
    expect(actionFor(press('Enter'), 'media', 'button')).toBeUndefined();
    expect(actionFor(press('ArrowLeft'), 'media', 'button')).toBe('seek-back');
    expect(actionFor(press('ArrowDown'), 'media', 'select')).toBeUndefined();
    expect(actionFor(press('m'), 'media', 'select')).toBe('mute');
    expect(actionFor(press('f'), 'media', 'text')).toBeUndefined();
  });
});

describe('actionFor (image)', () => {
  it('goes back and forth with the arrows and Page keys, and has no media keys', () => {
    const keys = ['ArrowLeft', 'ArrowRight', 'PageUp', 'PageDown', 'f', ' ', 'm'];
    expect(keys.map((key) => actionFor(press(key), 'image', 'none'))).toEqual([
      'previous',
      'next',
      'previous',
      'next',
      'fullscreen',
      undefined,
      undefined,
    ]);
  });
});

describe('focusContextOf', () => {
  it('tells fields, selects and sliders, buttons and links, and the rest apart', () => {
    document.body.innerHTML = `
      <input id="text"><input id="range" type="range"><select id="select"></select>
      <button id="button"><span id="inner">x</span></button><a id="link" href="#">l</a><video id="video"></video>`;
    const context = (id: string) => focusContextOf(document.getElementById(id));
    expect(['text', 'range', 'select', 'button', 'inner', 'link', 'video'].map(context)).toEqual([
      'text',
      'select',
      'select',
      'button',
      'button',
      'button',
      'none',
    ]);
    expect(focusContextOf(null)).toBe('none');
  });
});
