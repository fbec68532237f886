import type { FakeState } from '../state.ts';
import { seedBasic } from './basic.ts';
import { seedDemo } from './demo.ts';
import { seedEmpty } from './empty.ts';
import type { SeedIds } from './seed-ids.ts';

export const SEED_NAMES = ['basic', 'demo', 'empty'] as const;

export type SeedName = (typeof SEED_NAMES)[number];

export function isSeedName(value: unknown): value is SeedName {
  return (SEED_NAMES as readonly unknown[]).includes(value);
}

export function applySeed(state: FakeState, name: SeedName): SeedIds {
  switch (name) {
    case 'basic':
      return seedBasic(state);
    case 'demo':
      return seedDemo(state);
    case 'empty':
      return seedEmpty(state);
  }
}
