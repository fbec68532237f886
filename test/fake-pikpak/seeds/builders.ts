import { createHash } from 'node:crypto';
import { createFile } from '../drive/files.ts';
import type { FileContent } from '../drive/media-content.ts';
import { createOfflineTask } from '../drive/offline-tasks.ts';
import { inspectSourceUrl } from '../drive/source-url.ts';
import type { Account, DriveFile, OfflineTask, Phase, Share, ShareStatus, VideoInfo } from '../drive/types.ts';
import { makeDriveId } from '../core/ids.ts';
import type { FakeState } from '../state.ts';

/** Small helpers the seeds share, so each seed reads as a description of a drive. */

export const DEFAULT_ACCOUNT = {
  sub: 'YgDemoUser000001',
  email: 'tester@example.com',
  name: 'Tester',
  password: 'correct-horse',
} as const;

export const SHARER_ACCOUNT = {
  sub: 'YsSharerUser0002',
  email: 'sharer@example.com',
  name: 'Archivist',
  password: 'sharer-pass',
} as const;

const DAY_MS = 24 * 3600 * 1000;

export interface NewAccount {
  sub: string;
  email: string;
  name: string;
  password: string;
  phoneNumber?: string;
  /** Membership type (default 'platinum', i.e. premium; 'novip' = free). */
  vip?: string;
  /** When the membership ends (default a year from now). */
  vipExpireMs?: number;
}

/** Accounts are premium ('platinum' for a year) unless `vip` says otherwise. */
export function addAccount(state: FakeState, init: NewAccount): Account {
  const now = state.clock.now();
  const account: Account = {
    sub: init.sub,
    email: init.email,
    name: init.name,
    password: init.password,
    phoneNumber: init.phoneNumber ?? '',
    createdMs: now - 400 * DAY_MS,
    vip: init.vip ?? 'platinum',
    vipExpireMs: init.vipExpireMs ?? now + 365 * DAY_MS,
    quotaLimit: 10 * 1024 ** 4,
  };
  state.accounts.set(account.sub, account);
  if (!state.defaultSub) state.defaultSub = account.sub;
  return account;
}

export function folder(state: FakeState, userId: string, parentId: string, name: string, daysAgo = 30): DriveFile {
  return createFile(state, {
    userId,
    parentId,
    name,
    kind: 'drive#folder',
    createdMs: ago(state, daysAgo),
    allowDuplicate: true,
  });
}

export function file(
  state: FakeState,
  userId: string,
  parentId: string,
  name: string,
  size: number,
  options: { daysAgo?: number; video?: VideoInfo; starred?: boolean; originalUrl?: string; content?: FileContent } = {},
): DriveFile {
  return createFile(state, {
    userId,
    parentId,
    name,
    kind: 'drive#file',
    size,
    createdMs: ago(state, options.daysAgo ?? 20),
    allowDuplicate: true,
    ...(options.video ? { video: options.video } : {}),
    ...(options.starred ? { starred: true } : {}),
    ...(options.originalUrl ? { originalUrl: options.originalUrl } : {}),
    ...(options.content ? { content: options.content } : {}),
  });
}

/** A file with real bytes on the CDN (drive/media-content.ts); its size (and video facts) come from them. */
export function contentFile(
  state: FakeState,
  userId: string,
  parentId: string,
  name: string,
  content: FileContent,
  options: { daysAgo?: number; starred?: boolean } = {},
): DriveFile {
  return file(state, userId, parentId, name, 0, { ...options, content });
}

export function video(durationSeconds: number, height = 1080): VideoInfo {
  return { durationSeconds, height, width: Math.round((height * 16) / 9) };
}

/** A magnet link with a stable info hash, a display name and a declared size. */
export function magnet(name: string, size: number): string {
  const hash = createHash('sha1').update(`btih:${name}`).digest('hex');
  return `magnet:?xt=urn:btih:${hash}&dn=${encodeURIComponent(name)}&xl=${size}`;
}

export function task(
  state: FakeState,
  userId: string,
  parentId: string,
  url: string,
  phase: Phase,
  options: { progress?: number; message?: string; minutesAgo?: number } = {},
): OfflineTask {
  const source = inspectSourceUrl(url);
  if (!source) throw new Error(`seed task has an unusable url: ${url}`);
  return createOfflineTask(state, {
    userId,
    url,
    source,
    parentId,
    phase,
    createdMs: state.clock.now() - (options.minutesAgo ?? 10) * 60_000,
    ...(options.progress === undefined ? {} : { progress: options.progress }),
    ...(options.message === undefined ? {} : { message: options.message }),
  });
}

export function share(
  state: FakeState,
  ownerSub: string,
  fileIds: string[],
  passCode = '',
  status: ShareStatus = 'OK',
): Share {
  const created: Share = { id: makeDriveId(state.prng), ownerSub, passCode, status, fileIds, createdMs: ago(state, 3) };
  state.shares.set(created.id, created);
  return created;
}

function ago(state: FakeState, days: number): number {
  return state.clock.now() - days * DAY_MS;
}
