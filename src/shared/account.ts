import type { ErrorKind } from './errors.ts';
import { defineItem, isRecord } from './storage.ts';

/** How the extension got its session. */
export type SessionSource = 'web' | 'token' | 'password';

export interface Quota {
  usedBytes: number;
  /** Absent when PikPak reports no limit. */
  limitBytes?: number;
}

/** What pages show about the account. No secrets: tokens stay in the background's own storage items. */
export type AccountState =
  | { status: 'signed-out'; reason?: ErrorKind; webSessionPaused?: boolean }
  | {
      status: 'signed-in';
      sub: string;
      name?: string;
      email?: string;
      source: SessionSource;
      quota?: Quota;
      membership?: string;
      /** When profile and quota were last read from PikPak (epoch ms). */
      checkedAt?: number;
      /** The last call failed in a way the user should see (e.g. captcha needed), while still signed in. */
      problem?: ErrorKind;
    };

function isAccountState(value: unknown): value is AccountState {
  if (!isRecord(value)) return false;
  if (value.status === 'signed-out') return true;
  return value.status === 'signed-in' && typeof value.sub === 'string' && typeof value.source === 'string';
}

export const accountState = defineItem<AccountState>('local', 'account', { status: 'signed-out' }, isAccountState);
