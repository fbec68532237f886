import type { FileContent } from './media-content.ts';

/**
 * The fake's in-memory model. These are not wire shapes: `drive/wire.ts` turns them into the
 * snake_case JSON of pikpak-api.md §5–§8.
 */

export type Phase = 'PHASE_TYPE_PENDING' | 'PHASE_TYPE_RUNNING' | 'PHASE_TYPE_COMPLETE' | 'PHASE_TYPE_ERROR';
export type FileKind = 'drive#file' | 'drive#folder';
export type FileCategory = 'VIDEO' | 'AUDIO' | 'IMAGE' | 'TEXT' | 'ARCHIVE' | 'OTHER';

export interface Account {
  sub: string;
  email: string;
  name: string;
  password: string;
  phoneNumber: string;
  createdMs: number;
  /**
   * The membership `type` GET /drive/v1/privilege/vip reports (pikpak-api.md §7.6): 'novip' is a free account,
   * 'platinum' the paid plan; any other string stands for a paid type a client may not know.
   */
  vip: string;
  /** When a paid membership ends (epoch ms); at or after it the membership is lapsed ("invalid"). */
  vipExpireMs: number;
  /** Storage quota in bytes (numbers are exact up to 9 PB, plenty here). */
  quotaLimit: number;
}

export interface VideoInfo {
  durationSeconds: number;
  width: number;
  height: number;
  /** `medias[].video` of the Original; 'h264', 4.5 Mbit/s and 24 fps when not given. */
  videoCodec?: string;
  bitRate?: number;
  frameRate?: number;
}

export interface DriveFile {
  id: string;
  userId: string;
  /** "" is the root folder. */
  parentId: string;
  name: string;
  kind: FileKind;
  size: number;
  mimeType: string;
  /** GCID; "" for folders. */
  hash: string;
  createdMs: number;
  modifiedMs: number;
  starred: boolean;
  trashed: boolean;
  deleteMs: number;
  phase: Phase;
  folderType: 'NORMAL' | 'DOWNLOAD';
  category: FileCategory;
  video?: VideoInfo;
  /** Source link for offline-download results (params.url on the wire). */
  originalUrl: string;
  /**
   * How GET /drive/v1/files/{id} and share file_info hand out this file's link (pikpak-api.md §7.3, §12.4):
   * 'ok' (default) a working CDN link; 'missing' no link at all; 'empty-fid' URLs that carry `fid=&`, which
   * clients must treat as unusable. Set with `control.files.setDownloadLink`.
   */
  downloadLink: DownloadLinkState;
  /**
   * Real bytes the CDN serves for this file (drive/media-content.ts); `size` is then their length. Without it the
   * CDN serves pseudo-random bytes derived from the GCID.
   */
  content?: FileContent;
}

export type DownloadLinkState = 'ok' | 'missing' | 'empty-fid';

export interface OfflineTask {
  id: string;
  userId: string;
  name: string;
  fileId: string;
  fileName: string;
  fileSize: number;
  mimeType: string;
  phase: Phase;
  progress: number;
  message: string;
  url: string;
  createdMs: number;
  updatedMs: number;
  /** Whether the result is one file or a folder (multi-file torrent). */
  resultKind: FileKind;
}

export type AsyncTaskType = 'move' | 'copy' | 'trash' | 'untrash' | 'delete' | 'empty_trash' | 'restore';

/** Tasks returned by batch operations and share restore; polled with GET /drive/v1/tasks/{id}. */
export interface AsyncTask {
  id: string;
  userId: string;
  type: AsyncTaskType;
  name: string;
  createdMs: number;
  completeAtMs: number;
  phase: Phase;
  params: Record<string, string>;
  fileId: string;
  /** PikPak's human text once the task ended PHASE_TYPE_ERROR (set by `control.batchTasks.failNext`). */
  failMessage?: string;
  /** Applies the change; runs once, when the task completes (never for a task that fails). */
  apply: () => void;
}

/** `control.batchTasks.failNext`: the next matching batch or restore tasks end PHASE_TYPE_ERROR with `message`. */
export interface AsyncTaskFailure {
  /** Only tasks of this type (default: any). */
  type?: AsyncTaskType;
  message: string;
  /** Matching tasks to let succeed first. */
  skip: number;
  /** Matching tasks still to fail. */
  remaining: number;
}

export type ShareStatus =
  'OK' | 'PASS_CODE_EMPTY' | 'PASS_CODE_ERROR' | 'PROHIBITED' | 'NOT_FOUND' | 'EXPIRED' | 'SENSITIVE_RESOURCE';

export interface Share {
  id: string;
  ownerSub: string;
  /** "" = no pass code. */
  passCode: string;
  /** Status forced by the seed or a test (EXPIRED, PROHIBITED, SENSITIVE_RESOURCE …); OK otherwise. */
  status: ShareStatus;
  fileIds: string[];
  createdMs: number;
}
