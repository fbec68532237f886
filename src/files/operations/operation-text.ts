import { describeError, type ErrorKind } from '../../shared/errors.ts';
import { t, type MessageKey } from '../../shared/i18n.ts';
import { itemCount } from '../format.ts';
import type { Operation, OperationKind } from './operation.ts';

type Phase = 'running' | 'done' | 'failed';

const TEXTS: Record<OperationKind, Record<Phase, MessageKey>> = {
  move: { running: 'filesOpMoveRunning', done: 'filesOpMoveDone', failed: 'filesOpMoveFailed' },
  copy: { running: 'filesOpCopyRunning', done: 'filesOpCopyDone', failed: 'filesOpCopyFailed' },
  trash: { running: 'filesOpTrashRunning', done: 'filesOpTrashDone', failed: 'filesOpTrashFailed' },
  restore: { running: 'filesOpRestoreRunning', done: 'filesOpRestoreDone', failed: 'filesOpRestoreFailed' },
  deleteForever: { running: 'filesOpDeleteRunning', done: 'filesOpDeleteDone', failed: 'filesOpDeleteFailed' },
  star: { running: 'filesOpStarRunning', done: 'filesOpStarDone', failed: 'filesOpStarFailed' },
  unstar: { running: 'filesOpUnstarRunning', done: 'filesOpUnstarDone', failed: 'filesOpUnstarFailed' },
  emptyTrash: { running: 'filesOpEmptyRunning', done: 'filesOpEmptyDone', failed: 'filesOpEmptyFailed' },
  save: { running: 'sharesOpSaveRunning', done: 'sharesOpSaveDone', failed: 'sharesOpSaveFailed' },
};

/** “report.pdf” for one item, "3 items" for more: how a sentence names what it is about. */
export function whatText(items: readonly { name: string }[]): string {
  const only = items.length === 1 ? items[0] : undefined;
  return only === undefined ? itemCount(items.length) : t('filesOpOneItem', only.name);
}

/** "Moving 3 items to Archive…", "Moved 3 items to Archive", "Could not move 3 items". */
export function operationText(operation: Operation, phase: Phase): string {
  const key = TEXTS[operation.kind][phase];
  if (operation.kind === 'emptyTrash') return t(key);
  const what = whatText(operation.items);
  const to =
    operation.kind === 'move' || operation.kind === 'copy' || operation.kind === 'save' ? operation.to : undefined;
  return to === undefined ? t(key, what) : t(key, [what, to.name]);
}

/** Why it failed, as the error's own sentence ("PikPak is having trouble right now."). */
export const reasonText = (kind: ErrorKind): string => t(describeError(kind).messageKey);

/** What failed and why, in one sentence for screen readers: "Could not move 3 items: PikPak is having trouble…" */
export function failureText(operation: Operation, kind: ErrorKind): string {
  return t('filesOpFailure', [operationText(operation, 'failed'), reasonText(kind)]);
}
