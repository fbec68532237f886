import { batch, signal, type ReadonlySignal } from '@preact/signals';
import type { ErrorKind } from '../../../shared/errors.ts';
import { MAX_FOLDER_NAME_LENGTH, type FolderRef } from '../../../shared/folders.ts';
import type { ShareStatus, ShareSummary } from '../../../shared/shares.ts';
import { errorKindOf } from '../../../ui/error-kind.ts';
import { createLimiter } from './limiter.ts';
import type { BatchLink } from './parse.ts';

/**
 * Many shares at once: each pasted share is opened (a few at a time) to learn its title, size and status; "Save all"
 * then saves every ready one into its own subfolder of a chosen folder, a few at a time, and "Retry failed" runs the
 * ones that failed again. A share saved once in this batch is never saved again.
 */

/** What the batch asks of the worker; the page wires it to `shares.open`, `drive.createFolder`, `shares.restore`. */
export interface BatchDeps {
  open: (shareId: string, passCode?: string) => Promise<ShareSummary>;
  createFolder: (parentId: string, name: string) => Promise<FolderRef>;
  /** Saves the whole share into `toParentId`; resolves once PikPak's restore task finished. */
  restore: (shareId: string, toParentId: string) => Promise<unknown>;
}

/** Shares opened, and saved, at once: enough to move a long list along without PikPak's "too frequent". */
export const BATCH_PARALLEL = 3;

export type OpenState =
  /** Waiting for its turn or for PikPak's answer. */
  | { phase: 'opening' }
  | { phase: 'open'; summary: ShareSummary }
  /** The request failed (network, server…): not an answer about the share. */
  | { phase: 'failed'; kind: ErrorKind };

export type SaveState =
  | { phase: 'none' }
  /** Part of the running Save all, not started yet. */
  | { phase: 'waiting' }
  | { phase: 'saving' }
  /** Saved into `into`, the share's own subfolder of `folder` (the one chosen). */
  | { phase: 'saved'; folder: FolderRef; into: FolderRef }
  | { phase: 'failed'; kind: ErrorKind };

export interface BatchRow extends BatchLink {
  open: OpenState;
  save: SaveState;
}

export type RunState =
  | { phase: 'idle' }
  | { phase: 'saving'; folder: FolderRef; done: number; total: number }
  | { phase: 'done'; folder: FolderRef; saved: number; failed: number; skipped: number };

export interface BatchStore {
  rows: ReadonlySignal<readonly BatchRow[]>;
  run: ReadonlySignal<RunState>;
  /** The shares of a (new) paste: rows already known keep their state, new ones are opened. */
  load: (links: readonly BatchLink[]) => void;
  /** Opens a share again, with the pass code the user typed; before the rest of the queue. */
  reopen: (shareId: string, passCode?: string) => Promise<void>;
  remove: (shareId: string) => void;
  /** Saves every share not saved yet into its own subfolder of `folder`. */
  saveAll: (folder: FolderRef) => Promise<void>;
  /** Runs the failed shares of the last Save all again (opening the unreadable ones first), into the same folder. */
  retryFailed: () => Promise<void>;
}

/**
 * Why a share cannot be saved as it opened: a status other than ok (the kinds the worker gives a share it cannot
 * read), one's own share, or a failed open.
 */
const STATUS_KIND: Record<Exclude<ShareStatus, 'ok'>, ErrorKind> = {
  'pass-code-needed': 'share-pass-code',
  'pass-code-wrong': 'share-pass-code',
  expired: 'share-unavailable',
  deleted: 'share-unavailable',
  prohibited: 'region-blocked',
  sensitive: 'share-sensitive',
  unknown: 'share-unavailable',
};

export function unsavableKind(open: OpenState): ErrorKind | undefined {
  if (open.phase === 'opening') return undefined;
  if (open.phase === 'failed') return open.kind;
  const { status, own } = open.summary;
  if (status !== 'ok') return STATUS_KIND[status];
  // PikPak refuses to restore one's own share (file_restore_own): no request is spent on it.
  return own ? 'own-share' : undefined;
}

/** The subfolder's name: the share's title as PikPak would take it (no separators, not too long), else its id. */
export function folderNameOf(row: Pick<BatchRow, 'shareId' | 'open'>): string {
  const title = row.open.phase === 'open' ? (row.open.summary.title ?? '') : '';
  const name = title.replace(/[/\\]/g, '_').trim().slice(0, MAX_FOLDER_NAME_LENGTH).trim();
  return name === '' || name === '.' || name === '..' ? row.shareId : name;
}

type Outcome = 'saved' | 'failed' | 'gone';

/** The open state of a share PikPak just called the user's own, or undefined when nothing changes. */
function own(open: OpenState | undefined, kind: ErrorKind): OpenState | undefined {
  if (kind !== 'own-share' || open?.phase !== 'open' || open.summary.own) return undefined;
  return { phase: 'open', summary: { ...open.summary, own: true } };
}

export function createBatchStore(deps: BatchDeps): BatchStore {
  const rows = signal<readonly BatchRow[]>([]);
  const run = signal<RunState>({ phase: 'idle' });
  const opens = createLimiter(BATCH_PARALLEL);
  const saves = createLimiter(BATCH_PARALLEL);
  /** The latest open of each share: an older answer arriving after a newer request is dropped. */
  const opening = new Map<string, { token: number; done: Promise<void> }>();
  /** The subfolder made for each share (and in which folder), so a retry restores into it instead of a new one. */
  const subfolders = new Map<string, { parentId: string; folder: FolderRef }>();
  let tokens = 0;
  let lastFolder: FolderRef | undefined;

  const find = (shareId: string) => rows.peek().find((row) => row.shareId === shareId);
  const patch = (shareId: string, change: Partial<BatchRow>) => {
    rows.value = rows.peek().map((row) => (row.shareId === shareId ? { ...row, ...change } : row));
  };
  const current = (shareId: string, token: number) => opening.get(shareId)?.token === token && !!find(shareId);

  function open(shareId: string, passCode: string | undefined, first: boolean): Promise<void> {
    const token = ++tokens;
    patch(shareId, { open: { phase: 'opening' }, ...(passCode === undefined ? {} : { passCode }) });
    let finish = () => {};
    const entry = { token, done: new Promise<void>((resolve) => (finish = resolve)) };
    opening.set(shareId, entry);
    void opens(
      async () => {
        // Removed, or opened again with a code, while it waited: its turn is not spent on PikPak.
        if (!current(shareId, token)) return;
        let next: OpenState;
        try {
          next = { phase: 'open', summary: await deps.open(shareId, passCode) };
        } catch (error) {
          next = { phase: 'failed', kind: errorKindOf(error) };
        }
        if (!current(shareId, token)) return;
        opening.delete(shareId);
        patch(shareId, { open: next });
      },
      { first },
    ).finally(finish);
    return entry.done;
  }

  /** Resolves once the share's latest open has its answer (or it was removed). */
  async function opened(shareId: string) {
    for (let entry = opening.get(shareId); entry !== undefined; entry = opening.get(shareId)) {
      await entry.done;
      if (opening.get(shareId) === entry) return;
    }
  }

  async function saveOne(shareId: string, folder: FolderRef): Promise<Outcome> {
    const row = find(shareId);
    if (row === undefined) return 'gone';
    const blocked = unsavableKind(row.open);
    if (blocked !== undefined) {
      patch(shareId, { save: { phase: 'failed', kind: blocked } });
      return 'failed';
    }
    patch(shareId, { save: { phase: 'saving' } });
    try {
      const made = subfolders.get(shareId);
      const into = made?.parentId === folder.id ? made.folder : await deps.createFolder(folder.id, folderNameOf(row));
      subfolders.set(shareId, { parentId: folder.id, folder: into });
      await deps.restore(shareId, into.id);
      patch(shareId, { save: { phase: 'saved', folder, into } });
      return 'saved';
    } catch (error) {
      const kind = errorKindOf(error);
      // PikPak's open answer does not tell one's own share; its refusal to restore does, and the row says so now.
      const open = own(find(shareId)?.open, kind);
      patch(shareId, { save: { phase: 'failed', kind }, ...(open ? { open } : {}) });
      return 'failed';
    }
  }

  async function save(folder: FolderRef, only?: ReadonlySet<string>) {
    if (run.peek().phase === 'saving') return;
    lastFolder = folder;
    const chosen = rows.peek().filter((row) => only === undefined || only.has(row.shareId));
    const targets = new Set(chosen.filter((row) => row.save.phase !== 'saved').map((row) => row.shareId));
    const skipped = chosen.length - targets.size;
    const counts = { done: 0, saved: 0, failed: 0 };
    batch(() => {
      rows.value = rows.peek().map((row) => (targets.has(row.shareId) ? { ...row, save: { phase: 'waiting' } } : row));
      run.value = { phase: 'saving', folder, done: 0, total: targets.size };
    });
    await Promise.all(
      [...targets].map(async (shareId) => {
        // A share still opening waits for its answer before it takes one of the saving turns.
        await opened(shareId);
        const outcome = await saves(() => saveOne(shareId, folder));
        counts.done += 1;
        if (outcome !== 'gone') counts[outcome] += 1;
        run.value = { phase: 'saving', folder, done: counts.done, total: targets.size };
      }),
    );
    run.value = { phase: 'done', folder, saved: counts.saved, failed: counts.failed, skipped };
  }

  return {
    rows,
    run,
    load(links) {
      const before = new Map(rows.peek().map((row) => [row.shareId, row]));
      const fresh: BatchRow[] = [];
      rows.value = links.map((link) => {
        const known = before.get(link.shareId);
        // The same share pasted again keeps what it has (and a code the user typed), unless the paste has a new code.
        if (known && (link.passCode === undefined || link.passCode === known.passCode)) return known;
        const row: BatchRow = { ...link, open: { phase: 'opening' }, save: known?.save ?? { phase: 'none' } };
        fresh.push(row);
        return row;
      });
      for (const shareId of before.keys()) if (!find(shareId)) opening.delete(shareId);
      for (const row of fresh) void open(row.shareId, row.passCode, false);
    },
    reopen: (shareId, passCode) => open(shareId, passCode ?? find(shareId)?.passCode, true),
    remove(shareId) {
      opening.delete(shareId);
      rows.value = rows.peek().filter((row) => row.shareId !== shareId);
    },
    saveAll: (folder) => save(folder),
    async retryFailed() {
      if (lastFolder === undefined || run.peek().phase === 'saving') return;
      const failed = rows.peek().filter((row) => row.save.phase === 'failed');
      for (const row of failed) {
        // A share that could not be read may be readable now (a code typed since, a region, the network).
        if (row.open.phase !== 'open' || row.open.summary.status !== 'ok') void open(row.shareId, row.passCode, true);
      }
      await save(lastFolder, new Set(failed.map((row) => row.shareId)));
    },
  };
}
