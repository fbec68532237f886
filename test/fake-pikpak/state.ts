import { randomBytes } from 'node:crypto';
import { SIGN_PROFILE_NAMES } from './auth/captcha-sign.ts';
import { createCaptchaTokens, type CaptchaTokens } from './auth/captcha-tokens.ts';
import { createSessionStore, type SessionStore } from './auth/sessions.ts';
import { createClock, type FakeClock } from './core/clock.ts';
import { createPrng, type Prng } from './core/prng.ts';
import type { Account, AsyncTask, AsyncTaskFailure, DriveFile, OfflineTask, Share } from './drive/types.ts';

/** Behaviour switches that tests flip through `control` (see control.ts for the documented API). */
export interface Settings {
  captcha: {
    /** 'human-check' makes captcha init answer with a spritePuzzle `url` instead of a token. */
    mode: 'auto' | 'human-check';
    /** Extends the X-Captcha-Token requirement from GET /files/{id} + shares to every drive call. */
    requireOnAllDriveCalls: boolean;
    /**
     * Reject a token used for a different action than it was issued for. Off by default: rclone,
     * OpenList and pikpaktui reuse one token across actions and that works (pikpak-api.md §3.5).
     */
    bindAction: boolean;
    /**
     * Names of the signing profiles captcha init accepts (default: all of SIGN_PROFILES). Dropping one stands
     * in for a server that stopped accepting a generation, e.g. to exercise a client's WU→W2 fallback.
     */
    acceptedProfiles: Set<string>;
  };
  /** Fake-clock delay before a batch/restore task completes and its change becomes visible. */
  asyncTaskDelayMs: number;
  /** Batch and restore tasks to fail instead of completing (control.batchTasks.failNext). */
  asyncTaskFailures: AsyncTaskFailure[];
  tasks: {
    /** When set, RUNNING offline tasks gain this many percent per fake second and then complete. */
    autoProgressPercentPerSecond: number | null;
  };
  webApp: {
    /** When set, the fake web app also refreshes its session on this schedule. */
    refreshEveryMs: number | null;
  };
  media: {
    /**
     * How the transcode link of a sample video serves it: 'mpegts' (default) one MPEG-TS file on `/download/`
     * with ranges, as PikPak is seen to serve transcodes; 'hls' an HLS playlist of 2 s segments (drive/links.ts).
     */
    transcodeFormat: TranscodeFormat;
  };
}

export type TranscodeFormat = 'mpegts' | 'hls';

export interface FakeState {
  clock: FakeClock;
  /** Seeded PRNG for ids, so a seed produces the same drive on every run. */
  prng: Prng;
  secret: Buffer;
  accounts: Map<string, Account>;
  defaultSub: string;
  files: Map<string, DriveFile>;
  tasks: Map<string, OfflineTask>;
  asyncTasks: Map<string, AsyncTask>;
  shares: Map<string, Share>;
  sessions: SessionStore;
  captchaTokens: CaptchaTokens;
  settings: Settings;
}

export function createState(seedName: string): FakeState {
  const clock = createClock();
  const secret = randomBytes(32);
  return {
    clock,
    prng: createPrng(`fake-pikpak:${seedName}`),
    secret,
    accounts: new Map(),
    defaultSub: '',
    files: new Map(),
    tasks: new Map(),
    asyncTasks: new Map(),
    shares: new Map(),
    sessions: createSessionStore(clock, secret),
    captchaTokens: createCaptchaTokens(secret),
    settings: {
      captcha: {
        mode: 'auto',
        requireOnAllDriveCalls: false,
        bindAction: false,
        acceptedProfiles: new Set(SIGN_PROFILE_NAMES),
      },
      // Guess: HUB says batch results are "not visible immediately"; 300 ms is short enough that a
      // client polling GET /tasks/{id} sees it finish quickly, and tests can advance the clock.
      asyncTaskDelayMs: 300,
      asyncTaskFailures: [],
      tasks: { autoProgressPercentPerSecond: null },
      webApp: { refreshEveryMs: null },
      media: { transcodeFormat: 'mpegts' },
    },
  };
}

export function findAccountByLogin(state: FakeState, login: string): Account | undefined {
  const needle = login.trim().toLowerCase();
  for (const account of state.accounts.values()) {
    if (account.email.toLowerCase() === needle || account.phoneNumber === needle || account.sub === login)
      return account;
  }
  return undefined;
}
