import { describe, expect, it } from 'vitest';
import type { DriveView } from '../../shared/drive-view.ts';
import { file, folder } from '../test/items.ts';
import { menuActions, toolbarActions } from './actions.ts';

const SHARE: DriveView = { kind: 'share', shareId: 'VOs', id: '' };
const video = file('clip.mp4', 5, { category: 'VIDEO' });

describe('actions in someone else’s share', () => {
  it('offers Save to my drive and taking files out, never renaming, moving, starring or trashing', () => {
    expect(toolbarActions({ view: SHARE, items: [video] })).toEqual([['saveToDrive'], ['download', 'copyLinks']]);
    expect(menuActions({ view: SHARE, items: [video] })).toEqual([
      ['play', 'details'],
      ['saveToDrive'],
      ['download', 'copyLinks', 'exportLinks', 'exportAria2', 'sendToAria2'],
    ]);
    expect(menuActions({ view: SHARE, items: [folder('Sub')] })[0]).toEqual(['open', 'details']);
  });

  it('saves everything shown when nothing is chosen, and offers nothing where nothing is shown', () => {
    expect(toolbarActions({ view: SHARE, items: [], shown: 3 })).toEqual([['saveToDrive']]);
    expect(toolbarActions({ view: SHARE, items: [], shown: 0 })).toEqual([]);
    expect(menuActions({ view: SHARE, items: [] })).toEqual([['saveToDrive']]);
  });
});
