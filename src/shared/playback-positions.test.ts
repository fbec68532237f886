import { fakeBrowser } from '@webext-core/fake-browser';
import { describe, expect, it } from 'vitest';
import {
  MAX_REMEMBERED_POSITIONS,
  playbackPositionsItem,
  resumeAt,
  withoutPosition,
  withPosition,
} from './playback-positions.ts';

describe('withPosition', () => {
  it('adds and replaces a file’s position', () => {
    const one = withPosition({}, 'a', { seconds: 10, savedAt: 1 });
    expect(withPosition(one, 'a', { seconds: 20, duration: 100, savedAt: 2 })).toEqual({
      a: { seconds: 20, duration: 100, savedAt: 2 },
    });
  });

  it('forgets the least recently saved beyond the limit', () => {
    let record = {};
    for (let i = 0; i < MAX_REMEMBERED_POSITIONS + 5; i++)
      record = withPosition(record, `f${i}`, { seconds: 1, savedAt: i });
    expect(Object.keys(record)).toHaveLength(MAX_REMEMBERED_POSITIONS);
    expect(record).not.toHaveProperty('f4');
    expect(record).toHaveProperty('f5');
    // Saving an old file again makes it recent.
    const kept = withPosition(record, 'f5', { seconds: 2, savedAt: 1000 }, MAX_REMEMBERED_POSITIONS);
    const next = withPosition(kept, 'new', { seconds: 2, savedAt: 1001 });
    expect(next).toHaveProperty('f5');
    expect(next).not.toHaveProperty('f6');
  });

  it('removes a file', () => {
    expect(withoutPosition({ a: { seconds: 1, savedAt: 1 }, b: { seconds: 2, savedAt: 2 } }, 'a')).toEqual({
      b: { seconds: 2, savedAt: 2 },
    });
  });
});

describe('resumeAt', () => {
  it('resumes in the middle, not near the start or the end', () => {
    expect(resumeAt({ seconds: 120, savedAt: 0 }, 600)).toBe(120);
    expect(resumeAt({ seconds: 5, savedAt: 0 }, 600)).toBeUndefined();
    expect(resumeAt({ seconds: 595, savedAt: 0 }, 600)).toBeUndefined();
    expect(resumeAt({ seconds: 580, savedAt: 0 }, 600)).toBeUndefined();
    expect(resumeAt(undefined, 600)).toBeUndefined();
  });

  it('keeps the margins to a tenth of a short file', () => {
    expect(resumeAt({ seconds: 4, savedAt: 0 }, 10)).toBe(4);
    expect(resumeAt({ seconds: 0.5, savedAt: 0 }, 10)).toBeUndefined();
    expect(resumeAt({ seconds: 9.2, savedAt: 0 }, 10)).toBeUndefined();
  });

  it('uses the stored duration when the element does not know it yet', () => {
    expect(resumeAt({ seconds: 95, duration: 100, savedAt: 0 }, undefined)).toBeUndefined();
    expect(resumeAt({ seconds: 50, duration: 100, savedAt: 0 }, Number.NaN)).toBe(50);
    expect(resumeAt({ seconds: 50, savedAt: 0 }, undefined)).toBe(50);
  });
});

describe('playbackPositionsItem', () => {
  it('reads what was stored and ignores a corrupt value', async () => {
    await playbackPositionsItem.set({ a: { seconds: 12, savedAt: 3 } });
    expect(await playbackPositionsItem.get()).toEqual({ a: { seconds: 12, savedAt: 3 } });
    await fakeBrowser.storage.local.set({ playbackPositions: { a: { seconds: -1, savedAt: 3 } } });
    expect(await playbackPositionsItem.get()).toEqual({});
  });
});
