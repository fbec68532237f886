import { describe, expect, it } from 'vitest';
import { DEFAULT_FILES_VIEW } from './files-view.ts';
import { DEFAULT_SETTINGS } from './settings.ts';
import {
  buildSettingsFile,
  diffImport,
  mergeImport,
  parseSettingsFile,
  settingsFileName,
  type SettingsSnapshot,
} from './settings-transfer.ts';

const CURRENT: SettingsSnapshot = {
  settings: { ...DEFAULT_SETTINGS, defaultDestination: { kind: 'folder', id: 'f1', name: 'Movies' } },
  aria2: { endpoint: 'http://localhost:6800/jsonrpc', dir: '/data' },
  filesView: DEFAULT_FILES_VIEW,
};

const file = (body: Record<string, unknown>) =>
  JSON.stringify({ format: 'pikpak-companion-settings', version: 1, exportedAt: '2026-12-06T00:00:00Z', ...body });

describe('settings file', () => {
  it('exports every setting, the aria2 endpoint and folder, never the secret', () => {
    const withSecret = { ...CURRENT, aria2: { ...CURRENT.aria2, secret: 'hunter2' } };
    const built = buildSettingsFile(withSecret, new Date('2026-12-06T20:00:00Z'));
    expect(built).toEqual({
      format: 'pikpak-companion-settings',
      version: 1,
      exportedAt: '2026-12-06T20:00:00.000Z',
      settings: CURRENT.settings,
      aria2: { endpoint: 'http://localhost:6800/jsonrpc', dir: '/data' },
      filesView: DEFAULT_FILES_VIEW,
    });
    expect(JSON.stringify(built)).not.toContain('hunter2');
    expect(parseSettingsFile(JSON.stringify(built))).toEqual({
      ok: true,
      imported: { settings: CURRENT.settings, aria2: CURRENT.aria2, filesView: DEFAULT_FILES_VIEW },
    });
  });

  it('names the file by the local date', () => {
    expect(settingsFileName(new Date(2026, 0, 5, 23, 59))).toBe('pikpak-companion-settings-20260105.json');
  });

  it('refuses text that is not JSON, another format, a future version and a missing version', () => {
    expect(parseSettingsFile('{"format":')).toEqual({ ok: false, error: 'not-json' });
    expect(parseSettingsFile('[]')).toEqual({ ok: false, error: 'wrong-format' });
    expect(parseSettingsFile(JSON.stringify({ format: 'other', version: 1 }))).toEqual({
      ok: false,
      error: 'wrong-format',
    });
    expect(parseSettingsFile(file({ version: 2 }))).toEqual({ ok: false, error: 'newer-version' });
    expect(parseSettingsFile(file({ version: '1' }))).toEqual({ ok: false, error: 'invalid' });
  });

  it('refuses the whole file when a known key has the wrong type', () => {
    for (const body of [
      { settings: { notifySent: 'yes' } },
      { settings: { defaultDestination: { kind: 'folder', id: '' } } },
      { settings: [] },
      { aria2: { endpoint: 'ftp://example.com' } },
      { aria2: { dir: 5 } },
      { filesView: { layout: 'table' } },
      { filesView: 'grid' },
      { settings: { siteRules: { 'nyaa.si': 'Anime' } } },
      { settings: { siteRules: [{ site: 'https://nyaa.si/', destination: { kind: 'my-pack' } }] } },
      { settings: { siteRules: [{ site: 'nyaa.si', destination: { kind: 'folder' } }] } },
      { settings: { rootFolder: 'VN1' } },
      { settings: { rootFolder: { id: '', name: 'x' } } },
    ]) {
      expect(parseSettingsFile(file(body)), JSON.stringify(body)).toEqual({ ok: false, error: 'invalid' });
    }
  });

  it('ignores unknown keys, and never takes a secret, a token or a session from the file', () => {
    const parsed = parseSettingsFile(
      file({
        session: { refreshToken: 'r' },
        settings: { notifySent: false, futureSetting: 1, defaultDestination: { kind: 'my-pack', extra: 'x' } },
        aria2: { secret: 'injected', dir: '/downloads' },
        filesView: { layout: 'grid', columns: 3 },
      }),
    );
    expect(parsed).toEqual({
      ok: true,
      imported: {
        settings: { notifySent: false, defaultDestination: { kind: 'my-pack' } },
        aria2: { dir: '/downloads' },
        filesView: { layout: 'grid' },
      },
    });
  });
});

describe('site rules and the root folder in the file', () => {
  const rules = [{ site: 'nyaa.si', destination: { kind: 'folder' as const, id: 'VN1', name: 'Anime' } }];

  it('exports them, and reads them back with only their own fields', () => {
    const snapshot = {
      ...CURRENT,
      settings: { ...CURRENT.settings, siteRules: rules, rootFolder: { id: 'R', name: 'Home' } },
    };
    const text = JSON.stringify(buildSettingsFile(snapshot, new Date('2026-12-06T20:00:00Z')));
    const parsed = parseSettingsFile(text);
    expect(parsed.ok && parsed.imported.settings.siteRules).toEqual(rules);
    expect(parsed.ok && parsed.imported.settings.rootFolder).toEqual({ id: 'R', name: 'Home' });
    const extra = parseSettingsFile(
      file({ settings: { siteRules: [{ ...rules[0], note: 'x', destination: { ...rules[0]!.destination, x: 1 } }] } }),
    );
    expect(extra.ok && extra.imported.settings.siteRules).toEqual(rules);
  });

  it('imports an older version 1 file without them, leaving the stored ones alone', () => {
    const current = { ...CURRENT, settings: { ...CURRENT.settings, siteRules: rules } };
    const parsed = parseSettingsFile(file({ settings: { notifySent: false } }));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.imported.settings).toEqual({ notifySent: false });
    expect(mergeImport(current, parsed.imported).settings.siteRules).toEqual(rules);
  });

  it('lists changed rules and root folder, and the same content as no change', () => {
    const current = { ...CURRENT, settings: { ...CURRENT.settings, siteRules: rules } };
    expect(diffImport(current, { settings: { siteRules: [...rules] }, aria2: {}, filesView: {} })).toEqual([]);
    expect(diffImport(current, { settings: { siteRules: [], rootFolder: null }, aria2: {}, filesView: {} })).toEqual([
      { group: 'settings', key: 'siteRules', from: rules, to: [] },
    ]);
    expect(
      diffImport(current, { settings: { rootFolder: { id: 'R', name: 'Home' } }, aria2: {}, filesView: {} }),
    ).toEqual([{ group: 'settings', key: 'rootFolder', from: null, to: { id: 'R', name: 'Home' } }]);
  });
});

describe('diff and merge', () => {
  const imported = {
    settings: { notifySent: false, showBadge: true, defaultDestination: { kind: 'my-pack' as const } },
    aria2: { endpoint: 'http://nas:6800/jsonrpc' },
    filesView: { layout: 'grid' as const },
  };

  it('lists only the values that change, in page order', () => {
    expect(diffImport(CURRENT, imported)).toEqual([
      {
        group: 'settings',
        key: 'defaultDestination',
        from: { kind: 'folder', id: 'f1', name: 'Movies' },
        to: { kind: 'my-pack' },
      },
      { group: 'settings', key: 'notifySent', from: true, to: false },
      { group: 'aria2', key: 'endpoint', from: 'http://localhost:6800/jsonrpc', to: 'http://nas:6800/jsonrpc' },
      { group: 'filesView', key: 'layout', from: 'list', to: 'grid' },
    ]);
    expect(diffImport(CURRENT, { settings: {}, aria2: {}, filesView: {} })).toEqual([]);
  });

  it('treats the same folder under another name as no change', () => {
    const renamed = { defaultDestination: { kind: 'folder' as const, id: 'f1', name: 'Films' } };
    expect(diffImport(CURRENT, { settings: renamed, aria2: {}, filesView: {} })).toEqual([]);
  });

  it('keeps what the file does not name', () => {
    expect(mergeImport(CURRENT, imported)).toEqual({
      settings: { ...CURRENT.settings, notifySent: false, defaultDestination: { kind: 'my-pack' } },
      aria2: { endpoint: 'http://nas:6800/jsonrpc', dir: '/data' },
      filesView: { ...DEFAULT_FILES_VIEW, layout: 'grid' },
    });
  });
});
