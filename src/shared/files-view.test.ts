import { fakeBrowser } from '@webext-core/fake-browser';
import { describe, expect, it } from 'vitest';
import { filesViewItem } from './files-view.ts';

describe('the file browser’s view preferences', () => {
  it('keeps valid choices and reads a corrupt value as nothing stored', async () => {
    await filesViewItem.set({ sortKey: 'size', sortDescending: true, layout: 'grid', kind: 'video', details: true });
    expect(await filesViewItem.get()).toEqual({
      sortKey: 'size',
      sortDescending: true,
      layout: 'grid',
      kind: 'video',
      details: true,
    });
    await fakeBrowser.storage.local.set({ filesView: { sortKey: 'colour', layout: 'grid' } });
    expect(await filesViewItem.get()).toEqual({});
  });
});
