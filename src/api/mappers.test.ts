import { describe, expect, it } from 'vitest';
import { DecodeError } from './decode.ts';
import {
  expireFromUrl,
  mapAbout,
  mapMembership,
  mapCreatedTask,
  mapFileDetail,
  mapFileList,
  mapTaskDetail,
  mapTaskList,
  mapUserProfile,
  phaseOf,
} from './mappers.ts';

// Captured shapes from pikpak-api.md (OFS 2024-10, §5–§7).
const TASK = {
  kind: 'drive#task',
  id: 'VOASrVEVIQmaCBjEu8Y1VDb7o1',
  name: 'movie.mkv',
  type: 'offline',
  user_id: 'ZEBRT8Wc1IzU1rfZ',
  statuses: [],
  status_size: 1,
  params: {
    age: '0',
    mime_type: 'video/x-matroska',
    predict_speed: '73300775185',
    predict_type: '3',
    url: 'magnet:?xt=urn:btih:abc',
  },
  file_id: 'VOASrVFTIQmaCBjEu8Y1VDbAo1',
  file_name: 'movie.mkv',
  file_size: '726857457',
  message: 'Saving',
  created_time: '2024-10-30T22:39:27.712+08:00',
  updated_time: '2024-10-30T22:39:27.712+08:00',
  third_task_id: '',
  phase: 'PHASE_TYPE_RUNNING',
  progress: 90,
  icon_link: 'https://static.mypikpak.com/icon',
  callback: '',
  reference_resource: {
    '@type': 'type.googleapis.com/drive.ReferenceFile',
    kind: 'drive#file',
    id: 'VOASrVFTIQmaCBjEu8Y1VDbAo1',
    parent_id: 'VNTQEPvYTRlbqP1pB2YGZorwo1',
    name: 'movie.mkv',
    size: '726857457',
    mime_type: 'video/x-matroska',
    phase: 'PHASE_TYPE_RUNNING',
    thumbnail_link: '',
    audit: null,
  },
  space: '',
};

const FOLDER = {
  kind: 'drive#folder',
  id: 'VOAMocKArcA09bRr-3bEDUbZo1',
  parent_id: 'VNTQEPvYTRlbqP1pB2YGZorwo1',
  name: '[FLsnow][Genshiken-2daime][BDRip](1)',
  size: '0',
  revision: '0',
  file_extension: '',
  mime_type: '',
  starred: false,
  web_content_link: '',
  created_time: '2024-10-29T18:29:13.251+08:00',
  modified_time: '2024-10-29T18:29:13.251+08:00',
  icon_link: 'https://static.mypikpak.com/x',
  thumbnail_link: '',
  hash: '',
  links: {},
  phase: 'PHASE_TYPE_COMPLETE',
  medias: [],
  trashed: false,
  delete_time: '',
  params: { platform_icon: '', url: 'magnet:?xt=urn:btih:def' },
  folder_type: 'NORMAL',
  file_category: 'OTHER',
};

describe('account', () => {
  it('reads the profile (§3.2)', () => {
    const me = mapUserProfile({
      sub: 'YgDemoUser000001',
      name: 'Tester',
      picture: '',
      email: 'tester@example.com',
      providers: [{ id: 'google.com', provider_user_id: '1', name: 'T' }],
      phone_number: '',
      password: '',
      status: 'ACTIVE',
      created_at: '2024-01-01T00:00:00.000+08:00',
    });
    expect(me).toEqual({
      sub: 'YgDemoUser000001',
      name: 'Tester',
      email: 'tester@example.com',
      providers: ['google.com'],
      hasPassword: false,
      status: 'ACTIVE',
      createdAt: Date.UTC(2023, 11, 31, 16),
    });
  });
});

describe('about (§7.6)', () => {
  it('keeps quota strings exact and derives "unlimited"', () => {
    const about = mapAbout({
      kind: 'drive#about',
      quota: {
        kind: 'drive#quota',
        limit: '10995116277760',
        usage: '5113157556024',
        usage_in_trash: '1281564700871',
        play_times_limit: '-1',
        is_unlimited: false,
      },
      expires_at: '',
      quotas: { cloud_download: { limit: '0', usage: '3', usage_in_trash: '0', is_unlimited: false } },
      user_type: 1,
    });
    expect(about.storage).toEqual({
      used: { bytes: 5_113_157_556_024, exact: '5113157556024' },
      limit: { bytes: 10_995_116_277_760, exact: '10995116277760' },
      inTrash: { bytes: 1_281_564_700_871, exact: '1281564700871' },
      unlimited: false,
    });
    expect(about.cloudDownload).toMatchObject({ unlimited: true, used: { bytes: 3 } });
    expect(about.cloudDownload?.limit).toBeUndefined();
    expect(about.membership).toEqual({ userType: 1 });
  });

  it('needs a quota object', () => {
    expect(() => mapAbout({ kind: 'drive#about' })).toThrow(DecodeError);
    expect(() => mapAbout({ quota: { usage: 'lots' } })).toThrow('$.quota.usage: expected a byte count');
  });
});

describe('membership (§7.6 privilege/vip)', () => {
  const vip = (data: Record<string, unknown>) => ({ result: 'ACCEPTED', message: '', redirect_uri: '', data });

  it('maps an active platinum membership with its expiry', () => {
    const membership = mapMembership(
      vip({ expire: '2026-03-01T12:00:00+08:00', status: 'ok', type: 'platinum', user_id: 'ZEBRT8Wc1IzU1rfZ' }),
    );
    expect(membership).toEqual({ plan: 'premium', type: 'platinum', active: true, expiresAt: Date.UTC(2026, 2, 1, 4) });
  });

  it('maps a free account; an empty expire is absent', () => {
    expect(mapMembership(vip({ expire: '', status: 'invalid', type: 'novip', user_id: 'ZEBRT8Wc1IzU1rfZ' }))).toEqual({
      plan: 'free',
      type: 'novip',
      active: false,
    });
  });

  it('keeps a type it does not know as plan "other", with the raw type', () => {
    expect(
      mapMembership(vip({ expire: '2026-03-01T00:00:00Z', status: 'ok', type: 'diamond', user_id: 'u' })),
    ).toMatchObject({
      plan: 'other',
      type: 'diamond',
      active: true,
    });
    // A lapsed paid membership is "invalid".
    expect(
      mapMembership(vip({ expire: '2020-01-01T00:00:00Z', status: 'invalid', type: 'platinum', user_id: 'u' })),
    ).toMatchObject({
      plan: 'premium',
      active: false,
    });
  });

  it('needs data with a type and a status', () => {
    expect(() => mapMembership({ result: 'ACCEPTED' })).toThrow('$.data: expected an object');
    expect(() => mapMembership(vip({ status: 'ok' }))).toThrow('$.data.type: expected a string');
    expect(() => mapMembership(vip({ status: 'ok', type: '' }))).toThrow('$.data.type: expected a non-empty string');
    expect(() => mapMembership(vip({ type: 'platinum' }))).toThrow('$.data.status: expected a string');
    expect(() => mapMembership(vip({ type: 'platinum', status: 'ok', expire: 'soon' }))).toThrow(
      '$.data.expire: expected an RFC 3339 time',
    );
    expect(() => mapMembership([])).toThrow(DecodeError);
  });
});

describe('files (§7)', () => {
  it('maps a captured folder', () => {
    const page = mapFileList({ kind: 'drive#fileList', next_page_token: '', files: [FOLDER], version: '' });
    expect(page.nextPageToken).toBeUndefined();
    expect(page.items[0]).toEqual({
      id: 'VOAMocKArcA09bRr-3bEDUbZo1',
      kind: 'folder',
      name: '[FLsnow][Genshiken-2daime][BDRip](1)',
      parentId: 'VNTQEPvYTRlbqP1pB2YGZorwo1',
      size: { bytes: 0, exact: '0' },
      category: 'OTHER',
      phase: 'complete',
      starred: false,
      trashed: false,
      createdAt: Date.parse('2024-10-29T18:29:13.251+08:00'),
      modifiedAt: Date.parse('2024-10-29T18:29:13.251+08:00'),
      iconUrl: 'https://static.mypikpak.com/x',
      folderType: 'NORMAL',
      sourceUrl: 'magnet:?xt=urn:btih:def',
    });
  });

  it('rejects an unknown kind or a missing id', () => {
    expect(() => mapFileList({ files: [{ ...FOLDER, kind: 'drive#thing' }] })).toThrow('$.files[0].kind');
    expect(() => mapFileList({ files: [{ ...FOLDER, id: '' }] })).toThrow('$.files[0].id');
  });

  it('takes link expiry from the URL’s expire parameter (§7.3) and orders medias original-first', () => {
    const url =
      'https://dl-a10b-0001.mypikpak.com/download/?fid=x&g=G&f=1130887996&expire=1800000000&category=original&sign=s';
    const detail = mapFileDetail({
      ...FOLDER,
      kind: 'drive#file',
      size: '1130887996',
      web_content_link: url,
      links: { 'application/octet-stream': { url, token: '', expire: '2026-01-01T00:00:00.000+08:00', type: '' } },
      medias: [
        {
          media_name: '720P',
          resolution_name: '720P',
          priority: 6,
          is_origin: false,
          is_default: false,
          link: { url: 'https://cdn.example/720?expire=1700000000', expire: '' },
          video: { width: 1280, height: 720, duration: 596, video_codec: 'H264', audio_codec: 'aac' },
        },
        {
          media_name: 'Original',
          resolution_name: '1080P',
          priority: 0,
          is_origin: true,
          is_default: true,
          link: { url: 'https://cdn.example/orig' },
          video: null,
        },
      ],
      params: { duration: '596', width: '1920', height: '1080' },
    });
    expect(detail.download).toEqual({ url, expiresAt: 1_800_000_000_000 });
    expect(detail.video).toEqual({ durationSeconds: 596, width: 1920, height: 1080 });
    expect(detail.medias.map((m) => m.name)).toEqual(['Original', '720P']);
    expect(detail.medias[1]).toMatchObject({
      url: 'https://cdn.example/720?expire=1700000000',
      expiresAt: 1_700_000_000_000,
      width: 1280,
      height: 720,
      durationSeconds: 596,
      // Lower case, so a page compares codecs without caring how PikPak spelled them.
      videoCodec: 'h264',
      audioCodec: 'aac',
    });
    expect(detail.medias[0]?.expiresAt).toBeUndefined();
    expect(detail.medias[0]?.videoCodec).toBeUndefined();
  });

  it('falls back to links[octet-stream] when web_content_link is empty', () => {
    const detail = mapFileDetail({
      ...FOLDER,
      kind: 'drive#file',
      links: { 'application/octet-stream': { url: 'https://cdn.example/a', expire: '2026-01-01T00:00:00.000+08:00' } },
    });
    expect(detail.download).toEqual({ url: 'https://cdn.example/a', expiresAt: Date.parse('2025-12-31T16:00:00Z') });
    expect(mapFileDetail(FOLDER).download).toBeUndefined();
    expect(expireFromUrl('not a url')).toBeUndefined();
  });
});

describe('tasks (§5, §6)', () => {
  it('maps a captured task with its reference resource', () => {
    const page = mapTaskList({ tasks: [TASK], next_page_token: '', expires_in: 3 });
    expect(page.expiresIn).toBe(3);
    expect(page.tasks[0]).toMatchObject({
      id: TASK.id,
      name: 'movie.mkv',
      phase: 'running',
      progress: 90,
      message: 'Saving',
      fileId: TASK.file_id,
      fileSize: { bytes: 726_857_457, exact: '726857457' },
      sourceUrl: 'magnet:?xt=urn:btih:abc',
      createdAt: Date.parse('2024-10-30T22:39:27.712+08:00'),
      resource: {
        id: TASK.file_id,
        kind: 'file',
        parentId: 'VNTQEPvYTRlbqP1pB2YGZorwo1',
        phase: 'running',
        size: { bytes: 726_857_457 },
      },
    });
  });

  it('accepts a bare task or a {task} wrapper, and a create answer without a task', () => {
    expect(mapTaskDetail(TASK).id).toBe(TASK.id);
    expect(mapTaskDetail({ task: TASK }).id).toBe(TASK.id);
    expect(mapCreatedTask({ upload_type: 'UPLOAD_TYPE_URL', url: { kind: 'upload#url' }, task: TASK }).task?.id).toBe(
      TASK.id,
    );
    expect(mapCreatedTask({ upload_type: 'UPLOAD_TYPE_URL', task: null })).toEqual({});
    expect(() => mapTaskDetail({ task: { ...TASK, phase: 3 } })).toThrow('$.task.phase');
  });

  it('maps phases, keeping new ones as unknown', () => {
    expect(phaseOf('PHASE_TYPE_ERROR')).toBe('error');
    expect(phaseOf('PHASE_TYPE_PAUSED')).toBe('unknown');
  });
});
