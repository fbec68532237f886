import { describe, expect, it } from 'vitest';
import { formatBytes as format } from './format-bytes.ts';

/** Intl puts a no-break space between number and unit in some languages. */
const formatBytes = (bytes: number, locale: string) => format(bytes, locale).replace(/\s/g, ' ');

describe('formatBytes', () => {
  it('writes sizes in binary steps with at most one decimal', () => {
    expect(formatBytes(0, 'en')).toBe('0 B');
    expect(formatBytes(512, 'en')).toBe('512 B');
    expect(formatBytes(1_288_490_189, 'en')).toBe('1.2 GB');
    expect(formatBytes(10 * 1024 ** 3, 'en')).toBe('10 GB');
    expect(formatBytes(5_113_157_556_024, 'en')).toBe('4.7 TB');
    expect(formatBytes(150 * 1024 ** 2 + 300_000, 'en')).toBe('150 MB');
  });

  it('follows the language and survives nonsense', () => {
    expect(formatBytes(1.5 * 1024 ** 3, 'de')).toBe('1,5 GB');
    expect(formatBytes(Number.NaN, 'en')).toBe('0 B');
    expect(formatBytes(-5, 'en')).toBe('0 B');
  });
});
