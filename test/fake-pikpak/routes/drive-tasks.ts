import { deleteForever } from '../drive/files.ts';
import { matchesFilters, parseFilters, type FieldGetters } from '../drive/filters.ts';
import { updateOfflineTask } from '../drive/offline-tasks.ts';
import { paginate, parseLimit } from '../drive/paging.ts';
import type { OfflineTask } from '../drive/types.ts';
import { asyncTaskToWire, offlineTaskToWire } from '../drive/wire-task.ts';
import { fields } from '../http/body.ts';
import { Errors, errorReply } from '../http/envelope.ts';
import { ok, type Reply } from '../http/reply.ts';
import { userOf, type DriveContext } from './drive-guard.ts';

/** Offline task list, one task, delete and retry (pikpak-api.md §6). */

const TASK_FIELDS: FieldGetters<OfflineTask> = {
  phase: (t) => t.phase,
  id: (t) => t.id,
  file_id: (t) => t.fileId,
  name: (t) => t.name,
};

// Guess: seconds until the next poll; 3 while anything runs (OFS saw 3), 60 when idle (also seen).
const POLL_BUSY_SECONDS = 3;
const POLL_IDLE_SECONDS = 60;

export function listTasks(ctx: DriveContext): Reply {
  const { state, query } = ctx;
  const sub = userOf(ctx);
  const filters = parseFilters(query.get('filters'));
  if (filters === 'invalid') return Errors.invalidArgument('filters is invalid');
  const type = query.get('type') || 'offline';
  const own = [...state.tasks.values()].filter((t) => t.userId === sub);
  // Guess: only offline tasks are listed; batch tasks are reachable by id only.
  const matching = type === 'offline' ? own.filter((t) => matchesFilters(t, filters, TASK_FIELDS)) : [];
  matching.sort((a, b) => b.createdMs - a.createdMs || a.id.localeCompare(b.id));
  const page = paginate(
    matching,
    query.get('page_token'),
    parseLimit(query.get('limit'), 100, 10000),
    `tasks:${sub}:${type}:${query.get('filters') ?? ''}`,
  );
  if (page === 'invalid') return Errors.invalidArgument('page_token is invalid');
  const withReference = (query.get('with') ?? '').split(',').includes('reference_resource');
  const busy = own.some((t) => t.phase === 'PHASE_TYPE_RUNNING' || t.phase === 'PHASE_TYPE_PENDING');
  return ok({
    tasks: page.items.map((t) => offlineTaskToWire(state, t, { withReference })),
    next_page_token: page.nextPageToken,
    expires_in: busy ? POLL_BUSY_SECONDS : POLL_IDLE_SECONDS,
  });
}

export function getTask(ctx: DriveContext): Reply {
  const sub = userOf(ctx);
  const id = ctx.params[0] ?? '';
  const offline = ctx.state.tasks.get(id);
  if (offline?.userId === sub) return ok(offlineTaskToWire(ctx.state, offline));
  const batch = ctx.state.asyncTasks.get(id);
  if (batch?.userId === sub) return ok(asyncTaskToWire(batch));
  return taskNotFound();
}

/** Accepts `task_ids=a&task_ids=b` and `task_ids=a,b` (both seen, pikpak-api.md §6.3). Guess: unknown ids are ignored. */
export function deleteTasks(ctx: DriveContext): Reply {
  const sub = userOf(ctx);
  const ids = ctx.query
    .getAll('task_ids')
    .flatMap((v) => v.split(','))
    .map((s) => s.trim())
    .filter(Boolean);
  if (ids.length === 0) return Errors.invalidArgument('task_ids is empty');
  const deleteFiles = ctx.query.get('delete_files') === 'true';
  for (const id of ids) {
    const task = ctx.state.tasks.get(id);
    if (task?.userId !== sub) continue;
    ctx.state.tasks.delete(id);
    // Guess: the files are deleted for good rather than trashed.
    if (deleteFiles) deleteForever(ctx.state, task.fileId);
  }
  return ok({});
}

/** POST /drive/v1/task `{type:"offline",create_type:"RETRY",id}`: ERROR → PENDING at 0 % (pikpak-api.md §6.4). */
export function retryTask(ctx: DriveContext): Reply {
  const sub = userOf(ctx);
  const body = fields(ctx.body);
  if (body.str('create_type') !== 'RETRY') return Errors.invalidArgument('create_type is not supported');
  const task = ctx.state.tasks.get(body.str('id') ?? '');
  if (task?.userId !== sub) return taskNotFound();
  if (task.phase !== 'PHASE_TYPE_ERROR') return Errors.invalidArgument('task is not in error phase');
  updateOfflineTask(ctx.state, task, { phase: 'PHASE_TYPE_PENDING', progress: 0 });
  // Guess: the response shape is unknown (pikpak-api.md §6.4); the fake returns the task.
  return ok({ task: offlineTaskToWire(ctx.state, task) });
}

// Guess: name and code follow file_not_found.
function taskNotFound(): Reply {
  return errorReply({ status: 404, error: 'task_not_found', code: 5, description: 'Task not found' });
}
