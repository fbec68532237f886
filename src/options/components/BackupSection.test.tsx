// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_FILES_VIEW } from '../../shared/files-view.ts';
import { DEFAULT_SETTINGS } from '../../shared/settings.ts';
import type { ImportedSettings, SettingsSnapshot } from '../../shared/settings-transfer.ts';
import type { SettingsBackupAccess } from '../settings-backup.ts';
import { BackupSection } from './BackupSection.tsx';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const CURRENT: SettingsSnapshot = {
  settings: DEFAULT_SETTINGS,
  aria2: { endpoint: 'http://localhost:6800/jsonrpc', dir: '' },
  filesView: DEFAULT_FILES_VIEW,
};

function setUp(current: SettingsSnapshot = CURRENT) {
  const apply = vi.fn<(imported: ImportedSettings) => Promise<void>>(() => Promise.resolve());
  const access: SettingsBackupAccess = { read: () => Promise.resolve(current), apply };
  const download = vi.fn<(fileName: string, text: string) => void>();
  const onApplied = vi.fn();
  render(
    <BackupSection access={access} download={download} onApplied={onApplied} now={() => new Date(2026, 11, 6, 20)} />,
  );
  return { apply, download, onApplied };
}

function chooseFile(text: string, name = 'settings.json') {
  const input = screen.getByLabelText<HTMLInputElement>('Import from file');
  expect(input.type).toBe('file');
  Object.defineProperty(input, 'files', { value: [new File([text], name, { type: 'application/json' })] });
  fireEvent.change(input);
}

const fileWith = (body: Record<string, unknown>) =>
  JSON.stringify({ format: 'pikpak-companion-settings', version: 1, exportedAt: '2026-12-06T00:00:00Z', ...body });

describe('Options › Backup', () => {
  it('exports the stored settings as a dated JSON file without the aria2 secret', async () => {
    const withSecret = { ...CURRENT, aria2: { ...CURRENT.aria2, secret: 'hunter2' } } as SettingsSnapshot;
    const { download } = setUp(withSecret);
    fireEvent.click(screen.getByRole('button', { name: 'Export' }));
    await waitFor(() => expect(download).toHaveBeenCalledTimes(1));
    const [fileName, text] = download.mock.calls[0]!;
    expect(fileName).toBe('pikpak-companion-settings-20261206.json');
    expect(text).not.toContain('hunter2');
    expect(JSON.parse(text)).toMatchObject({ format: 'pikpak-companion-settings', version: 1, aria2: CURRENT.aria2 });
  });

  it('lists what the file changes, and applies it only on Apply', async () => {
    const { apply, onApplied } = setUp();
    chooseFile(
      fileWith({
        settings: {
          defaultDestination: { kind: 'folder', id: 'f1', name: 'Movies' },
          notifySent: false,
          showBadge: true,
        },
        filesView: { layout: 'grid' },
      }),
      'backup.json',
    );
    const preview = await screen.findByRole('group', { name: 'Changes from backup.json' });
    const items = within(within(preview).getByRole('list', { name: 'Settings the file will change' })).getAllByRole(
      'listitem',
    );
    expect(items.map((item) => item.textContent)).toEqual([
      'Default folder: My Pack → Movies',
      'When links reach PikPak: on → off',
      'Files › View: List view → Grid view',
    ]);
    expect(apply).not.toHaveBeenCalled();

    fireEvent.click(within(preview).getByRole('button', { name: 'Apply' }));
    await screen.findByText('Settings imported.');
    expect(apply).toHaveBeenCalledWith({
      settings: {
        defaultDestination: { kind: 'folder', id: 'f1', name: 'Movies' },
        notifySent: false,
        showBadge: true,
      },
      aria2: {},
      filesView: { layout: 'grid' },
    });
    expect(onApplied).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('group', { name: /Changes from/ })).toBeNull();
  });

  it('changes nothing on Cancel', async () => {
    const { apply } = setUp();
    chooseFile(fileWith({ settings: { notifyTaskFailed: false } }));
    fireEvent.click(await screen.findByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('group', { name: /Changes from/ })).toBeNull();
    expect(apply).not.toHaveBeenCalled();
  });

  it('says a file holds nothing new, with no Apply', async () => {
    setUp();
    chooseFile(fileWith({ settings: { notifySent: true } }));
    await screen.findByText('This file holds the settings you already have. Nothing to change.');
    expect(screen.queryByRole('button', { name: 'Apply' })).toBeNull();
  });

  it('asks for the aria2 address to be saved in Options › aria2 after importing a new one', async () => {
    setUp();
    chooseFile(fileWith({ aria2: { endpoint: 'http://nas.local:16800/jsonrpc', secret: 'from-file' } }));
    const preview = await screen.findByRole('group', { name: /Changes from/ });
    expect(within(preview).getByRole('listitem').textContent).toBe(
      'aria2 › RPC address: http://localhost:6800/jsonrpc → http://nas.local:16800/jsonrpc',
    );
    fireEvent.click(within(preview).getByRole('button', { name: 'Apply' }));
    await screen.findByText(
      'The aria2 address is now http://nas.local:16800. Save in Options › aria2 to allow this address.',
    );
  });

  it.each([
    [
      '{"format": "pikpak-companion-settings", ',
      'This file is not a settings file: it is not JSON. Nothing was changed.',
    ],
    [
      '{"format": "something-else", "version": 1}',
      'This is not a PikPak Companion settings file. Nothing was changed.',
    ],
    [
      fileWith({ version: 2 }),
      'This file comes from a newer version of PikPak Companion. Update the extension to import it. Nothing was changed.',
    ],
    [fileWith({ settings: { notifySent: 'off' } }), 'Some settings in this file are not valid. Nothing was changed.'],
  ])('refuses a bad file with a clear error and changes nothing (%s)', async (text, message) => {
    const { apply } = setUp();
    chooseFile(text);
    await screen.findByText(message);
    expect(screen.queryByRole('group', { name: /Changes from/ })).toBeNull();
    expect(apply).not.toHaveBeenCalled();
  });

  it('says so when the import could not be saved', async () => {
    const { apply } = setUp();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    apply.mockRejectedValueOnce(new Error('quota'));
    chooseFile(fileWith({ settings: { notifySent: false } }));
    fireEvent.click(await screen.findByRole('button', { name: 'Apply' }));
    await screen.findByText('The settings could not be saved. Nothing was changed; try again.');
  });
});
