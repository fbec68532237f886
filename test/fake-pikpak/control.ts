import { SIGN_PROFILE_NAMES, WEB_CLIENT_ID } from './auth/captcha-sign.ts';
import { CAPTCHA_TTL_SECONDS } from './auth/captcha-tokens.ts';
import type { TokenPair } from './auth/sessions.ts';
import { createFile, type NewFile } from './drive/files.ts';
import { createOfflineTask, DEFAULT_MESSAGES, updateOfflineTask, type TaskUpdate } from './drive/offline-tasks.ts';
import { inspectSourceUrl } from './drive/source-url.ts';
import type {
  Account,
  AsyncTask,
  AsyncTaskType,
  DownloadLinkState,
  DriveFile,
  OfflineTask,
  Phase,
  Share,
  ShareStatus,
} from './drive/types.ts';
import { addAccount, share as addShare, type NewAccount } from './seeds/builders.ts';
import type { Fault, Faults, FaultSpec } from './server/faults.ts';
import type { FakeState, Settings, TranscodeFormat } from './state.ts';

/**
 * The in-process handle tests and the demo use to steer the fake. Setting fields (for example
 * `control.captcha.mode = 'human-check'`) takes effect on the next request.
 */
export function createControl(state: FakeState, faults: Faults) {
  const s = state.settings;
  const requireTask = (id: string): OfflineTask => {
    const task = state.tasks.get(id);
    if (!task) throw new Error(`fake-pikpak: no task ${id}`);
    return task;
  };
  const defaultSub = (): string => state.defaultSub;

  return {
    clock: {
      now: (): number => state.clock.now(),
      advance: (ms: number): void => state.clock.advance(ms),
      set: (epochMs: number): void => state.clock.set(epochMs),
      get offsetMs(): number {
        return state.clock.offsetMs;
      },
    },

    captcha: {
      get mode(): Settings['captcha']['mode'] {
        return s.captcha.mode;
      },
      set mode(value: Settings['captcha']['mode']) {
        s.captcha.mode = value;
      },
      get requireOnAllDriveCalls(): boolean {
        return s.captcha.requireOnAllDriveCalls;
      },
      set requireOnAllDriveCalls(value: boolean) {
        s.captcha.requireOnAllDriveCalls = value;
      },
      get bindAction(): boolean {
        return s.captcha.bindAction;
      },
      set bindAction(value: boolean) {
        s.captcha.bindAction = value;
      },
      /**
       * Names of the signing profiles captcha init accepts ('W2', 'WU', 'Android 1.53.2'; default all). A sign
       * made with any other profile gets `invalid_argument` 3 "invalid captcha_sign", as PikPak answers a sign of a
       * generation it dropped (pikpak-api.md §12).
       */
      get acceptedProfiles(): readonly string[] {
        return [...s.captcha.acceptedProfiles];
      },
      set acceptedProfiles(names: Iterable<string>) {
        const wanted = new Set(names);
        const unknown = [...wanted].filter((name) => !SIGN_PROFILE_NAMES.includes(name));
        if (unknown.length > 0) throw new Error(`fake-pikpak: no signing profile ${unknown.join(', ')}`);
        s.captcha.acceptedProfiles = wanted;
      },
      /** A valid captcha token without the init dance (for tests that are not about captcha). */
      issueToken(init: {
        deviceId: string;
        clientId?: string;
        action?: string;
        ttlSeconds?: number;
        /** The `meta.user_id` it stands minted with (default "": usable for anonymous share reads, §12.5). */
        userId?: string;
      }): string {
        const now = state.clock.now();
        return state.captchaTokens.issue({
          cid: init.clientId ?? WEB_CLIENT_ID,
          did: init.deviceId,
          act: init.action ?? 'GET:/drive/v1/files',
          iat: now,
          exp: now + (init.ttlSeconds ?? CAPTCHA_TTL_SECONDS) * 1000,
          ...(init.userId === undefined ? {} : { uid: init.userId }),
        });
      },
    },

    files: {
      add: (init: Omit<NewFile, 'userId'> & { userId?: string }): DriveFile =>
        createFile(state, { ...init, userId: init.userId ?? defaultSub() }),
      get: (id: string): DriveFile | undefined => state.files.get(id),
      /** Untrashed children of a folder ("" = root) for the default account. */
      children: (parentId: string, sub = defaultSub()): DriveFile[] =>
        [...state.files.values()].filter((f) => f.userId === sub && f.parentId === parentId && !f.trashed),
      find: (name: string, sub = defaultSub()): DriveFile | undefined =>
        [...state.files.values()].find((f) => f.userId === sub && f.name === name),
      /**
       * How the file's download link comes back from GET /drive/v1/files/{id} and share file_info: 'ok' (the
       * default), 'missing' (no web_content_link, links or medias) or 'empty-fid' (every URL carries `fid=&`).
       */
      setDownloadLink(id: string, value: DownloadLinkState): DriveFile {
        const found = state.files.get(id);
        if (!found) throw new Error(`fake-pikpak: no file ${id}`);
        found.downloadLink = value;
        return found;
      },
    },

    /** Fake-clock delay before batch/restore tasks complete (default 300 ms; 0 = synchronous). */
    get asyncTaskDelayMs(): number {
      return s.asyncTaskDelayMs;
    },
    set asyncTaskDelayMs(value: number) {
      s.asyncTaskDelayMs = value;
    },

    /** Batch (move, copy, trash, untrash, delete, empty trash) and restore tasks: `GET /drive/v1/tasks/{id}`. */
    batchTasks: {
      /**
       * The next `times` (default 1) tasks of `type` (default any) end PHASE_TYPE_ERROR with `message` instead of
       * completing, and change nothing; `skip` lets that many matching tasks complete first.
       */
      failNext(init: { type?: AsyncTaskType; message?: string; times?: number; skip?: number } = {}): void {
        s.asyncTaskFailures.push({
          ...(init.type ? { type: init.type } : {}),
          // Guess: no failed batch task's message is public.
          message: init.message ?? 'Operation failed',
          skip: init.skip ?? 0,
          remaining: init.times ?? 1,
        });
      },
      /** Forgets failures set with failNext that no task took yet. */
      clearFailures(): void {
        s.asyncTaskFailures.length = 0;
      },
      get: (id: string): AsyncTask | undefined => state.asyncTasks.get(id),
      list: (): AsyncTask[] => [...state.asyncTasks.values()],
    },

    webApp: {
      get refreshEveryMs(): number | null {
        return s.webApp.refreshEveryMs;
      },
      set refreshEveryMs(value: number | null) {
        s.webApp.refreshEveryMs = value;
      },
    },

    media: {
      /**
       * How the transcode link (`medias[]`, category_transcode) of a file with sample-video content serves it:
       * 'mpegts' (default) one MPEG-TS file on `/download/` with ranges, as PikPak does; 'hls' an HLS playlist
       * (`/hls/index.m3u8?…`) of 2 s segments. Links minted before a change keep working.
       */
      get transcodeFormat(): TranscodeFormat {
        return s.media.transcodeFormat;
      },
      set transcodeFormat(value: TranscodeFormat) {
        s.media.transcodeFormat = value;
      },
    },

    accounts: {
      get default(): Account {
        const account = state.accounts.get(defaultSub());
        if (!account) throw new Error('fake-pikpak: no default account');
        return account;
      },
      get: (sub: string): Account | undefined => state.accounts.get(sub),
      add: (init: NewAccount): Account => addAccount(state, init),
      /**
       * Sets what GET /drive/v1/privilege/vip reports for an account (default: the default account). `type` is
       * 'novip' (free), 'platinum' (premium) or any other paid type; `expireMs` defaults to a year from the fake
       * clock's now, and a time in the past makes the membership lapsed (status "invalid").
       */
      setMembership(type: string, init: { sub?: string; expireMs?: number } = {}): Account {
        const sub = init.sub ?? defaultSub();
        const account = state.accounts.get(sub);
        if (!account) throw new Error(`fake-pikpak: no account ${sub}`);
        account.vip = type;
        account.vipExpireMs = init.expireMs ?? state.clock.now() + 365 * 24 * 3600 * 1000;
        return account;
      },
    },

    /**
     * A token pair exactly as a sign-in would return it (default account, web client id). Pass
     * `clientId: 'YNxT9w7GMdWvEOKa'` for a session of the Android app: it refreshes only with that client id.
     */
    issueSession(init: { sub?: string; clientId?: string } = {}): TokenPair {
      const sub = init.sub ?? defaultSub();
      if (!state.accounts.has(sub)) throw new Error(`fake-pikpak: no account ${sub}`);
      return state.sessions.issue(sub, init.clientId ?? WEB_CLIENT_ID);
    },
    /** Makes every access token issued so far invalid (401/16); refresh tokens keep working. */
    expireAccessTokens: (): number => state.sessions.expireAllAccessTokens(),

    tasks: {
      add(
        init: {
          url?: string;
          name?: string;
          phase?: Phase;
          progress?: number;
          message?: string;
          parentId?: string;
          sub?: string;
          size?: number;
        } = {},
      ): OfflineTask {
        const url = init.url ?? `https://example.com/files/${encodeURIComponent(init.name ?? 'download.bin')}`;
        const source = inspectSourceUrl(url);
        if (!source) throw new Error(`fake-pikpak: unusable task url ${url}`);
        if (init.name) source.name = init.name;
        if (init.size !== undefined) source.size = init.size;
        return createOfflineTask(state, {
          userId: init.sub ?? defaultSub(),
          url,
          source,
          parentId: init.parentId ?? '',
          ...(init.phase ? { phase: init.phase } : {}),
          ...(init.progress === undefined ? {} : { progress: init.progress }),
          ...(init.message === undefined ? {} : { message: init.message }),
        });
      },
      get: (id: string): OfflineTask | undefined => state.tasks.get(id),
      list: (sub = defaultSub()): OfflineTask[] => [...state.tasks.values()].filter((t) => t.userId === sub),
      update(id: string, update: TaskUpdate): OfflineTask {
        const task = requireTask(id);
        updateOfflineTask(state, task, update);
        return task;
      },
      complete(id: string): OfflineTask {
        const task = requireTask(id);
        updateOfflineTask(state, task, { phase: 'PHASE_TYPE_COMPLETE' });
        return task;
      },
      fail(id: string, message = DEFAULT_MESSAGES.PHASE_TYPE_ERROR): OfflineTask {
        const task = requireTask(id);
        updateOfflineTask(state, task, { phase: 'PHASE_TYPE_ERROR', message });
        return task;
      },
      /** Let RUNNING tasks advance by themselves on the fake clock (null = off, the default). */
      autoProgress(percentPerSecond: number | null): void {
        s.tasks.autoProgressPercentPerSecond = percentPerSecond;
        const now = state.clock.now();
        for (const task of state.tasks.values()) if (task.phase === 'PHASE_TYPE_RUNNING') task.updatedMs = now;
      },
    },

    shares: {
      add(init: { fileIds: string[]; passCode?: string; status?: ShareStatus; ownerSub?: string }): Share {
        return addShare(state, init.ownerSub ?? defaultSub(), init.fileIds, init.passCode ?? '', init.status ?? 'OK');
      },
      get: (id: string): Share | undefined => state.shares.get(id),
      setStatus(id: string, status: ShareStatus): void {
        const found = state.shares.get(id);
        if (!found) throw new Error(`fake-pikpak: no share ${id}`);
        found.status = status;
      },
    },

    faults: {
      add: (spec: FaultSpec): Fault => faults.add(spec),
      remove: (fault: Fault): void => faults.remove(fault),
      clear: (): void => faults.clear(),
      list: (): readonly Fault[] => faults.list(),
    },
  };
}

export type FakeControl = ReturnType<typeof createControl>;
