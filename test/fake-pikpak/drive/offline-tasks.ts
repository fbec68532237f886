import { makeDriveId, makeGcid } from '../core/ids.ts';
import type { FakeState } from '../state.ts';
import { typeOf } from './file-types.ts';
import { createFile, getOwnFile } from './files.ts';
import type { SourceInfo } from './source-url.ts';
import type { DriveFile, OfflineTask, Phase, VideoInfo } from './types.ts';

/**
 * Offline-download tasks and the file each one fills (pikpak-api.md §5–§6). The result file exists
 * from the start with the task's phase, so the usual `phase eq COMPLETE` listing hides it until the
 * task completes; completing gives it its size (and, for a folder result, one video inside).
 */

export const DEFAULT_MESSAGES: Record<Phase, string> = {
  // Guess: PENDING/COMPLETE wording is not in any source; "Saving" and "Task timeout" are.
  PHASE_TYPE_PENDING: 'Waiting',
  PHASE_TYPE_RUNNING: 'Saving',
  PHASE_TYPE_COMPLETE: 'Saved',
  PHASE_TYPE_ERROR: 'Task timeout',
};

export interface NewOfflineTask {
  userId: string;
  url: string;
  source: SourceInfo;
  /** Folder the result goes into ("" = root). */
  parentId: string;
  phase?: Phase;
  progress?: number;
  message?: string;
  createdMs?: number;
}

export function createOfflineTask(state: FakeState, init: NewOfflineTask): OfflineTask {
  const now = init.createdMs ?? state.clock.now();
  const phase = init.phase ?? 'PHASE_TYPE_RUNNING';
  const file = createFile(state, {
    userId: init.userId,
    parentId: init.parentId,
    name: init.source.name,
    kind: init.source.kind,
    phase,
    originalUrl: init.url,
    createdMs: now,
    ...(init.source.kind === 'drive#file' ? videoFor(init.source.name) : {}),
  });
  const task: OfflineTask = {
    id: makeDriveId(state.prng),
    userId: init.userId,
    name: init.source.name,
    fileId: file.id,
    // The task keeps the requested name; the file may have been de-duplicated (OFS, pikpak-api.md §9.9).
    fileName: init.source.name,
    fileSize: init.source.size,
    mimeType: init.source.kind === 'drive#file' ? typeOf(init.source.name).mimeType : '',
    phase: 'PHASE_TYPE_RUNNING',
    progress: 0,
    message: DEFAULT_MESSAGES.PHASE_TYPE_RUNNING,
    url: init.url,
    createdMs: now,
    updatedMs: now,
    resultKind: init.source.kind,
  };
  state.tasks.set(task.id, task);
  updateOfflineTask(state, task, {
    phase,
    progress: init.progress ?? (phase === 'PHASE_TYPE_COMPLETE' ? 100 : 0),
    ...(init.message === undefined ? {} : { message: init.message }),
  });
  task.updatedMs = now;
  return task;
}

export interface TaskUpdate {
  phase?: Phase;
  progress?: number;
  message?: string;
}

/** Applies a change and keeps the result file in step with the task. */
export function updateOfflineTask(state: FakeState, task: OfflineTask, update: TaskUpdate): void {
  const phase = update.phase ?? task.phase;
  const phaseChanged = phase !== task.phase;
  task.phase = phase;
  if (update.progress !== undefined) task.progress = Math.max(0, Math.min(100, Math.round(update.progress)));
  if (phase === 'PHASE_TYPE_COMPLETE') task.progress = 100;
  task.message = update.message ?? (phaseChanged ? DEFAULT_MESSAGES[phase] : task.message);
  task.updatedMs = state.clock.now();
  const file = getOwnFile(state, task.userId, task.fileId);
  if (!file) return;
  file.phase = phase;
  file.modifiedMs = task.updatedMs;
  if (phase === 'PHASE_TYPE_COMPLETE') finishFile(state, task, file);
}

function finishFile(state: FakeState, task: OfflineTask, file: DriveFile): void {
  if (file.kind === 'drive#file') {
    file.size = task.fileSize;
    return;
  }
  const hasChildren = [...state.files.values()].some((f) => f.parentId === file.id);
  if (hasChildren) return;
  // Guess: a multi-file result folder (pikpak-api.md §5) gets one video named after the task.
  const inner = `${task.name}.mkv`;
  const child = createFile(state, {
    userId: task.userId,
    parentId: file.id,
    name: inner,
    kind: 'drive#file',
    size: task.fileSize,
    originalUrl: task.url,
    ...videoFor(inner),
  });
  child.hash = makeGcid(`${task.id}:${inner}`);
}

function videoFor(name: string): { video?: VideoInfo } {
  if (typeOf(name).category !== 'VIDEO') return {};
  // A stable made-up length: 20–140 minutes, 1080p.
  const minutes = 20 + ((name.length * 7919) % 120);
  return { video: { durationSeconds: minutes * 60 + 7, width: 1920, height: 1080 } };
}

/** control.tasks.autoProgress: run RUNNING (and start PENDING) tasks forward on the fake clock. */
export function advanceOfflineTasks(state: FakeState): void {
  const rate = state.settings.tasks.autoProgressPercentPerSecond;
  if (!rate || rate <= 0) return;
  const now = state.clock.now();
  for (const task of state.tasks.values()) {
    if (task.phase === 'PHASE_TYPE_PENDING') {
      updateOfflineTask(state, task, { phase: 'PHASE_TYPE_RUNNING' });
      continue;
    }
    if (task.phase !== 'PHASE_TYPE_RUNNING') continue;
    const gained = Math.floor(((now - task.updatedMs) / 1000) * rate);
    if (gained < 1) continue;
    const progress = task.progress + gained;
    updateOfflineTask(state, task, progress >= 100 ? { phase: 'PHASE_TYPE_COMPLETE' } : { progress });
  }
}
