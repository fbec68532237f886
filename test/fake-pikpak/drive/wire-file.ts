import { createHash } from 'node:crypto';
import { formatTime } from '../core/format.ts';
import type { FakeState } from '../state.ts';
import { typeOf } from './file-types.ts';
import { mintDownloadLink, mintTranscodeLink } from './links.ts';
import { isVideoContent, mediaFacts, TRANSCODE_FILE } from './media-content.ts';
import type { DriveFile, FileCategory } from './types.ts';

/** Turns a DriveFile into the wire object of pikpak-api.md §7.2 (list) or §7.3 (detail). */

const THUMBNAIL_BASE = 'https://sg-thumbnail-drive.mypikpak.com/v0/screenshot-thumbnails';

export function iconLink(file: Pick<DriveFile, 'kind' | 'category'>): string {
  const key = file.kind === 'drive#folder' ? 'folder' : file.category.toLowerCase();
  return `https://static.mypikpak.com/${createHash('sha1').update(`icon:${key}`).digest('hex')}`;
}

export function thumbnailLink(file: DriveFile): string {
  return hasThumbnail(file.category) && file.hash ? `${THUMBNAIL_BASE}/${file.hash}/720/2048` : '';
}

function hasThumbnail(category: FileCategory): boolean {
  return category === 'VIDEO' || category === 'IMAGE';
}

export interface WireOptions {
  /** Detail responses carry web_content_link, links and medias; list entries leave them empty. */
  detail?: boolean;
}

export function fileToWire(state: FakeState, file: DriveFile, options: WireOptions = {}): Record<string, unknown> {
  const params: Record<string, string> = {
    platform_icon: '',
    small_thumbnail: thumbnailLink(file),
  };
  if (file.originalUrl) params['url'] = file.originalUrl;
  if (file.video) {
    params['duration'] = String(file.video.durationSeconds);
    params['width'] = String(file.video.width);
    params['height'] = String(file.video.height);
  }
  const detail = options.detail === true && file.kind === 'drive#file' && file.phase === 'PHASE_TYPE_COMPLETE';
  // web_content_link "may be empty" (pikpak-api.md §7.3). Guess: a file whose link is missing has no
  // `links` and no `medias` either, the case rclone answers by waiting 5 s and asking again (§12.4).
  const link = detail && file.downloadLink !== 'missing' ? mintDownloadLink(state, file) : undefined;
  return {
    kind: file.kind,
    id: file.id,
    parent_id: file.parentId,
    name: file.name,
    user_id: file.userId,
    size: String(file.size),
    revision: '0',
    file_extension: file.kind === 'drive#file' ? typeOf(file.name).extension : '',
    mime_type: file.mimeType,
    starred: file.starred,
    web_content_link: link?.url ?? '',
    created_time: formatTime(file.createdMs),
    modified_time: formatTime(file.modifiedMs),
    icon_link: iconLink(file),
    thumbnail_link: thumbnailLink(file),
    md5_checksum: '',
    hash: file.hash,
    links: link ? { 'application/octet-stream': { url: link.url, token: '', expire: link.expireTime, type: '' } } : {},
    phase: file.phase,
    audit: { status: 'STATUS_OK', message: 'Normal resource', title: '' },
    medias: detail && file.video ? mediasFor(state, file) : [],
    trashed: file.trashed,
    delete_time: formatTime(file.deleteMs),
    original_url: '',
    params,
    original_file_index: 0,
    space: '',
    apps: [],
    writable: true,
    folder_type: file.kind === 'drive#folder' ? file.folderType : '',
    sort_name: '',
    user_modified_time: formatTime(file.modifiedMs),
    spell_name: [],
    file_category: file.kind === 'drive#folder' ? 'OTHER' : file.category,
    tags: [],
    reference_events: [],
  };
}

/**
 * Original + one transcode, in the field set of pikpak-api.md §7.3 / §8.3. The Original reports the file's own codec
 * (`hevc` for the HEVC sample); the transcode is always H.264 + AAC in MPEG-TS, as PikPak's are (`video_type`
 * "mpegts"; origin values seen are ffprobe format names such as "matroska,webm", pikpak-kotlin).
 */
export function mediasFor(state: FakeState, file: DriveFile): Record<string, unknown>[] {
  const video = file.video;
  if (!video || file.downloadLink === 'missing') return [];
  const original = mintDownloadLink(state, file, 'original');
  const transcode = mintTranscodeLink(state, file);
  const resolution = (height: number): string =>
    height >= 2160 ? '4K' : height >= 1080 ? '1080P' : height >= 720 ? '720P' : '480P';
  // Guess: MP4 and MOV originals report ffprobe's format name, as the observed "matroska,webm" is one.
  const originType = typeOf(file.name).extension === '.mkv' ? 'matroska,webm' : 'mov,mp4,m4a,3gp,3g2,mj2';
  const transcodeRate = isVideoContent(file.content) ? mediaFacts(TRANSCODE_FILE).bitRate : 1_800_000;
  const media = (name: string, origin: boolean, height: number, width: number, link: typeof original) => ({
    media_id: createHash('sha1').update(`${file.id}:${name}`).digest('hex').slice(0, 24),
    media_name: name,
    video: {
      height,
      width,
      duration: video.durationSeconds,
      bit_rate: origin ? (video.bitRate ?? 4_500_000) : transcodeRate,
      frame_rate: video.frameRate ?? 24,
      video_codec: origin ? (video.videoCodec ?? 'h264') : 'h264',
      audio_codec: 'aac',
      video_type: origin ? originType : 'mpegts',
      hdr_type: '',
    },
    link: { url: link.url, token: '', expire: link.expireTime, type: '' },
    need_more_quota: false,
    vip_types: [],
    redirect_link: '',
    icon_link: '',
    is_default: origin,
    priority: origin ? 0 : 6,
    is_origin: origin,
    resolution_name: resolution(height),
    is_visible: true,
    category: origin ? 'category_origin' : 'category_transcode',
    audio: null,
  });
  const small = Math.min(720, video.height);
  return [
    media('Original', true, video.height, video.width, original),
    media(resolution(small), false, small, Math.round((video.width * small) / Math.max(1, video.height)), transcode),
  ];
}
