/**
 * PikPak's JSON exactly as it travels (snake_case, sizes as decimal strings, RFC 3339 times with offsets).
 * Private to src/api: everything else sees src/shared/domain.ts. Shapes follow pikpak-api.md; fields we do
 * not read are left out. All fields are optional on the response side because nothing is guaranteed:
 * the mappers decide what is required.
 */

// ── Auth (§3) ────────────────────────────────────────────────────────────────────────────────────

export interface WireCaptchaInitRequest {
  client_id: string;
  /** `METHOD:/path` without host or query (§3.4). */
  action: string;
  device_id: string;
  /** The previous token for this action, or "". */
  captcha_token: string;
  meta: WireCaptchaSignMeta | WireCaptchaSigninMeta;
  redirect_uri: string;
}

export interface WireCaptchaSignMeta {
  captcha_sign: string;
  client_version: string;
  package_name: string;
  /** The signed-in user's `sub`, or "" (§3.4). */
  user_id: string;
  /** Epoch ms as a decimal string, the same as in the sign (§2.3). */
  timestamp: string;
}

/** Exactly one of the three (§3.1). */
export type WireCaptchaSigninMeta = { email: string } | { phone_number: string } | { username: string };

export interface WireCaptchaInitResponse {
  captcha_token?: string;
  /** Seconds, "currently 300" (§3.4). */
  expires_in?: number;
  /** Present when a human check is needed (§3.4, PPA#50). */
  url?: string;
}

export interface WireSigninRequest {
  username: string;
  password: string;
  client_id: string;
}

export interface WireRefreshRequest {
  client_id: string;
  /** Android identity only (§3.2); the web app sends none. */
  client_secret?: string;
  grant_type: 'refresh_token';
  refresh_token: string;
}

export interface WireTokenResponse {
  token_type?: string;
  access_token?: string;
  refresh_token?: string;
  /** Seconds. */
  expires_in?: number;
  sub?: string;
}

export interface WireUserMe {
  sub?: string;
  name?: string;
  picture?: string;
  email?: string;
  phone_number?: string;
  providers?: WireProvider[];
  /** "SET" when the account has a password. */
  password?: string;
  status?: string;
  created_at?: string;
}

export interface WireProvider {
  id?: string;
  provider_user_id?: string;
  name?: string;
}

// ── Drive: account (§7.6) ────────────────────────────────────────────────────────────────────────

export interface WireQuota {
  kind?: string;
  limit?: string;
  usage?: string;
  usage_in_trash?: string;
  is_unlimited?: boolean;
}

export interface WireAbout {
  kind?: string;
  quota?: WireQuota;
  quotas?: WireQuotas;
  expires_at?: string;
  user_type?: number;
}

export interface WireQuotas {
  cloud_download?: WireQuota;
}

/** GET /drive/v1/privilege/vip (§7.6): `{result:"ACCEPTED", message, redirect_uri, data}`. */
export interface WireVip {
  result?: string;
  message?: string;
  redirect_uri?: string;
  data?: WireVipData;
}

export interface WireVipData {
  /** RFC 3339; may be "" (e.g. for "novip"). */
  expire?: string;
  /** "ok" | "invalid". */
  status?: string;
  /** "novip" | "platinum"; other values are possible. */
  type?: string;
  /** The account's `sub`. */
  user_id?: string;
}

// ── Drive: files (§7) ────────────────────────────────────────────────────────────────────────────

export interface WireLink {
  url?: string;
  token?: string;
  /** RFC 3339; less reliable than the URL's `expire` parameter (§7.3). */
  expire?: string;
  type?: string;
}

export interface WireMediaVideo {
  height?: number;
  width?: number;
  duration?: number;
  video_codec?: string;
  audio_codec?: string;
}

export interface WireMedia {
  media_id?: string;
  media_name?: string;
  video?: WireMediaVideo | null;
  link?: WireLink | null;
  is_default?: boolean;
  priority?: number;
  is_origin?: boolean;
  resolution_name?: string;
  category?: string;
}

export interface WireFileParams {
  url?: string;
  duration?: string;
  width?: string;
  height?: string;
}

export interface WireFile {
  kind?: 'drive#file' | 'drive#folder';
  id?: string;
  parent_id?: string;
  name?: string;
  size?: string;
  file_extension?: string;
  mime_type?: string;
  starred?: boolean;
  web_content_link?: string;
  created_time?: string;
  modified_time?: string;
  icon_link?: string;
  thumbnail_link?: string;
  hash?: string;
  links?: Record<string, WireLink>;
  phase?: string;
  medias?: WireMedia[];
  trashed?: boolean;
  params?: WireFileParams;
  folder_type?: string;
  file_category?: string;
}

export interface WireFileList {
  kind?: string;
  next_page_token?: string;
  files?: WireFile[];
}

export interface WireCreateFolderRequest {
  kind: 'drive#folder';
  name: string;
  parent_id: string;
}

export interface WireRenameRequest {
  name: string;
}

/** `files:batchMove` / `batchCopy` (`to`) and `batchTrash` / `batchUntrash` / `batchDelete` / `star` / `unstar` (§7.4). */
export interface WireBatchRequest {
  ids: string[];
  /** Move and copy: the destination; "" is My Drive's root, as rclone sends it. */
  to?: { parent_id: string };
}

/** What batch operations and `trash:empty` answer (§7.4, §12.4). */
export interface WireTaskIdResponse {
  task_id?: string;
}

export interface WireCreateFolderResponse {
  upload_type?: string;
  file?: WireFile;
}

// ── Drive: offline tasks (§5, §6) ────────────────────────────────────────────────────────────────

export interface WireCreateUrlTaskRequest {
  kind: 'drive#file';
  name?: string;
  upload_type: 'UPLOAD_TYPE_URL';
  url: { url: string };
  parent_id?: string;
  /** "DOWNLOAD" without a parent (→ "My Pack"); "" with one, since DOWNLOAD overrides parent_id (§5, HUB). */
  folder_type: 'DOWNLOAD' | '';
}

export interface WireReferenceResource {
  kind?: 'drive#file' | 'drive#folder';
  id?: string;
  parent_id?: string;
  name?: string;
  size?: string;
  mime_type?: string;
  phase?: string;
  thumbnail_link?: string;
}

export interface WireTaskParams {
  url?: string;
}

export interface WireTask {
  kind?: string;
  id?: string;
  name?: string;
  type?: string;
  params?: WireTaskParams;
  file_id?: string;
  file_name?: string;
  file_size?: string;
  message?: string;
  created_time?: string;
  updated_time?: string;
  phase?: string;
  progress?: number;
  icon_link?: string;
  reference_resource?: WireReferenceResource | null;
}

export interface WireCreateUrlTaskResponse {
  upload_type?: string;
  url?: { kind?: string };
  task?: WireTask | null;
}

export interface WireTaskList {
  tasks?: WireTask[];
  next_page_token?: string;
  /** Seconds; a poll hint (§6.1). */
  expires_in?: number;
}

/** PT tolerates `{task: …}` around GET /tasks/{id} (§6.2, unconfirmed). */
export interface WireTaskWrapper {
  task?: WireTask;
}

export interface WireRetryTaskRequest {
  type: 'offline';
  create_type: 'RETRY';
  id: string;
}

/** The `filters` query parameter, sent as a JSON string (§9.14). */
export type WireFilters = Record<string, { eq?: string | boolean; in?: string }>;
