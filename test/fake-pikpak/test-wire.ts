/**
 * The response shapes the fake's own tests read, typed loosely enough for assertions. They mirror
 * pikpak-api.md §3–§8; a test names the one it expects, e.g. `call<TaskList>(…)`.
 */
export interface ErrorBody {
  error: string;
  error_code: number;
  error_description: string;
  error_url?: string;
  details: { '@type': string; reason?: string; locale?: string; message?: string }[];
}

export interface CaptchaInit {
  captcha_token: string;
  expires_in: number;
  url?: string;
}

export interface TokenPairBody {
  token_type: string;
  access_token: string;
  refresh_token: string;
  expires_in: number;
  sub: string;
}

export interface WireLink {
  url: string;
  token: string;
  expire: string;
  type: string;
}

export interface WireMedia {
  media_name: string;
  is_origin: boolean;
  priority: number;
  category: string;
  resolution_name: string;
  link: WireLink;
  video: {
    width: number;
    height: number;
    duration: number;
    video_codec: string;
    audio_codec: string;
    video_type: string;
    bit_rate: number;
  };
}

export interface WireFile {
  kind: 'drive#file' | 'drive#folder';
  id: string;
  parent_id: string;
  name: string;
  size: string;
  revision: string;
  mime_type: string;
  hash: string;
  phase: string;
  trashed: boolean;
  starred: boolean;
  folder_type: string;
  web_content_link: string;
  links: Record<string, WireLink>;
  medias: WireMedia[];
  params: Record<string, string>;
  thumbnail_link: string;
  icon_link: string;
  created_time: string;
  modified_time: string;
  delete_time: string;
  file_category: string;
}

export interface FileList {
  kind: string;
  files: WireFile[];
  next_page_token: string;
}

export interface CreateFolder {
  upload_type: string;
  file: WireFile;
}

export interface WireTask {
  kind: string;
  id: string;
  name: string;
  type: string;
  user_id: string;
  file_id: string;
  file_name: string;
  file_size: string;
  phase: string;
  progress: number;
  message: string;
  params: Record<string, string>;
  created_time: string;
  updated_time: string;
  reference_resource?: { id: string; name: string; phase: string; size: string; '@type': string } | null;
}

export interface TaskList {
  tasks: WireTask[];
  next_page_token: string;
  expires_in: number;
}

export interface CreateTask {
  upload_type: string;
  url: { kind: string };
  task: WireTask;
}

export interface TaskIdBody {
  task_id: string;
}

export interface ShareBody {
  share_status: string;
  share_status_text: string;
  file_num?: string;
  files: WireFile[];
  next_page_token: string;
  pass_code_token?: string;
  user_info?: { nickname: string };
  params?: Record<string, string>;
}

export interface ShareFileInfo {
  share_status: string;
  file_info: WireFile;
}

export interface RestoreBody {
  share_status: string;
  file_id: string;
  restore_status: string;
  restore_task_id: string;
  params: { trace_file_ids: string };
  /** Only when the copy finished before the answer (RESTORE_COMPLETE). */
  task_info?: { file_id: string }[];
}

export interface UserMe {
  sub: string;
  name: string;
  email: string;
  status: string;
  password: string;
  providers: unknown[];
}
