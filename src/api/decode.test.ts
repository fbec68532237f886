import { describe, expect, it } from 'vitest';
import { DecodeError, parseByteCount, read } from './decode.ts';

describe('byte counts (§9.6)', () => {
  it('keeps every digit beyond 2^53 and a usable number', () => {
    expect(parseByteCount('29071069771')).toEqual({ bytes: 29_071_069_771, exact: '29071069771' });
    const huge = parseByteCount('9223372036854775807');
    expect(huge?.exact).toBe('9223372036854775807');
    expect(huge?.bytes).toBeCloseTo(9.223372036854776e18, -5);
    expect(parseByteCount('9007199254740993')?.exact).toBe('9007199254740993');
    expect(parseByteCount(' 007 ')).toEqual({ bytes: 7, exact: '7' });
    expect(parseByteCount(42)).toEqual({ bytes: 42, exact: '42' });
    expect(parseByteCount('-1')).toEqual({ bytes: -1, exact: '-1' });
  });

  it('rejects what is not an integer', () => {
    expect(parseByteCount('1.5')).toBeUndefined();
    expect(parseByteCount('12 MB')).toBeUndefined();
    expect(parseByteCount(1.5)).toBeUndefined();
    expect(parseByteCount(null)).toBeUndefined();
  });
});

describe('read', () => {
  interface W {
    s?: string;
    n?: number | string;
    t?: string;
    b?: boolean;
    size?: string;
    o?: object;
    l?: unknown[];
  }

  it('reads times with offsets as epoch ms and "" as undefined (§9.7)', () => {
    const r = read<W>({ t: '2024-10-29T18:29:11.092+08:00' });
    expect(r.time('t')).toBe(Date.UTC(2024, 9, 29, 10, 29, 11, 92));
    expect(read<W>({ t: '' }).time('t')).toBeUndefined();
    expect(() => read<W>({ t: 'yesterday' }).time('t')).toThrow(DecodeError);
  });

  it('reads numbers from numbers and decimal strings', () => {
    expect(read<W>({ n: '3' }).num('n')).toBe(3);
    expect(read<W>({ n: 3 }).num('n')).toBe(3);
    expect(read<W>({}).optNum('n')).toBeUndefined();
    expect(() => read<W>({ n: 'x' }).num('n')).toThrow('$.n: expected a number');
  });

  it('names the failing path', () => {
    expect(() =>
      read<W>({ l: [{ s: 1 }] })
        .list<W>('l')[0]
        ?.str('s'),
    ).toThrow('$.l[0].s: expected a string');
    expect(() => read<W>({ o: 'no' }).obj<W>('o')).toThrow('$.o: expected an object');
    expect(() => read<W>([])).toThrow(DecodeError);
    expect(() => read<W>({ l: 'no' }).list('l')).toThrow(DecodeError);
  });

  it('has defaults for absent optional values', () => {
    const r = read<W>({ s: '' });
    expect(r.optStr('s')).toBeUndefined();
    expect(r.str('s')).toBe('');
    expect(r.bool('b', true)).toBe(true);
    expect(r.bytes('size')).toEqual({ bytes: 0, exact: '0' });
    expect(r.optObj('o')).toBeUndefined();
    expect(r.list('l')).toEqual([]);
  });
});
