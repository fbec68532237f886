import { describe, expect, it } from 'vitest';
import { mapShareFileInfo } from './share-mappers.ts';

/** `share/file_info`'s play limit (pikpak-api.md §8.3): read leniently, never failing the link. */
const fileInfo = (params: unknown) => ({
  share_status: 'OK',
  file_info: {
    kind: 'drive#file',
    id: 'VOfilm',
    name: 'Film.mp4',
    parent_id: 'VOparent',
    size: '3000',
    phase: 'PHASE_TYPE_COMPLETE',
    web_content_link: 'https://dl.example/download/?fid=abc&expire=1900000000',
    medias: [],
    params,
  },
});

describe('mapShareFileInfo', () => {
  it("reads PikPak's play limit for the shared video, strings as numbers", () => {
    const detail = mapShareFileInfo(fileInfo({ anonymous_play_seconds: '120', anonymous_play_range: '0.40' }));
    expect(detail.playLimit).toEqual({ seconds: 120, fraction: 0.4 });
    expect(detail).toMatchObject({ id: 'VOfilm', name: 'Film.mp4', download: { url: expect.any(String) as unknown } });
  });

  it('is no limit when the numbers are absent, zero, a whole range or not numbers', () => {
    expect(mapShareFileInfo(fileInfo(undefined))).not.toHaveProperty('playLimit');
    expect(mapShareFileInfo(fileInfo({ auto_play: 'false' }))).not.toHaveProperty('playLimit');
    expect(mapShareFileInfo(fileInfo({ anonymous_play_seconds: '0', anonymous_play_range: '1' }))).not.toHaveProperty(
      'playLimit',
    );
    expect(
      mapShareFileInfo(fileInfo({ anonymous_play_seconds: 'soon', anonymous_play_range: '0.5' })).playLimit,
    ).toEqual({ fraction: 0.5 });
  });
});
