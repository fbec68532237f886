import { computed, signal, type ReadonlySignal, type Signal } from '@preact/signals';
import type { DriveItemPage } from '../../shared/domain.ts';
import type { ErrorKind } from '../../shared/errors.ts';
import type { FolderRef } from '../../shared/folders.ts';
import { RequestError } from '../../shared/messages.ts';
import type { RecentShare, ShareStatus, ShareSummary } from '../../shared/shares.ts';
import { errorKindOf } from '../../ui/error-kind.ts';
import { storedSignal, type StoredSource } from '../../ui/stored-signal.ts';
import type { ShareView } from '../model/route.ts';

/** The worker's share requests the page uses; main.tsx wires them to `request`, tests pass their own. */
export interface ShareRequests {
  open: (shareId: string, passCode?: string) => Promise<ShareSummary>;
  list: (shareId: string, parentId: string, pageToken?: string) => Promise<DriveItemPage>;
  forget: (shareId: string) => Promise<unknown>;
}

export type PassCodeReason = 'pass-code-needed' | 'pass-code-wrong';

/** A share waiting for its pass code, and why it is asked for. */
export interface PassCodeQuestion {
  shareId: string;
  reason: PassCodeReason;
}

/** The folders walked from a share's top down to one of its folders (the top itself is []). */
export type SharePath = readonly FolderRef[];

/** Where walked paths are kept for the tab's life, so a reload still shows them. */
export type PathMemory = Pick<Storage, 'getItem' | 'setItem'>;

export interface ShareStoreDeps {
  requests: ShareRequests;
  /** The `recentShares` item: names of shares not opened yet in this tab. */
  recent: StoredSource<RecentShare[]>;
  memory?: PathMemory;
}

export interface ShareStore {
  /** What opening each share last answered, by id. */
  summaries: ReadonlySignal<ReadonlyMap<string, ShareSummary>>;
  /** Recent shares, newest first (empty until read). */
  recent: ReadonlySignal<readonly RecentShare[]>;
  /** The share whose pass code the page asks for (the dialog), if any; null closes it. */
  question: Signal<PassCodeQuestion | null>;
  /** Opens a share (with the user's code): the answer is kept; a code needed or wrong is asked for. */
  open: (shareId: string, passCode?: string) => Promise<ShareSummary>;
  /** One page of a share's folder, once the share opened; rejects with the share's error kind when it cannot. */
  list: (view: ShareView, pageToken?: string) => Promise<DriveItemPage>;
  /** The share's name as the page writes it: what opening it said, else its recent entry; undefined until known. */
  titleOf: (shareId: string) => string | undefined;
  pathOf: (shareId: string, folderId: string) => SharePath | undefined;
  /** A path the user walked (a folder opened from the list: its parent's path plus itself). */
  remember: (shareId: string, path: SharePath) => void;
  /** Removes a share from the recent shares (and the worker forgets its pass code). */
  forget: (shareId: string) => Promise<void>;
  /** Another account: shares are opened again (whether a share is one's own depends on it). */
  reset: () => void;
  start: () => () => void;
}

/** The error kind a share's status stands for when its files are asked for; undefined when it can be read. */
export function statusKind(status: ShareStatus): ErrorKind | undefined {
  if (status === 'ok') return undefined;
  if (status === 'pass-code-needed' || status === 'pass-code-wrong') return 'share-pass-code';
  if (status === 'sensitive') return 'share-sensitive';
  return status === 'prohibited' ? 'region-blocked' : 'share-unavailable';
}

const isPassCodeStatus = (status: ShareStatus): status is PassCodeReason =>
  status === 'pass-code-needed' || status === 'pass-code-wrong';

const MEMORY_KEY = 'files.sharePaths';
/** Walked paths kept across reloads: enough for any tab, small enough for sessionStorage. */
const MOST_PATHS = 200;

/**
 * The shares the tab has opened: each is opened once (`shares.open`, which also remembers a pass code and the share
 * in the recent ones) before its folders are listed, its pass code is asked for when it needs one, and the folders
 * the user walked make its breadcrumbs (PikPak has no ancestors call for shares).
 */
export function createShareStore(deps: ShareStoreDeps): ShareStore {
  const summaries = signal<ReadonlyMap<string, ShareSummary>>(new Map());
  const question = signal<PassCodeQuestion | null>(null);
  const recentStored = storedSignal(deps.recent, { what: 'the recent shares', initial: [], onReadError: [] });
  const recent = computed(() => recentStored.value.value);
  const opened = new Map<string, Promise<ShareSummary>>();
  const paths = new Map<string, SharePath>(readPaths(deps.memory));

  function record(summary: ShareSummary) {
    summaries.value = new Map(summaries.peek()).set(summary.shareId, summary);
    if (isPassCodeStatus(summary.status)) question.value = { shareId: summary.shareId, reason: summary.status };
    else if (question.peek()?.shareId === summary.shareId) question.value = null;
  }

  function open(shareId: string, passCode?: string): Promise<ShareSummary> {
    const asked = deps.requests.open(shareId, passCode).then((summary) => {
      record(summary);
      if (summary.status !== 'ok' && opened.get(shareId) === asked) opened.delete(shareId);
      return summary;
    });
    opened.set(shareId, asked);
    // A failed request is asked again next time, not remembered.
    asked.catch(() => opened.get(shareId) === asked && opened.delete(shareId));
    return asked;
  }

  async function list(view: ShareView, pageToken?: string): Promise<DriveItemPage> {
    const summary = await (opened.get(view.shareId) ?? open(view.shareId));
    const kind = statusKind(summary.status);
    if (kind !== undefined) throw new RequestError(kind, summary.statusText ?? summary.status);
    try {
      return await deps.requests.list(view.shareId, view.id, pageToken);
    } catch (error) {
      // The remembered code stopped working (the owner changed it): open the share again with the user's code.
      if (errorKindOf(error) === 'share-pass-code') {
        opened.delete(view.shareId);
        record({ ...summary, status: 'pass-code-needed' });
      }
      throw error;
    }
  }

  function titleOf(shareId: string): string | undefined {
    return summaries.value.get(shareId)?.title ?? recent.value.find((share) => share.shareId === shareId)?.title;
  }

  function remember(shareId: string, path: SharePath) {
    path.forEach((folder, index) => {
      const key = `${shareId}/${folder.id}`;
      paths.delete(key);
      paths.set(key, path.slice(0, index + 1));
    });
    for (const key of [...paths.keys()].slice(0, Math.max(0, paths.size - MOST_PATHS))) paths.delete(key);
    try {
      deps.memory?.setItem(MEMORY_KEY, JSON.stringify([...paths]));
    } catch {
      // A full or refused session storage only costs the path after a reload.
    }
  }

  async function forget(shareId: string) {
    await deps.requests.forget(shareId);
    recentStored.set(recentStored.value.peek().filter((share) => share.shareId !== shareId));
  }

  return {
    summaries,
    recent,
    question,
    open,
    list,
    titleOf,
    pathOf: (shareId, folderId) => (folderId === '' ? [] : paths.get(`${shareId}/${folderId}`)),
    remember,
    forget,
    reset() {
      opened.clear();
      summaries.value = new Map();
      question.value = null;
    },
    start: () => recentStored.start(),
  };
}

function readPaths(memory: PathMemory | undefined): [string, SharePath][] {
  try {
    const stored: unknown = JSON.parse(memory?.getItem(MEMORY_KEY) ?? '[]');
    return Array.isArray(stored) ? stored.filter(isPathEntry) : [];
  } catch {
    return [];
  }
}

function isPathEntry(value: unknown): value is [string, SharePath] {
  if (!Array.isArray(value) || value.length !== 2 || typeof value[0] !== 'string' || !Array.isArray(value[1]))
    return false;
  return (value[1] as unknown[]).every(
    (folder) =>
      typeof folder === 'object' &&
      folder !== null &&
      typeof (folder as FolderRef).id === 'string' &&
      typeof (folder as FolderRef).name === 'string',
  );
}
