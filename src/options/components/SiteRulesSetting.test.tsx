// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../shared/settings.ts';
import type { FolderActions } from '../../ui/folder-actions.ts';
import type { SettingsAccess } from '../use-setting-switches.ts';
import { SiteRulesSetting } from './SiteRulesSetting.tsx';

afterEach(cleanup);

const folders: FolderActions = {
  listFolders: (parentId) =>
    Promise.resolve({
      folders:
        parentId === ''
          ? [
              { id: 'VAnime', name: 'Anime' },
              { id: 'VMovies', name: 'Movies' },
            ]
          : [],
    }),
  createFolder: (_parentId, name) => Promise.resolve({ id: 'VNew', name }),
};

/** Settings in memory, telling watchers of every change as storage does. */
function memorySettings(initial: Partial<Settings> = {}) {
  let current: Settings = { ...DEFAULT_SETTINGS, ...initial };
  const watchers = new Set<(settings: Settings) => void>();
  const access: SettingsAccess = {
    read: () => Promise.resolve(current),
    watch: (callback, signal) => {
      watchers.add(callback);
      signal.addEventListener('abort', () => watchers.delete(callback));
    },
    update: (patch) => {
      current = { ...current, ...patch };
      watchers.forEach((watcher) => watcher(current));
      return Promise.resolve(current);
    },
  };
  return { access, stored: () => current };
}

async function pick(name: string) {
  const picker = await screen.findByRole('dialog', { name: 'Choose a folder' });
  fireEvent.click(await within(picker).findByRole('button', { name }));
  await within(picker).findByText('No folders here');
  fireEvent.click(within(picker).getByRole('button', { name: 'Choose this folder' }));
}

describe('Folders by website', () => {
  it('refuses a bad site and a missing folder with messages beside the fields, then adds the rule', async () => {
    const { access, stored } = memorySettings();
    render(<SiteRulesSetting folders={folders} settings={access} />);
    await screen.findByText('No rules');
    const form = screen.getByRole('form', { name: 'New rule' });
    const site = within(form).getByRole('textbox', { name: 'Website' });

    fireEvent.click(within(form).getByRole('button', { name: 'Add rule' }));
    await within(form).findByText('Enter a website, like nyaa.si.');
    within(form).getByText('Choose a folder for the rule.');

    fireEvent.input(site, { target: { value: 'not a site' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Add rule' }));
    await waitFor(() => expect(site.getAttribute('aria-invalid')).toBe('true'));
    expect(site.getAttribute('aria-describedby')).toBeTruthy();
    within(form).getByText(/This is not a website name or address/);
    expect(stored().siteRules).toEqual([]);

    fireEvent.input(site, { target: { value: 'https://Nyaa.si/view/1' } });
    fireEvent.click(within(form).getByRole('button', { name: "Choose the rule's folder" }));
    await pick('Anime');
    await within(form).findByText('Anime');
    fireEvent.click(within(form).getByRole('button', { name: 'Add rule' }));

    await screen.findByText('Links from nyaa.si go to Anime.');
    expect(stored().siteRules).toEqual([
      { site: 'nyaa.si', destination: { kind: 'folder', id: 'VAnime', name: 'Anime' } },
    ]);
    const list = screen.getByRole('list', { name: 'Rules' });
    within(list).getByText('nyaa.si');
    expect((site as HTMLInputElement).value).toBe('');
  });

  it("changes a rule's folder, adds a My Pack rule for a wildcard site, and removes a rule", async () => {
    const anime = { kind: 'folder' as const, id: 'VAnime', name: 'Anime' };
    const { access, stored } = memorySettings({ siteRules: [{ site: 'nyaa.si', destination: anime }] });
    render(<SiteRulesSetting folders={folders} settings={access} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Change the folder for nyaa.si' }));
    await pick('Movies');
    await screen.findByText('Links from nyaa.si go to Movies.');
    expect(stored().siteRules[0]?.destination).toEqual({ kind: 'folder', id: 'VMovies', name: 'Movies' });

    const form = screen.getByRole('form', { name: 'New rule' });
    fireEvent.input(within(form).getByRole('textbox', { name: 'Website' }), { target: { value: '*.example.com' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Send to My Pack' }));
    fireEvent.click(within(form).getByRole('button', { name: 'Add rule' }));
    await screen.findByText('Links from example.com go to My Pack.');
    expect(stored().siteRules.map((rule) => rule.site)).toEqual(['nyaa.si', 'example.com']);

    fireEvent.click(screen.getByRole('button', { name: 'Remove the rule for nyaa.si' }));
    await screen.findByText('The rule for nyaa.si was removed.');
    expect(stored().siteRules.map((rule) => rule.site)).toEqual(['example.com']);
  });
});
