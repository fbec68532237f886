// @vitest-environment happy-dom
// The lint keeps shipped code from importing test code; this is a test importing its set-up.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Destination } from '../../shared/destination.ts';
import type { FolderActions } from '../../ui/folder-actions.ts';
import { DownloadsSection } from './DownloadsSection.tsx';

afterEach(cleanup);

const folders: FolderActions = {
  listFolders: (parentId) => Promise.resolve({ folders: parentId === '' ? [{ id: 'VMovies', name: 'Movies' }] : [] }),
  createFolder: (_parentId, name) => Promise.resolve({ id: 'VNew', name }),
};

function setUp(
  initial: Destination,
  onChange = vi.fn<(destination: Destination) => Promise<void>>().mockResolvedValue(undefined),
) {
  let current = initial;
  const view = render(<DownloadsSection destination={current} onChange={onChange} folders={folders} />);
  onChange.mockImplementation((next) => {
    current = next;
    view.rerender(<DownloadsSection destination={current} onChange={onChange} folders={folders} />);
    return Promise.resolve();
  });
  return { onChange, section: screen.getByRole('region', { name: 'Downloads' }) };
}

describe('DownloadsSection', () => {
  it('shows My Pack, and Change picks a folder that becomes the default', async () => {
    const { onChange, section } = setUp({ kind: 'my-pack' });
    within(section).getByText('My Pack');
    expect(within(section).queryByText('Coming soon')).toBeNull();
    expect(within(section).queryByRole('button', { name: 'Use My Pack' })).toBeNull();

    fireEvent.click(within(section).getByRole('button', { name: 'Change default folder' }));
    const picker = await screen.findByRole('dialog', { name: 'Choose a folder' });
    fireEvent.click(await within(picker).findByRole('button', { name: 'Movies' }));
    await within(picker).findByText('No folders here');
    fireEvent.click(within(picker).getByRole('button', { name: 'Choose this folder' }));

    await waitFor(() => expect(onChange).toHaveBeenCalledWith({ kind: 'folder', id: 'VMovies', name: 'Movies' }));
    await within(section).findByText('New links go to Movies.');
    expect(screen.queryByRole('dialog')).toBeNull();
    within(section).getByText('Movies');
  });

  it('goes back to My Pack with Use My Pack', async () => {
    const { onChange, section } = setUp({ kind: 'folder', id: 'VMovies', name: 'Movies' });
    within(section).getByText('Movies');
    fireEvent.click(within(section).getByRole('button', { name: 'Use My Pack' }));
    await waitFor(() => expect(onChange).toHaveBeenCalledWith({ kind: 'my-pack' }));
    await within(section).findByText('New links go to My Pack.');
    expect(within(section).queryByRole('button', { name: 'Use My Pack' })).toBeNull();
  });

  it('says when the choice could not be saved', async () => {
    const failing = vi.fn<(destination: Destination) => Promise<void>>().mockRejectedValue(new Error('quota'));
    render(
      <DownloadsSection
        destination={{ kind: 'folder', id: 'VMovies', name: 'Movies' }}
        onChange={failing}
        folders={folders}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Use My Pack' }));
    await screen.findByRole('alert');
    expect(screen.queryByText('New links go to My Pack.')).toBeNull();
  });
});
