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
export { createFolder, fileFilters, getFile, listFiles, type FileFilters, type ListFilesOptions } from './files.ts';
export {
  createOfflineTask,
  deleteTasks,
  getTask,
  listTasks,
  retryTask,
  type CreateOfflineTaskInput,
  type ListTasksOptions,
} from './tasks.ts';
