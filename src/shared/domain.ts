/**
 * PikPak data in the extension's own shape: camelCase, times as epoch milliseconds, no wire quirks. Produced by
 * src/api/mappers.ts; plain JSON values only, so they survive runtime messages and browser.storage unchanged.
 */

/**
 * A byte count. PikPak sends sizes and quotas as decimal strings (pikpak-api.md §9.6) because they can exceed
 * 2^53. `bytes` is a plain number for arithmetic, sorting and display: exact up to Number.MAX_SAFE_INTEGER
 * (~9 PB), the nearest double beyond. `exact` is the decimal string as PikPak sent it, for the rare case that
 * needs every digit (comparisons with a CDN `f=` parameter, huge "unlimited" sentinels). Chosen over bigint
 * because bigint cannot go through structured clone → JSON storage or `runtime.sendMessage` in every browser.
 */
export interface ByteCount {
  bytes: number;
  exact: string;
}

/** Phase of a file or an offline task (`PHASE_TYPE_*`, §6.1); `unknown` keeps a new server value from breaking lists. */
export type Phase = 'pending' | 'running' | 'error' | 'complete' | 'unknown';

export interface UserProfile {
  sub: string;
  name: string;
  email?: string;
  phoneNumber?: string;
  pictureUrl?: string;
  /** Sign-in providers linked to the account (e.g. "password", "google.com"). */
  providers: string[];
  /** False for accounts made through Google/Facebook that never set a password (password sign-in fails for them). */
  hasPassword: boolean;
  status?: string;
  createdAt?: number;
}

export interface Quota {
  used: ByteCount;
  /** Absent when PikPak reports no limit (`is_unlimited`, or a limit of 0 / negative, §7.6). */
  limit?: ByteCount;
  inTrash: ByteCount;
  unlimited: boolean;
}

export interface AccountAbout {
  storage: Quota;
  /** `quotas.cloud_download`: the offline-download allowance. Units are not documented (§7.6). */
  cloudDownload?: Quota;
  membership?: {
    /** PikPak's `user_type` number (meaning undocumented). */
    userType?: number;
    /** `expires_at`, when set. */
    expiresAt?: number;
  };
}

/**
 * The account's membership (GET /drive/v1/privilege/vip, §7.6). PikPak names plans by `type`: "novip" is the free
 * account, "platinum" the paid one; other types may appear, so `plan` says what this version knows and `type` keeps
 * PikPak's own word.
 */
export interface Membership {
  /** 'free' for "novip", 'premium' for "platinum", 'other' for a type this version does not know (see `type`). */
  plan: MembershipPlan;
  /** PikPak's `type` as sent ("novip", "platinum", …). */
  type: string;
  /** PikPak's `status` is "ok" (a lapsed or never-bought membership is "invalid"). */
  active: boolean;
  /** `expire` (epoch ms), when set. */
  expiresAt?: number;
}

export type MembershipPlan = 'free' | 'premium' | 'other';

export type DriveItemKind = 'file' | 'folder';

export interface DriveItem {
  id: string;
  kind: DriveItemKind;
  name: string;
  /** "" for the root. */
  parentId: string;
  size: ByteCount;
  mimeType?: string;
  extension?: string;
  /** VIDEO, AUDIO, IMAGE, TEXT, OTHER … */
  category?: string;
  phase: Phase;
  starred: boolean;
  trashed: boolean;
  createdAt?: number;
  modifiedAt?: number;
  iconUrl?: string;
  thumbnailUrl?: string;
  /** GCID (40 upper-case hex), often empty for folders. */
  hash?: string;
  /** NORMAL, DOWNLOAD ("My Pack") … */
  folderType?: string;
  /** The link an offline download came from (`params.url`). */
  sourceUrl?: string;
  video?: { durationSeconds?: number; width?: number; height?: number };
}

export interface DownloadLink {
  url: string;
  /** From the URL's `expire` query parameter when present (authoritative per rclone, §7.3), else the JSON field. */
  expiresAt?: number;
}

export interface MediaLink extends Partial<DownloadLink> {
  name: string;
  resolution?: string;
  isOrigin: boolean;
  isDefault: boolean;
  priority: number;
  width?: number;
  height?: number;
  durationSeconds?: number;
  /** PikPak's `video.video_codec` as sent, lower case ("h264", "hevc", …): whether this browser can play it. */
  videoCodec?: string;
  /** `video.audio_codec` as sent, lower case ("aac", …). */
  audioCodec?: string;
}

export interface DriveItemDetail extends DriveItem {
  /** `web_content_link`, else the `application/octet-stream` link; absent for folders and unfinished files. */
  download?: DownloadLink;
  /** Playable variants: original first, then by PikPak's priority. */
  medias: MediaLink[];
}

export interface DriveItemPage {
  items: DriveItem[];
  /** Absent on the last page. */
  nextPageToken?: string;
}

/** The file an offline task writes (`reference_resource`, only with `with=reference_resource`). */
export interface TaskResource {
  id: string;
  kind: DriveItemKind;
  name: string;
  parentId: string;
  size: ByteCount;
  phase: Phase;
  mimeType?: string;
  thumbnailUrl?: string;
}

export interface OfflineTask {
  id: string;
  name: string;
  phase: Phase;
  /** 0–100. */
  progress: number;
  /** PikPak's human text ("Saving", "Task timeout", …). */
  message: string;
  /** The file or (multi-file torrents) folder the task fills. */
  fileId?: string;
  fileName?: string;
  fileSize: ByteCount;
  sourceUrl?: string;
  createdAt?: number;
  updatedAt?: number;
  iconUrl?: string;
  resource?: TaskResource;
}

export interface OfflineTaskPage {
  tasks: OfflineTask[];
  nextPageToken?: string;
  /** PikPak's `expires_in`, seconds: looks like a poll-interval hint (§6.1). */
  expiresIn?: number;
}

export interface CreatedOfflineTask {
  /** Absent when PikPak had the content cached and answered without a task (PK, 1 src, §5). */
  task?: OfflineTask;
}
