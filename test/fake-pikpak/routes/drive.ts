import type { Route } from '../http/router.ts';
import { about, areaCountryCode, vip } from './drive-account.ts';
import { batchOperation, emptyTrash, setStarred } from './drive-files-batch.ts';
import { getFile, listFiles } from './drive-files-read.ts';
import { createFileOrTask, renameFile } from './drive-files-write.ts';
import { guarded } from './drive-guard.ts';
import { openShare, restoreShare, shareDetail, shareFileInfo } from './drive-shares.ts';
import { deleteTasks, getTask, listTasks, retryTask } from './drive-tasks.ts';

/**
 * Route table for api-drive.mypikpak.com / .net. Order matters: literal paths such as
 * `/drive/v1/files/trash:empty` come before the `/drive/v1/files/{id}` pattern.
 */
const account = { auth: 'required', captcha: false } as const;
// X-Captcha-Token is enforced on the download-link call (pikpak-api.md §3.5) and on share endpoints.
const withCaptcha = { auth: 'required', captcha: true } as const;
const shareRead = { auth: 'optional', captcha: true, share: true } as const;
const shareWrite = { auth: 'required', captcha: true, share: true } as const;

const FILE_ID = /^\/drive\/v1\/files\/([^/:]+)$/;
const TASK_ID = /^\/drive\/v1\/tasks\/([^/]+)$/;

export const driveRoutes: readonly Route[] = [
  { method: 'GET', pattern: '/drive/v1/about', handler: guarded(account, about) },
  { method: 'GET', pattern: '/drive/v1/privilege/vip', handler: guarded(account, vip) },
  { method: 'GET', pattern: '/drive/v1/privilege/area_country_code', handler: guarded(account, areaCountryCode) },

  { method: 'GET', pattern: '/drive/v1/files', handler: guarded(account, listFiles) },
  { method: 'POST', pattern: '/drive/v1/files', handler: guarded(account, createFileOrTask) },
  { method: 'PATCH', pattern: '/drive/v1/files/trash:empty', handler: guarded(account, emptyTrash) },
  { method: 'POST', pattern: '/drive/v1/files:batchMove', handler: guarded(account, batchOperation('batchMove')) },
  { method: 'POST', pattern: '/drive/v1/files:batchCopy', handler: guarded(account, batchOperation('batchCopy')) },
  { method: 'POST', pattern: '/drive/v1/files:batchTrash', handler: guarded(account, batchOperation('batchTrash')) },
  {
    method: 'POST',
    pattern: '/drive/v1/files:batchUntrash',
    handler: guarded(account, batchOperation('batchUntrash')),
  },
  { method: 'POST', pattern: '/drive/v1/files:batchDelete', handler: guarded(account, batchOperation('batchDelete')) },
  { method: 'POST', pattern: '/drive/v1/files:star', handler: guarded(account, setStarred(true)) },
  { method: 'POST', pattern: '/drive/v1/files:unstar', handler: guarded(account, setStarred(false)) },
  { method: 'GET', pattern: FILE_ID, handler: guarded(withCaptcha, getFile) },
  { method: 'PATCH', pattern: FILE_ID, handler: guarded(account, renameFile) },

  { method: 'GET', pattern: '/drive/v1/tasks', handler: guarded(account, listTasks) },
  { method: 'DELETE', pattern: '/drive/v1/tasks', handler: guarded(account, deleteTasks) },
  { method: 'GET', pattern: TASK_ID, handler: guarded(account, getTask) },
  { method: 'POST', pattern: '/drive/v1/task', handler: guarded(account, retryTask) },

  { method: 'GET', pattern: '/drive/v1/share', handler: guarded(shareRead, openShare) },
  { method: 'GET', pattern: '/drive/v1/share/detail', handler: guarded(shareRead, shareDetail) },
  { method: 'GET', pattern: '/drive/v1/share/file_info', handler: guarded(shareRead, shareFileInfo) },
  { method: 'POST', pattern: '/drive/v1/share/restore', handler: guarded(shareWrite, restoreShare) },
];
