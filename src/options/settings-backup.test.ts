import { describe, expect, it } from 'vitest';
import { fakeBrowser } from '../../test/setup/extension-browser.ts';
import { DEFAULT_SETTINGS } from '../shared/settings.ts';
import { storedSettingsBackup } from './settings-backup.ts';

describe('Options › Backup storage', () => {
  it('reads the settings with defaults filled in and without the aria2 secret', async () => {
    await fakeBrowser.storage.local.set({
      settings: { notifySent: false },
      aria2: { endpoint: 'http://localhost:6800/jsonrpc', secret: 's3cret', dir: '/data' },
    });
    const snapshot = await storedSettingsBackup.read();
    expect(snapshot.settings).toEqual({ ...DEFAULT_SETTINGS, notifySent: false });
    expect(snapshot.aria2).toEqual({ endpoint: 'http://localhost:6800/jsonrpc', dir: '/data' });
    expect(JSON.stringify(snapshot)).not.toContain('s3cret');
  });

  it('writes only what the file names, keeping the secret and everything else', async () => {
    await fakeBrowser.storage.local.set({
      settings: { notifySent: false, showBadge: false },
      aria2: { endpoint: 'http://localhost:6800/jsonrpc', secret: 's3cret', dir: '/data' },
      filesView: { sortKey: 'size', layout: 'list' },
    });
    await storedSettingsBackup.apply({
      settings: { notifySent: true },
      aria2: { endpoint: 'http://nas:6800/jsonrpc' },
      filesView: { layout: 'grid' },
    });
    expect(await fakeBrowser.storage.local.get(['settings', 'aria2', 'filesView'])).toEqual({
      settings: { notifySent: true, showBadge: false },
      aria2: { endpoint: 'http://nas:6800/jsonrpc', secret: 's3cret', dir: '/data' },
      filesView: { sortKey: 'size', layout: 'grid' },
    });
  });
});
