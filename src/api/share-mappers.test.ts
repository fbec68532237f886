import { describe, expect, it } from 'vitest';
import { DecodeError } from './decode.ts';
import { mapShareFileInfo, mapShareOpen, mapShareRestore } from './share-mappers.ts';

describe('mapShareOpen (§8.1, SDL’s measured answer)', () => {
  it('reads the token, the owner’s masked nickname, file_num as a number and the page', () => {
    const opened = mapShareOpen({
      share_status: 'OK',
      share_status_text: '',
      file_num: '2',
      files: [{ kind: 'drive#file', id: 'VP2', name: 'a.mp4', size: '1130887996', web_content_link: '', medias: [] }],
      next_page_token: 'next',
      pass_code_token: 'KBvtcm/Q=',
      user_info: { nickname: '1hlt**d2q6' },
      params: { anonymous_play_seconds: '120', auto_play: 'false' },
    });
    expect(opened).toMatchObject({ passCodeToken: 'KBvtcm/Q=', fileCount: 2, owner: '1hlt**d2q6' });
    expect(opened.page.nextPageToken).toBe('next');
    expect(opened.page.items[0]).toMatchObject({ id: 'VP2', name: 'a.mp4', size: { bytes: 1130887996 } });
  });

  it('leaves out what PikPak left out', () => {
    const opened = mapShareOpen({ share_status: 'OK', files: [] });
    expect(opened).toEqual({ passCodeToken: '', page: { items: [] } });
  });
});

describe('mapShareFileInfo (§8.3)', () => {
  it('maps file_info as a drive detail, and refuses an answer without it', () => {
    const url = 'https://dl.example/download/?fid=AA&expire=1800000000&category=original';
    const detail = mapShareFileInfo({
      share_status: 'OK',
      file_info: {
        kind: 'drive#file',
        id: 'V1',
        name: 'f.mp4',
        size: '10',
        web_content_link: '',
        medias: [{ media_name: 'Original', is_origin: true, priority: 0, link: { url } }],
      },
    });
    expect(detail.download).toBeUndefined();
    expect(detail.medias[0]).toMatchObject({ isOrigin: true, url, expiresAt: 1_800_000_000_000 });
    expect(() => mapShareFileInfo({ share_status: 'OK' })).toThrow(DecodeError);
  });
});

describe('mapShareRestore (§8.4, §12.5)', () => {
  it('reads the task, the destination and the map of new ids (a JSON string)', () => {
    const answer = mapShareRestore({
      share_status: 'OK',
      file_id: 'VPack',
      restore_status: 'RESTORE_START',
      restore_task_id: 'VTask',
      params: { trace_file_ids: '{"VA":"VNewA","VB":"VNewB"}' },
    });
    expect(answer).toEqual({
      restoreStatus: 'RESTORE_START',
      taskId: 'VTask',
      fileId: 'VPack',
      doneFileIds: [],
      trace: { VA: 'VNewA', VB: 'VNewB' },
    });
  });

  it('reads task_info of a copy done at once, and ignores a trace that is no map ("*", broken JSON)', () => {
    for (const trace of ['*', '{broken', '["x"]']) {
      const answer = mapShareRestore({
        restore_status: 'RESTORE_COMPLETE',
        task_info: [{ file_id: 'VNew1' }, { file_id: '' }, {}],
        params: { trace_file_ids: trace },
      });
      expect(answer).toEqual({ restoreStatus: 'RESTORE_COMPLETE', doneFileIds: ['VNew1'] });
    }
  });
});
