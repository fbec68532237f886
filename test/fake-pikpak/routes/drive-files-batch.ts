import { createAsyncTask } from '../drive/async-tasks.ts';
import { copyTree, deleteForever, getOwnFile, isDescendantOf, uniqueName } from '../drive/files.ts';
import type { AsyncTaskType, DriveFile } from '../drive/types.ts';
import { fields } from '../http/body.ts';
import { Errors, errorReply } from '../http/envelope.ts';
import { ok, type Reply } from '../http/reply.ts';
import type { FakeState } from '../state.ts';
import { userOf, type DriveContext } from './drive-guard.ts';

/**
 * Batch mutations (pikpak-api.md §7.4, §12.4). Each answers `{task_id}` at once and changes the drive when
 * the task completes (see drive/async-tasks.ts for timing); rclone polls that task until PHASE_TYPE_COMPLETE.
 * star/unstar are synchronous and answer `{ids}` (TSD).
 */

type Op = 'batchMove' | 'batchCopy' | 'batchTrash' | 'batchUntrash' | 'batchDelete';

const TASK_TYPES: Record<Op, AsyncTaskType> = {
  batchMove: 'move',
  batchCopy: 'copy',
  batchTrash: 'trash',
  batchUntrash: 'untrash',
  batchDelete: 'delete',
};

export function batchOperation(op: Op) {
  return (ctx: DriveContext): Reply => {
    const { state } = ctx;
    const sub = userOf(ctx);
    const body = fields(ctx.body);
    const ids = body.strList('ids') ?? [];
    if (ids.length === 0) return Errors.invalidArgument('ids is empty');
    const files = ids.map((id) => getOwnFile(state, sub, id));
    // Guess: one unknown id fails the whole batch.
    if (files.some((f) => !f)) return Errors.fileNotFound();
    const targets = files as DriveFile[];
    let destination = '';
    if (op === 'batchMove' || op === 'batchCopy') {
      const to = body.obj('to');
      // PPA sends `"to":{}` for the root.
      destination = to.str('parent_id') ?? '';
      if (destination && getOwnFile(state, sub, destination)?.kind !== 'drive#folder')
        return Errors.fileNotFound('parent not found');
      if (targets.some((t) => intoCurrentOrInside(state, t, destination))) return moveOrCopyToCurrent();
    }
    const task = createAsyncTask(state, {
      userId: sub,
      type: TASK_TYPES[op],
      fileId: targets[0]?.id ?? '',
      apply: () => applyOperation(state, op, targets, destination, sub),
    });
    return ok({ task_id: task.id });
  };
}

/**
 * rclone's moveObjects comment: "file_move_or_copy_to_cur" (9) "Please don't move or copy to current folder or
 * sub folder"; pikpak-kotlin's batchCopy says the same of a copy into the item's own parent or its own subtree.
 */
function intoCurrentOrInside(state: FakeState, file: DriveFile, destination: string): boolean {
  if (file.parentId === destination || file.id === destination) return true;
  const destFile = destination ? state.files.get(destination) : undefined;
  return destFile !== undefined && isDescendantOf(state, destFile, file.id);
}

// Guess: one such id refuses the whole batch, at once (not through the task), with HTTP 400 (pikpaktui's test
// of this error answers 400; gRPC's FAILED_PRECONDITION, code 9, maps to 400 too).
function moveOrCopyToCurrent(): Reply {
  return errorReply({
    status: 400,
    error: 'file_move_or_copy_to_cur',
    code: 9,
    description: "Please don't move or copy to current folder or sub folder",
  });
}

function applyOperation(state: FakeState, op: Op, targets: DriveFile[], destination: string, sub: string): void {
  const now = state.clock.now();
  for (const file of targets) {
    if (!state.files.has(file.id)) continue;
    switch (op) {
      case 'batchMove':
        file.name = uniqueName(state, sub, destination, file.name, file.id);
        file.parentId = destination;
        file.modifiedMs = now;
        break;
      case 'batchCopy':
        copyTree(state, file, sub, destination);
        break;
      case 'batchTrash':
        file.trashed = true;
        file.deleteMs = now;
        break;
      case 'batchUntrash': {
        // RC-P: untrash does not necessarily restore the old location. Guess: the old folder if it is
        // still there and not trashed, otherwise the root.
        const parent = state.files.get(file.parentId);
        if (file.parentId && (!parent || parent.trashed)) file.parentId = '';
        file.name = uniqueName(state, sub, file.parentId, file.name, file.id);
        file.trashed = false;
        file.deleteMs = 0;
        break;
      }
      case 'batchDelete':
        deleteForever(state, file.id);
        break;
    }
  }
}

export function emptyTrash(ctx: DriveContext): Reply {
  const { state } = ctx;
  const sub = userOf(ctx);
  const task = createAsyncTask(state, {
    userId: sub,
    type: 'empty_trash',
    apply: () => {
      for (const file of [...state.files.values()]) {
        if (file.userId === sub && file.trashed) deleteForever(state, file.id);
      }
    },
  });
  return ok({ task_id: task.id });
}

export function setStarred(starred: boolean) {
  return (ctx: DriveContext): Reply => {
    const sub = userOf(ctx);
    const ids = fields(ctx.body).strList('ids') ?? [];
    if (ids.length === 0) return Errors.invalidArgument('ids is empty');
    const files = ids.map((id) => getOwnFile(ctx.state, sub, id));
    if (files.some((f) => !f)) return Errors.fileNotFound();
    for (const file of files) if (file) file.starred = starred;
    return ok({ ids });
  };
}
