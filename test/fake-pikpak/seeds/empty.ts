import type { FakeState } from '../state.ts';
import { addAccount, DEFAULT_ACCOUNT } from './builders.ts';
import type { SeedIds } from './seed-ids.ts';

/** `empty`: the default account and nothing else (first-run screens, empty states). */
export function seedEmpty(state: FakeState): SeedIds {
  const me = addAccount(state, DEFAULT_ACCOUNT).sub;
  return { accounts: { default: me }, folders: {}, files: {}, tasks: {}, shares: {} };
}
