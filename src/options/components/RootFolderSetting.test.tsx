// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../shared/settings.ts';
import type { FolderActions } from '../../ui/folder-actions.ts';
import type { SettingsAccess } from '../use-setting-switches.ts';
import { RootFolderSetting } from './RootFolderSetting.tsx';

afterEach(cleanup);

const folders: FolderActions = {
  listFolders: (parentId) => Promise.resolve({ folders: parentId === '' ? [{ id: 'VAnime', name: 'Anime' }] : [] }),
  createFolder: (_parentId, name) => Promise.resolve({ id: 'VNew', name }),
};

function memorySettings(initial: Partial<Settings> = {}) {
  let current: Settings = { ...DEFAULT_SETTINGS, ...initial };
  const watchers = new Set<(settings: Settings) => void>();
  const access: SettingsAccess = {
    read: () => Promise.resolve(current),
    watch: (callback) => watchers.add(callback),
    update: (patch) => {
      current = { ...current, ...patch };
      watchers.forEach((watcher) => watcher(current));
      return Promise.resolve(current);
    },
  };
  return { access, stored: () => current };
}

const ITEMS: Record<string, { kind: 'file' | 'folder'; name: string; trashed: boolean }> = {
  VAnime: { kind: 'folder', name: 'Anime', trashed: false },
  VFile: { kind: 'file', name: 'movie.mkv', trashed: false },
  VOld: { kind: 'folder', name: 'Old', trashed: true },
};
const lookUp = vi.fn((id: string) =>
  ITEMS[id] ? Promise.resolve(ITEMS[id]) : Promise.reject(Object.assign(new Error('gone'), { kind: 'not-found' })),
);

describe('Root folder', () => {
  it('checks a pasted address with PikPak and saves the folder by name; refuses files, trash, unknown ids', async () => {
    const { access, stored } = memorySettings();
    render(<RootFolderSetting folders={folders} settings={access} lookUp={lookUp} />);
    await screen.findByText('My Drive');
    const form = screen.getByRole('form', { name: 'Root folder' });
    const field = within(form).getByRole('textbox', { name: 'Folder id or address' });
    const submit = within(form).getByRole('button', { name: 'Save root folder' });

    fireEvent.click(submit);
    await within(form).findByText('Enter a folder id or paste the folder’s address.'.replace('’', "'"));
    for (const [input, message] of [
      ['https://example.com/drive/all/VAnime', 'This is neither a folder id nor a mypikpak.com folder address.'],
      ['VFile', 'movie.mkv is a file, not a folder.'],
      ['VOld', 'Old is in the trash. Restore it first, or choose another folder.'],
      ['VGone', 'PikPak has no folder with this id (it may have been deleted).'],
    ] as const) {
      fireEvent.input(field, { target: { value: input } });
      fireEvent.click(submit);
      await within(form).findByText(message);
      expect(field.getAttribute('aria-invalid')).toBe('true');
    }
    expect(stored().rootFolder).toBeNull();

    fireEvent.input(field, { target: { value: 'https://mypikpak.com/drive/all/VAnime' } });
    fireEvent.click(submit);
    await screen.findByText('The file browser opens at Anime.');
    expect(stored().rootFolder).toEqual({ id: 'VAnime', name: 'Anime' });

    fireEvent.click(screen.getByRole('button', { name: 'Reset to My Drive' }));
    await screen.findByText('The file browser opens at My Drive.');
    expect(stored().rootFolder).toBeNull();
  });

  it('takes a folder from the picker', async () => {
    const { access, stored } = memorySettings();
    render(<RootFolderSetting folders={folders} settings={access} lookUp={lookUp} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Choose the root folder' }));
    const picker = await screen.findByRole('dialog', { name: 'Choose the root folder' });
    fireEvent.click(await within(picker).findByRole('button', { name: 'Anime' }));
    await within(picker).findByText('No folders here');
    fireEvent.click(within(picker).getByRole('button', { name: 'Use this folder as the root' }));
    await waitFor(() => expect(stored().rootFolder).toEqual({ id: 'VAnime', name: 'Anime' }));
  });
});
