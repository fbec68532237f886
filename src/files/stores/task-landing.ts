import type { OfflineTask } from '../../shared/domain.ts';
import type { TaskSnapshot } from '../../shared/task-snapshot.ts';

/** The folder a task's result appears in: the parent of the file or folder it filled. */
function landedIn(task: OfflineTask): string | undefined {
  return task.resource?.parentId;
}

/**
 * The folders that gained a finished download between two snapshots of the task monitor (taskSnapshot): tasks
 * complete now that were not complete (or not there) before.
 */
export function foldersWithNewDownloads(
  before: TaskSnapshot | null | undefined,
  after: TaskSnapshot | null | undefined,
): Set<string> {
  const folders = new Set<string>();
  // Nothing to compare with (not read yet, no list yet, another account): everything complete is history.
  if (before == null || after == null || before.sub !== after.sub) return folders;
  const wasComplete = new Set(before.tasks.filter((task) => task.phase === 'complete').map((task) => task.id));
  for (const task of after.tasks) {
    const folder = landedIn(task);
    if (task.phase === 'complete' && !wasComplete.has(task.id) && folder !== undefined) folders.add(folder);
  }
  return folders;
}
