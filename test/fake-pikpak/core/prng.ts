import { createHash } from 'node:crypto';

/** A small seeded PRNG (mulberry32) so seeds and generated ids are the same on every run. */
export interface Prng {
  /** Float in [0, 1). */
  next(): number;
  int(minInclusive: number, maxInclusive: number): number;
  pick<T>(items: readonly T[]): T;
  chars(length: number, alphabet: string): string;
}

export function createPrng(seed: number | string): Prng {
  let a = typeof seed === 'number' ? seed >>> 0 : seedFromString(seed);
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    pick<T>(items: readonly T[]): T {
      const item = items[int(0, items.length - 1)];
      if (item === undefined) throw new Error('pick() from an empty list');
      return item;
    },
    chars(length: number, alphabet: string): string {
      let out = '';
      for (let i = 0; i < length; i++) out += alphabet[int(0, alphabet.length - 1)] ?? '';
      return out;
    },
  };
}

export function seedFromString(text: string): number {
  return createHash('sha1').update(text).digest().readUInt32BE(0);
}
