import { describe, expect, it } from 'vitest';
import type { Source } from '../model/sources.ts';
import { failureOfMediaError, recoveryFor, type Failure } from './recovery.ts';

const original: Source = { id: 'original', kind: 'original', url: 'o' };
const transcode: Source = { id: 'transcode:720P', kind: 'transcode', url: 't' };

const decide = (source: Source, failure: Failure, refreshedSinceProgress: boolean, hasTranscode = true) =>
  recoveryFor({ source, failure, refreshedSinceProgress, hasTranscode });

describe('recoveryFor', () => {
  it('fetches fresh links first for a network or refused source (an expired link looks like either)', () => {
    expect(decide(original, 'network', false)).toBe('refresh');
    expect(decide(transcode, 'network', false)).toBe('refresh');
    expect(decide(original, 'unsupported', false)).toBe('refresh');
    expect(decide(transcode, 'unsupported', false)).toBe('refresh');
  });

  it('falls back from an original that still fails with fresh links, when a transcode exists', () => {
    expect(decide(original, 'unsupported', true)).toBe('fallback');
    expect(decide(original, 'unsupported', true, false)).toBe('give-up');
    expect(decide(transcode, 'unsupported', true)).toBe('give-up');
  });

  it('gives up on a network failure that fresh links did not cure', () => {
    expect(decide(original, 'network', true)).toBe('give-up');
    expect(decide(transcode, 'network', true)).toBe('give-up');
  });

  it('falls back at once from an original the browser cannot decode, picture or all', () => {
    expect(decide(original, 'decode', false)).toBe('fallback');
    expect(decide(original, 'no-picture', false)).toBe('fallback');
    expect(decide(original, 'no-picture', false, false)).toBe('ignore');
    expect(decide(transcode, 'decode', false)).toBe('refresh');
    expect(decide(transcode, 'decode', true)).toBe('give-up');
  });
});

describe('failureOfMediaError', () => {
  it('reads MediaError codes', () => {
    expect([1, 2, 3, 4, undefined].map(failureOfMediaError)).toEqual([
      'unsupported',
      'network',
      'decode',
      'unsupported',
      'unsupported',
    ]);
  });
});
