/** One import for the worker: every endpoint function. */
export { getAbout, getMe, getMembership } from './account.ts';
export {
  refreshWith,
  revoke,
  signInWithCaptchaToken,
  signInWithPassword,
  signinMeta,
  type PasswordCredentials,
} from './auth.ts';
export {
  copyFiles,
  deleteFilesForever,
  emptyTrash,
  moveFiles,
  setStarred,
  trashFiles,
  untrashFiles,
  type TaskId,
  type TaskVerb,
} from './file-batches.ts';
export { listView, viewListOptions } from './file-views.ts';
export {
  createFolder,
  fileFilters,
  getFile,
  listFiles,
  renameFile,
  type FileFilters,
  type ListFilesOptions,
} from './files.ts';
export { TASK_WAIT_DEFAULTS, waitForTask, type TaskWaitOptions } from './task-wait.ts';
export {
  createOfflineTask,
  deleteTasks,
  getTask,
  listTasks,
  retryTask,
  type CreateOfflineTaskInput,
  type ListTasksOptions,
} from './tasks.ts';
export {
  getShareFile,
  listShareFolder,
  openShare,
  restoreShare,
  shareFailure,
  SHARE_PAGE_SIZE,
  type OpenShareInput,
  type RestoreInput,
  type ShareFolderInput,
  type ShareOpenResult,
} from './shares.ts';
