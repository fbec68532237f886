import { describe, expect, it } from 'vitest';
import { qualityLabel, speedLabel, subtitleLabel } from './labels.ts';

describe('player labels', () => {
  it('names qualities by resolution, the original as such', () => {
    expect(qualityLabel({ id: 'original', kind: 'original', url: '', resolution: '1080P' })).toBe('Original (1080P)');
    expect(qualityLabel({ id: 'original', kind: 'original', url: '' })).toBe('Original');
    expect(qualityLabel({ id: 't', kind: 'transcode', url: '', resolution: '720P' })).toBe('720P');
    expect(qualityLabel({ id: 't', kind: 'transcode', url: '', height: 480 })).toBe('480P');
  });

  it('writes speeds with a times sign', () => {
    expect([0.5, 1, 1.25, 3].map((speed) => speedLabel(speed, 'en'))).toEqual(['0.5×', '1×', '1.25×', '3×']);
  });

  it('names subtitle tracks by language, else by file name', () => {
    expect(subtitleLabel({ id: 'a', name: 'Movie.en.srt', language: 'en' }, 'en')).toBe('English');
    expect(subtitleLabel({ id: 'a', name: 'Movie.zh-CN.srt', language: 'zh-CN' }, 'en')).toBe('Chinese (China)');
    expect(subtitleLabel({ id: 'a', name: 'Movie.srt' }, 'en')).toBe('Movie.srt');
  });
});
