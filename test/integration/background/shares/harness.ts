import { afterAll, afterEach, beforeAll, beforeEach, vi } from 'vitest';
import { createShareHandlers } from '../../../../src/background/handlers/shares.ts';
import type { RequestOf, ResponseOf } from '../../../../src/shared/messages.ts';
import type { DriveFile, Share, ShareStatus } from '../../../fake-pikpak/drive/types.ts';
import { startFakePikPak, type FakePikPak } from '../../../fake-pikpak/index.ts';
import type { LogEntry } from '../../../fake-pikpak/server/log.ts';
import { storeIssuedSession } from '../stored-session.ts';

/**
 * The share handlers against the fake, through the worker's own API client (global fetch stubbed with the fake's),
 * stored session and settings (@webext-core/fake-browser storage, reset before every test). Signed in unless a test
 * file asks for `signedIn: false`. The share handlers keep pass-code tokens in memory for the worker's life, so each
 * test makes its own shares (`shareTree`).
 */
export const DEVICE = '0123456789abcdef0123456789abcdef';

type ShareName = 'shares.open' | 'shares.list' | 'shares.links' | 'shares.restore' | 'shares.forget';

export interface ShareHarness {
  readonly fake: FakePikPak;
  send<N extends ShareName>(name: N, payload: RequestOf<N>): Promise<ResponseOf<N>>;
  /** The other account of the `basic` seed, whose shares these are. */
  readonly sharer: string;
}

export function useShareFake(options: { signedIn?: boolean } = {}): ShareHarness {
  let fake: FakePikPak | undefined;
  // Restore tasks are waited for at the fake's pace (300 ms of fake time), asked every 50 ms.
  const handlers = createShareHandlers({ sleep: () => Promise.resolve(), wait: { firstDelayMs: 50, maxDelayMs: 100 } });
  beforeAll(async () => {
    fake = await startFakePikPak({ https: false, seed: 'basic' });
    vi.stubGlobal('fetch', fake.fetch);
  });
  afterAll(async () => {
    vi.unstubAllGlobals();
    await fake?.close();
  });
  beforeEach(async () => {
    if (fake && options.signedIn !== false) await storeIssuedSession(fake, DEVICE);
  });
  afterEach(() => {
    fake?.control.faults.clear();
    fake?.log.clear();
  });
  const running = (): FakePikPak => {
    if (!fake) throw new Error('the fake starts in beforeAll');
    return fake;
  };
  return {
    get fake() {
      return running();
    },
    get sharer() {
      return running().seedIds.accounts['sharer'] ?? '';
    },
    send(name, payload) {
      const handler = handlers[name] as unknown as (
        payload: unknown,
        sender: object,
      ) => Promise<ResponseOf<typeof name>>;
      return handler(payload, {});
    },
  };
}

export interface ShareTree {
  share: Share;
  /** Top level: `Film.mp4` (a video, 3000 bytes), `Notes.txt` (1000 bytes), `Extras` (a folder). */
  film: DriveFile;
  notes: DriveFile;
  extras: DriveFile;
  /** Inside `Extras`: `Poster.png` (500 bytes) and `Making of` (a folder holding `Clip.mp4`). */
  poster: DriveFile;
  makingOf: DriveFile;
  clip: DriveFile;
}

type NewFileInit = Parameters<FakePikPak['control']['files']['add']>[0];

let trees = 0;

/** A fresh share of the sharer's, with a sub-folder, a video and plain files. */
export function shareTree(
  fake: FakePikPak,
  ownerSub: string,
  init: { passCode?: string; status?: ShareStatus } = {},
): ShareTree {
  const n = ++trees;
  const add = (parentId: string, name: string, extra: Partial<NewFileInit> = {}) =>
    fake.control.files.add({ parentId, name, userId: ownerSub, kind: 'drive#file', size: 1000, ...extra });
  const video = { video: { durationSeconds: 60, width: 1280, height: 720 } };
  const root = add('', `Shared ${n}`, { kind: 'drive#folder', size: 0 });
  const film = add(root.id, 'Film.mp4', { size: 3000, ...video });
  const notes = add(root.id, 'Notes.txt');
  const extras = add(root.id, 'Extras', { kind: 'drive#folder', size: 0 });
  const poster = add(extras.id, 'Poster.png', { size: 500 });
  const makingOf = add(extras.id, 'Making of', { kind: 'drive#folder', size: 0 });
  const clip = add(makingOf.id, 'Clip.mp4', { size: 2000, ...video });
  const share = fake.control.shares.add({
    fileIds: [film.id, notes.id, extras.id],
    ownerSub,
    ...(init.passCode === undefined ? {} : { passCode: init.passCode }),
    ...(init.status === undefined ? {} : { status: init.status }),
  });
  return { share, film, notes, extras, poster, makingOf, clip };
}

/** Share calls (any `/drive/v1/share…` path) in the order they reached the fake. */
export function shareCalls(fake: FakePikPak): LogEntry[] {
  return fake.log.filter({ host: 'drive', path: /^\/drive\/v1\/share/ });
}

export const queryOf = (entry: LogEntry | undefined, name: string): unknown => entry?.query[name];
