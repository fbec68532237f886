import type {
  AccountAbout,
  CreatedOfflineTask,
  DownloadLink,
  DriveItem,
  DriveItemDetail,
  DriveItemKind,
  DriveItemPage,
  MediaLink,
  Membership,
  MembershipPlan,
  OfflineTask,
  OfflineTaskPage,
  Phase,
  Quota,
  TaskResource,
  UserProfile,
} from '../shared/domain.ts';
import { DecodeError, nonEmpty, read, type Reader } from './decode.ts';
import type {
  WireAbout,
  WireCreateFolderResponse,
  WireCreateUrlTaskResponse,
  WireFile,
  WireFileList,
  WireFileParams,
  WireLink,
  WireMedia,
  WireMediaVideo,
  WireProvider,
  WireQuota,
  WireQuotas,
  WireReferenceResource,
  WireTask,
  WireTaskList,
  WireTaskParams,
  WireTaskWrapper,
  WireUserMe,
  WireVip,
  WireVipData,
} from './wire-types.ts';

/**
 * Wire → domain. Each mapper takes the parsed body as `unknown` and throws DecodeError when it does not fit. Token
 * and captcha answers are in ./auth-mappers.ts.
 */

// ── Account ──────────────────────────────────────────────────────────────────────────────────────

export function mapUserProfile(body: unknown): UserProfile {
  const r = read<WireUserMe>(body);
  const providers = r
    .list<WireProvider>('providers')
    .map((p) => p.optStr('id'))
    .filter((id): id is string => id !== undefined);
  return {
    sub: nonEmpty(r, 'sub'),
    name: r.optStr('name') ?? '',
    ...optional('email', r.optStr('email')),
    ...optional('phoneNumber', r.optStr('phone_number')),
    ...optional('pictureUrl', r.optStr('picture')),
    providers,
    hasPassword: r.optStr('password') === 'SET',
    ...optional('status', r.optStr('status')),
    ...optional('createdAt', r.time('created_at')),
  };
}

/** GET /drive/v1/about (§7.6). */
export function mapAbout(body: unknown): AccountAbout {
  const r = read<WireAbout>(body);
  const cloud = r.optObj<WireQuotas>('quotas')?.optObj<WireQuota>('cloud_download');
  const userType = r.optNum('user_type');
  const expiresAt = r.time('expires_at');
  const membership = { ...optional('userType', userType), ...optional('expiresAt', expiresAt) };
  return {
    storage: mapQuota(r.obj<WireQuota>('quota')),
    ...(cloud ? { cloudDownload: mapQuota(cloud) } : {}),
    ...(userType === undefined && expiresAt === undefined ? {} : { membership }),
  };
}

/** GET /drive/v1/privilege/vip (§7.6): `data` with a non-empty `type` and a `status` string; `expire` may be "". */
export function mapMembership(body: unknown): Membership {
  const data = read<WireVip>(body).obj<WireVipData>('data');
  const type = nonEmpty(data, 'type');
  const status = data.str('status');
  return {
    plan: planOf(type),
    type,
    active: status.toLowerCase() === 'ok',
    ...optional('expiresAt', data.time('expire')),
  };
}

function planOf(type: string): MembershipPlan {
  switch (type.toLowerCase()) {
    case 'novip':
      return 'free';
    case 'platinum':
      return 'premium';
    default:
      return 'other';
  }
}

/** A limit of "0", negative or absent, or `is_unlimited`, means no limit (RC-P computes free space only when limit > 0). */
function mapQuota(r: Reader<WireQuota>): Quota {
  const limit = r.optBytes('limit');
  const unlimited = r.bool('is_unlimited', false) || limit === undefined || limit.bytes <= 0;
  return {
    used: r.bytes('usage'),
    ...(unlimited || !limit ? {} : { limit }),
    inTrash: r.bytes('usage_in_trash'),
    unlimited,
  };
}

// ── Files ────────────────────────────────────────────────────────────────────────────────────────

export function mapFileList(body: unknown): DriveItemPage {
  const r = read<WireFileList>(body);
  const next = r.optStr('next_page_token');
  return { items: r.list<WireFile>('files').map(fileFrom), ...optional('nextPageToken', next) };
}

export function mapFile(body: unknown): DriveItem {
  return fileFrom(read<WireFile>(body));
}

/** POST /drive/v1/files for a folder answers `{upload_type, file}` (§7.4). */
export function mapCreatedFolder(body: unknown): DriveItem {
  return fileFrom(read<WireCreateFolderResponse>(body).obj<WireFile>('file'));
}

/** GET /drive/v1/files/{id} (§7.3): the item plus its download link and media variants. */
export function mapFileDetail(body: unknown): DriveItemDetail {
  const r = read<WireFile>(body);
  const item = fileFrom(r);
  const octet = r.optObj<Record<string, WireLink>>('links')?.optObj<WireLink>('application/octet-stream');
  const direct = r.optStr('web_content_link');
  // web_content_link first, `links` as the fallback (RC-H, HUB).
  const download = direct ? linkFrom(direct, octet?.time('expire')) : octet ? optionalLink(octet) : undefined;
  const medias = r
    .list<WireMedia>('medias')
    .map(mediaFrom)
    // Original first, then PikPak's priority, highest first (SDL).
    .sort((a, b) => Number(b.isOrigin) - Number(a.isOrigin) || b.priority - a.priority);
  return { ...item, ...(download ? { download } : {}), medias };
}

function fileFrom(r: Reader<WireFile>): DriveItem {
  const params = r.optObj<WireFileParams>('params');
  const video = params
    ? {
        ...optional('durationSeconds', params.optNum('duration')),
        ...optional('width', params.optNum('width')),
        ...optional('height', params.optNum('height')),
      }
    : {};
  return {
    id: nonEmpty(r, 'id'),
    kind: kindOf(r, 'kind'),
    name: r.str('name'),
    parentId: r.optStr('parent_id') ?? '',
    size: r.bytes('size'),
    ...optional('mimeType', r.optStr('mime_type')),
    ...optional('extension', r.optStr('file_extension')),
    ...optional('category', r.optStr('file_category')),
    phase: phaseOf(r.optStr('phase')),
    starred: r.bool('starred', false),
    trashed: r.bool('trashed', false),
    ...optional('createdAt', r.time('created_time')),
    ...optional('modifiedAt', r.time('modified_time')),
    ...optional('iconUrl', r.optStr('icon_link')),
    ...optional('thumbnailUrl', r.optStr('thumbnail_link')),
    ...optional('hash', r.optStr('hash')),
    ...optional('folderType', r.optStr('folder_type')),
    ...optional('sourceUrl', params?.optStr('url')),
    ...(Object.keys(video).length > 0 ? { video } : {}),
  };
}

function mediaFrom(r: Reader<WireMedia>): MediaLink {
  const video = r.optObj<WireMediaVideo>('video');
  const link = r.optObj<WireLink>('link');
  const download = link ? optionalLink(link) : undefined;
  return {
    name: r.optStr('media_name') ?? '',
    ...optional('resolution', r.optStr('resolution_name')),
    isOrigin: r.bool('is_origin', false),
    isDefault: r.bool('is_default', false),
    priority: r.optNum('priority') ?? 0,
    ...(download ?? {}),
    ...optional('width', video?.optNum('width')),
    ...optional('height', video?.optNum('height')),
    ...optional('durationSeconds', video?.optNum('duration')),
    ...optional('videoCodec', video?.optStr('video_codec')?.toLowerCase() || undefined),
    ...optional('audioCodec', video?.optStr('audio_codec')?.toLowerCase() || undefined),
  };
}

function optionalLink(r: Reader<WireLink>): DownloadLink | undefined {
  const url = r.optStr('url');
  return url ? linkFrom(url, r.time('expire')) : undefined;
}

/** The URL's `expire` (Unix seconds) is authoritative; the JSON `expire` was unreliable (rclone, §7.3). */
function linkFrom(url: string, jsonExpiresAt: number | undefined): DownloadLink {
  const expiresAt = expireFromUrl(url) ?? jsonExpiresAt;
  return { url, ...optional('expiresAt', expiresAt) };
}

export function expireFromUrl(url: string): number | undefined {
  try {
    const expire = new URL(url).searchParams.get('expire');
    return expire && /^\d+$/.test(expire) ? Number(expire) * 1000 : undefined;
  } catch {
    return undefined; // Not a URL; the caller falls back to the JSON time.
  }
}

// ── Offline tasks ────────────────────────────────────────────────────────────────────────────────

export function mapTaskList(body: unknown): OfflineTaskPage {
  const r = read<WireTaskList>(body);
  return {
    tasks: r.list<WireTask>('tasks').map(taskFrom),
    ...optional('nextPageToken', r.optStr('next_page_token')),
    ...optional('expiresIn', r.optNum('expires_in')),
  };
}

/** GET /drive/v1/tasks/{id}: the bare task (§6.2), or `{task}` as PT tolerates. */
export function mapTaskDetail(body: unknown): OfflineTask {
  const r = read<WireTask & WireTaskWrapper>(body);
  const wrapped = r.optStr('id') === undefined ? r.optObj<WireTask>('task') : undefined;
  return taskFrom(wrapped ?? r);
}

/** POST /drive/v1/files with UPLOAD_TYPE_URL (§5). `task` may be missing when the content was cached. */
export function mapCreatedTask(body: unknown): CreatedOfflineTask {
  const task = read<WireCreateUrlTaskResponse>(body).optObj<WireTask>('task');
  return task ? { task: taskFrom(task) } : {};
}

function taskFrom(r: Reader<WireTask>): OfflineTask {
  const reference = r.optObj<WireReferenceResource>('reference_resource');
  const progress = r.optNum('progress') ?? 0;
  return {
    id: nonEmpty(r, 'id'),
    name: r.optStr('name') ?? r.optStr('file_name') ?? '',
    phase: phaseOf(r.str('phase')),
    progress: Math.min(100, Math.max(0, progress)),
    message: r.optStr('message') ?? '',
    ...optional('fileId', r.optStr('file_id')),
    ...optional('fileName', r.optStr('file_name')),
    fileSize: r.bytes('file_size'),
    ...optional('sourceUrl', r.optObj<WireTaskParams>('params')?.optStr('url')),
    ...optional('createdAt', r.time('created_time')),
    ...optional('updatedAt', r.time('updated_time')),
    ...optional('iconUrl', r.optStr('icon_link')),
    ...(reference ? { resource: resourceFrom(reference) } : {}),
  };
}

function resourceFrom(r: Reader<WireReferenceResource>): TaskResource {
  return {
    id: nonEmpty(r, 'id'),
    kind: kindOf(r, 'kind'),
    name: r.optStr('name') ?? '',
    parentId: r.optStr('parent_id') ?? '',
    size: r.bytes('size'),
    phase: phaseOf(r.optStr('phase')),
    ...optional('mimeType', r.optStr('mime_type')),
    ...optional('thumbnailUrl', r.optStr('thumbnail_link')),
  };
}

// ── Helpers ──────────────────────────────────────────────────────────────────────────────────────

const PHASES: Readonly<Record<string, Phase>> = {
  PHASE_TYPE_PENDING: 'pending',
  PHASE_TYPE_RUNNING: 'running',
  PHASE_TYPE_ERROR: 'error',
  PHASE_TYPE_COMPLETE: 'complete',
};

/** A missing phase means a finished item (list entries of old files); an unknown one stays `unknown`. */
export function phaseOf(wire: string | undefined): Phase {
  if (wire === undefined) return 'complete';
  return PHASES[wire] ?? 'unknown';
}

/** The wire phase for a domain phase, for `filters` (§7.1). */
export function wirePhase(phase: Exclude<Phase, 'unknown'>): string {
  return `PHASE_TYPE_${phase.toUpperCase()}`;
}

function kindOf<W>(r: Reader<W>, key: keyof W & string): DriveItemKind {
  const kind = r.str(key);
  if (kind === 'drive#folder') return 'folder';
  if (kind === 'drive#file') return 'file';
  throw new DecodeError(`${r.path}.${key}`, '"drive#file" or "drive#folder"');
}

/** `{ [key]: value }` or `{}`, so optional domain fields are absent rather than `undefined`. */
function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return value === undefined ? {} : ({ [key]: value } as { [P in K]?: V });
}
