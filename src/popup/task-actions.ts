import type { OfflineTask } from '../shared/domain.ts';
import type { ResponseOf } from '../shared/messages.ts';

/** What the popup's task controls do; main.tsx wires them to the background and the browser, tests pass their own. */
export interface TaskActions {
  refresh: () => Promise<void>;
  retry: (id: string) => Promise<void>;
  retryAllFailed: () => Promise<ResponseOf<'tasks.retryAllFailed'>>;
  delete: (ids: string[], deleteFiles: boolean) => Promise<void>;
  clearCompleted: () => Promise<ResponseOf<'tasks.clearCompleted'>>;
  /** Opens the task's result in the file browser. */
  openResult: (task: OfflineTask) => Promise<void>;
  /** Puts the source link on the clipboard. */
  copyLink: (url: string) => Promise<void>;
}

/** The folder that shows a task's result: the folder it filled, or the one holding its file. */
export function resultFolderOf(task: OfflineTask): string | undefined {
  const resource = task.resource;
  if (resource === undefined) return undefined;
  return resource.kind === 'folder' ? resource.id : resource.parentId || undefined;
}
