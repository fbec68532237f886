import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_FILES_VIEW, filesViewItem } from '../../shared/files-view.ts';
import { createViewPrefsStore } from './view-prefs-store.ts';

describe('the view preferences store', () => {
  it('starts from the defaults, shows the stored choices, and stores a change at once', async () => {
    await filesViewItem.set({ layout: 'grid' });
    const store = createViewPrefsStore();
    expect(store.prefs.value).toEqual(DEFAULT_FILES_VIEW);
    store.start();
    await vi.waitFor(() => expect(store.prefs.value.layout).toBe('grid'));
    store.update({ sortKey: 'size', sortDescending: true });
    expect(store.prefs.value).toMatchObject({ layout: 'grid', sortKey: 'size', sortDescending: true });
    await vi.waitFor(async () =>
      expect(await filesViewItem.get()).toEqual({ layout: 'grid', sortKey: 'size', sortDescending: true }),
    );
  });

  it('follows a change made in another tab', async () => {
    const store = createViewPrefsStore();
    store.start();
    await filesViewItem.set({ details: true });
    await vi.waitFor(() => expect(store.prefs.value.details).toBe(true));
  });
});
