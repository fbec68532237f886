import { describe, expect, it } from 'vitest';

import { fakeBrowser } from '@webext-core/fake-browser';
const { DEFAULT_SETTINGS, getSettings, MAX_RECENT_FOLDERS, updateSettings, withRecentFolder } =
  await import('./settings.ts');

const folder = (n: number) => ({ kind: 'folder' as const, id: `VN${n}`, name: `Folder ${n}` });

describe('settings', () => {
  it('fills what was never stored with the defaults, and keeps other settings when one changes', async () => {
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
    await updateSettings({ notifySent: false });
    await updateSettings({ defaultDestination: folder(1) });
    expect(await getSettings()).toEqual({ ...DEFAULT_SETTINGS, notifySent: false, defaultDestination: folder(1) });
  });

  it('reads a corrupt stored value as the defaults rather than failing', async () => {
    await fakeBrowser.storage.local.set({ settings: { notifySent: 'yes', defaultDestination: { kind: 'folder' } } });
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('drops only the damaged setting: a broken rules list reads as no rules, the other choices stay', async () => {
    await fakeBrowser.storage.local.set({
      settings: {
        notifySent: false,
        defaultDestination: folder(2),
        siteRules: [{ site: 'Not A Site!', destination: { kind: 'my-pack' } }],
        rootFolder: { id: '' },
      },
    });
    expect(await getSettings()).toEqual({ ...DEFAULT_SETTINGS, notifySent: false, defaultDestination: folder(2) });
    // A change keeps the valid choices and leaves the damaged ones behind.
    await updateSettings({ showBadge: false });
    expect((await fakeBrowser.storage.local.get('settings'))['settings']).toEqual({
      notifySent: false,
      defaultDestination: folder(2),
      showBadge: false,
    });
  });

  it('keeps recent folders newest first, without repeats, at most five', () => {
    let recent = [folder(1), folder(2)];
    recent = withRecentFolder(recent, folder(2));
    expect(recent.map((entry) => entry.id)).toEqual(['VN2', 'VN1']);
    for (let n = 3; n <= 8; n++) recent = withRecentFolder(recent, folder(n));
    expect(recent.map((entry) => entry.id)).toEqual(['VN8', 'VN7', 'VN6', 'VN5', 'VN4']);
    expect(recent).toHaveLength(MAX_RECENT_FOLDERS);
  });
});
