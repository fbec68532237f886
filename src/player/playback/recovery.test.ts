import { describe, expect, it } from 'vitest';
import type { Source } from '../model/sources.ts';
import { failureOfMediaError, linkAnswer, MAX_REFRESHES, recoveryFor, type Failure } from './recovery.ts';

const original: Source = { id: 'original', kind: 'original', url: 'o' };
const transcode: Source = { id: 'transcode:720P', kind: 'transcode', url: 't' };

const decide = (source: Source, failure: Failure, refreshes: number, hasTranscode = true) =>
  recoveryFor({ source, failure, refreshes, hasTranscode });

describe('recoveryFor', () => {
  it('fetches fresh links for a refused link, until refreshing stops helping', () => {
    expect(decide(original, 'link-refused', 0)).toBe('refresh');
    expect(decide(transcode, 'link-refused', MAX_REFRESHES - 1)).toBe('refresh');
    expect(decide(transcode, 'link-refused', MAX_REFRESHES)).toBe('give-up');
  });

  it('tries an unreachable CDN once more, then leaves Try again to the user', () => {
    expect(decide(original, 'unreachable', 0)).toBe('refresh');
    expect(decide(original, 'unreachable', 1)).toBe('give-up');
  });

  it('falls back from an original the browser cannot play, picture or all, when a transcode exists', () => {
    expect(decide(original, 'unsupported', 0)).toBe('fallback');
    expect(decide(original, 'decode', 0)).toBe('fallback');
    expect(decide(original, 'no-picture', 0)).toBe('fallback');
    expect(decide(original, 'no-picture', 0, false)).toBe('ignore');
  });

  it('gives a transcode, or an original without one, one more try before giving up', () => {
    expect(decide(transcode, 'decode', 0)).toBe('refresh');
    expect(decide(transcode, 'decode', 1)).toBe('give-up');
    expect(decide(original, 'unsupported', 0, false)).toBe('refresh');
    expect(decide(original, 'unsupported', 1, false)).toBe('give-up');
  });
});

describe('linkAnswer', () => {
  it('tells a served link, a refused one and a failing CDN apart', () => {
    expect([200, 206, 401, 403, 404, 410, 500, 503, 0, undefined].map(linkAnswer)).toEqual([
      'ok',
      'ok',
      'refused',
      'refused',
      'refused',
      'refused',
      'unreachable',
      'unreachable',
      'unreachable',
      'unreachable',
    ]);
  });
});

describe('failureOfMediaError', () => {
  it('reads the element’s error together with the CDN’s answer', () => {
    expect(failureOfMediaError(4, 'refused')).toBe('link-refused');
    expect(failureOfMediaError(2, 'refused')).toBe('link-refused');
    expect(failureOfMediaError(4, 'ok')).toBe('unsupported');
    expect(failureOfMediaError(2, 'ok')).toBe('unreachable');
    expect(failureOfMediaError(4, 'unreachable')).toBe('unreachable');
    expect(failureOfMediaError(3, 'refused')).toBe('decode');
  });
});
