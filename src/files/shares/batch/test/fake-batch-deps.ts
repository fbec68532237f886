import { RequestError } from '../../../../shared/messages.ts';
import type { FolderRef } from '../../../../shared/folders.ts';
import type { ShareStatus, ShareSummary } from '../../../../shared/shares.ts';
import type { BatchDeps } from '../batch-store.ts';

/** One share as the fake worker knows it. */
export interface FakeShare {
  status?: ShareStatus;
  passCode?: string;
  title?: string;
  fileCount?: number;
  size?: number;
  own?: boolean;
  /** One's own share that `open` does not tell (as PikPak's answer does not): only the restore refuses it. */
  ownUntilRestore?: boolean;
  /** The open request rejects with this kind (a network failure, not an answer). */
  openFails?: string;
  /** The restore rejects with this kind, `times` times (forever when absent); `own` shares reject with own-share. */
  restoreFails?: { kind: string; times?: number };
}

/**
 * The worker's `shares.open`, `drive.createFolder` and `shares.restore` for the batch's tests: answers from a table
 * of shares, records every call, counts how many run at once, and can hold answers until the test releases them.
 */
export function fakeBatchDeps(shares: Record<string, FakeShare>) {
  const calls: { name: 'open' | 'createFolder' | 'restore'; args: unknown[] }[] = [];
  const folders: (FolderRef & { parentId: string })[] = [];
  let running = 0;
  let mostAtOnce = 0;
  let held = false;
  const releases: (() => void)[] = [];

  async function step<T>(work: () => T): Promise<T> {
    running += 1;
    mostAtOnce = Math.max(mostAtOnce, running);
    try {
      if (held) await new Promise<void>((resolve) => releases.push(resolve));
      else await Promise.resolve();
      return work();
    } finally {
      running -= 1;
    }
  }

  const deps: BatchDeps = {
    open: (shareId, passCode) => {
      calls.push({ name: 'open', args: [shareId, passCode] });
      return step((): ShareSummary => {
        const share = shares[shareId];
        if (share?.openFails !== undefined) throw new RequestError(share.openFails, 'fake failure');
        if (share === undefined) return { shareId, status: 'deleted' };
        const status = share.status ?? 'ok';
        if (status === 'ok' && share.passCode !== undefined && passCode !== share.passCode) {
          return { shareId, status: passCode === undefined ? 'pass-code-needed' : 'pass-code-wrong' };
        }
        if (status !== 'ok') return { shareId, status };
        return {
          shareId,
          status,
          title: share.title ?? shareId,
          fileCount: share.fileCount ?? 1,
          size: share.size ?? 1024,
          ...(share.own ? { own: true } : {}),
        };
      });
    },
    createFolder: (parentId, name) => {
      calls.push({ name: 'createFolder', args: [parentId, name] });
      return step(() => {
        const folder = { id: `F${folders.length + 1}`, name, parentId };
        folders.push(folder);
        return { id: folder.id, name };
      });
    },
    restore: (shareId, toParentId) => {
      calls.push({ name: 'restore', args: [shareId, toParentId] });
      return step(() => {
        if (shares[shareId]?.ownUntilRestore) throw new RequestError('own-share', 'fake failure');
        const fails = shares[shareId]?.restoreFails;
        if (fails !== undefined && (fails.times === undefined || fails.times-- > 0)) {
          throw new RequestError(fails.kind, 'fake failure');
        }
        return { fileIds: [`saved-${shareId}`] };
      });
    },
  };

  return {
    deps,
    calls,
    folders,
    callsOf: (name: 'open' | 'createFolder' | 'restore') => calls.filter((call) => call.name === name),
    mostAtOnce: () => mostAtOnce,
    /** From now on answers wait for `release`. */
    hold: () => (held = true),
    /** Lets every held answer go, and the ones to come. */
    release() {
      held = false;
      for (const resolve of releases.splice(0)) resolve();
    },
    /** Lets the oldest held answer go. */
    releaseOne: () => releases.shift()?.(),
    waitingCount: () => releases.length,
  };
}
