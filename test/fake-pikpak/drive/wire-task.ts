import { formatTime } from '../core/format.ts';
import type { FakeState } from '../state.ts';
import { iconLink, thumbnailLink } from './wire-file.ts';
import type { AsyncTask, OfflineTask } from './types.ts';

/** Offline tasks on the wire (pikpak-api.md §5 create response, §6.1 list entries). */

const PREDICT = { predict_speed: '73300775185', predict_type: '3' };

export function offlineTaskToWire(
  state: FakeState,
  task: OfflineTask,
  options: { withReference?: boolean; createResponse?: boolean } = {},
): Record<string, unknown> {
  const file = state.files.get(task.fileId);
  const category = file?.category ?? 'OTHER';
  const wire: Record<string, unknown> = {
    kind: 'drive#task',
    id: task.id,
    name: task.name,
    type: 'offline',
    user_id: task.userId,
    statuses: [],
    status_size: 1,
    // The create response carries only the predict_* params (OFS capture).
    params: options.createResponse ? { ...PREDICT } : { age: '0', mime_type: task.mimeType, ...PREDICT, url: task.url },
    file_id: task.fileId,
    file_name: task.fileName,
    file_size: String(task.fileSize),
    message: task.message,
    created_time: formatTime(task.createdMs),
    updated_time: formatTime(task.updatedMs),
    third_task_id: '',
    phase: task.phase,
    progress: task.progress,
    icon_link: iconLink({ kind: task.resultKind, category }),
    callback: '',
    space: '',
  };
  if (options.withReference) {
    // Guess: a task whose file was deleted reports null rather than dropping the key.
    wire['reference_resource'] = file
      ? {
          '@type': 'type.googleapis.com/drive.ReferenceFile',
          kind: file.kind,
          id: file.id,
          parent_id: file.parentId,
          name: file.name,
          size: String(file.size),
          mime_type: file.mimeType,
          icon_link: iconLink(file),
          hash: file.hash,
          phase: file.phase,
          thumbnail_link: thumbnailLink(file),
          params: {},
          space: '',
          medias: [],
          starred: file.starred,
          tags: [],
          audit: null,
        }
      : null;
  }
  return wire;
}

/** Batch/restore tasks polled via GET /drive/v1/tasks/{id}. Guess: the offline task's envelope, with other `type`s. */
export function asyncTaskToWire(task: AsyncTask): Record<string, unknown> {
  const done = task.phase === 'PHASE_TYPE_COMPLETE';
  const failed = task.phase === 'PHASE_TYPE_ERROR';
  const ended = done || failed;
  return {
    kind: 'drive#task',
    id: task.id,
    name: task.name,
    type: task.type,
    user_id: task.userId,
    statuses: [],
    status_size: 0,
    params: task.params,
    file_id: task.fileId,
    file_name: '',
    file_size: '0',
    // Guess: the texts; an offline task's failure carries PikPak's reason in `message` (§6.1), so does this one.
    message: failed ? (task.failMessage ?? '') : done ? 'Completed' : 'Processing',
    created_time: formatTime(task.createdMs),
    updated_time: formatTime(ended ? task.completeAtMs : task.createdMs),
    third_task_id: '',
    phase: task.phase,
    progress: done ? 100 : 0,
    icon_link: '',
    callback: '',
    space: '',
  };
}
