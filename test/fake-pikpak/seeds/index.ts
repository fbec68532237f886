import type { FakeState } from '../state.ts';
import { seedBasic } from './basic.ts';
import { seedDemo } from './demo.ts';
import { seedEmpty } from './empty.ts';
import type { SeedIds } from './seed-ids.ts';

export type SeedName = 'basic' | 'demo' | 'empty';

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
