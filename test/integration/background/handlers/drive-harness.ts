import { afterAll, afterEach, beforeAll, beforeEach, vi } from 'vitest';
import {
  createDriveBrowseHandlers,
  type DriveBrowseOptions,
} from '../../../../src/background/handlers/drive-browse.ts';
import type { RequestOf, ResponseOf } from '../../../../src/shared/messages.ts';
import { startFakePikPak, type FakePikPak } from '../../../fake-pikpak/index.ts';
import type { LogEntry } from '../../../fake-pikpak/server/log.ts';
import type { SeedName } from '../../../fake-pikpak/seeds/index.ts';
import { storeIssuedSession } from '../stored-session.ts';

/**
 * The file browser's handlers against the fake, through the worker's own API client and stored session
 * (@webext-core/fake-browser storage). Each test file gets one fake; faults, task failures and the log are reset
 * after every test.
 */
export const DEVICE = '0123456789abcdef0123456789abcdef';
export const FILES = '/drive/v1/files';

type DriveName = 'drive.list' | 'drive.item' | 'drive.ancestors' | 'drive.rename' | 'drive.batch' | 'drive.emptyTrash';

export interface DriveHarness {
  readonly fake: FakePikPak;
  send<N extends DriveName>(name: N, payload: RequestOf<N>): Promise<ResponseOf<N>>;
}

export function useDriveFake(seed: SeedName = 'basic', options: DriveBrowseOptions = {}): DriveHarness {
  let fake: FakePikPak | undefined;
  const handlers = createDriveBrowseHandlers(options);
  beforeAll(async () => {
    fake = await startFakePikPak({ https: false, seed });
    vi.stubGlobal('fetch', fake.fetch);
  });
  afterAll(async () => {
    vi.unstubAllGlobals();
    await fake?.close();
  });
  beforeEach(async () => {
    if (fake) await storeIssuedSession(fake, DEVICE);
  });
  afterEach(() => {
    fake?.control.faults.clear();
    fake?.control.batchTasks.clearFailures();
    fake?.log.clear();
  });
  return {
    get fake() {
      if (!fake) throw new Error('the fake starts in beforeAll');
      return fake;
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

/** The `filters` query of a files list, parsed. */
export function filtersOf(entry: LogEntry | undefined): unknown {
  return JSON.parse(String(entry?.query['filters'] ?? 'null'));
}

/** Drive-host requests other than captcha init, as `METHOD path`, in order. */
export function driveCalls(fake: FakePikPak): string[] {
  return fake.log.filter({ host: 'drive' }).map((entry) => `${entry.method} ${entry.path}`);
}
