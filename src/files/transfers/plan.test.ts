import { describe, expect, it, vi } from 'vitest';
import type { DriveItem, DriveItemPage } from '../../shared/domain.ts';
import type { DriveView } from '../../shared/drive-view.ts';
import { file, folder } from '../test/items.ts';
import { planTransfer, WALK_CONCURRENCY } from './plan.ts';

/** A drive of folders by id, each listed in pages of `pageSize`. */
function driveOf(children: Record<string, DriveItem[]>, pageSize = 2) {
  let open = 0;
  let most = 0;
  const list = vi.fn(async (view: DriveView, pageToken?: string): Promise<DriveItemPage> => {
    open++;
    most = Math.max(most, open);
    await new Promise((resolve) => setTimeout(resolve, 1));
    open--;
    const id = view.kind === 'folder' ? view.id : '';
    const start = Number(pageToken ?? 0);
    const items = (children[id] ?? []).slice(start, start + pageSize);
    const next = start + pageSize < (children[id] ?? []).length ? String(start + pageSize) : undefined;
    return next === undefined ? { items } : { items, nextPageToken: next };
  });
  return { list, most: () => most };
}

describe('planTransfer', () => {
  it('keeps chosen files as they are and walks folders into Folder/Sub/name paths, every page', async () => {
    const show = folder('Show', { id: 'VShow' });
    const season = folder('Season 1', { id: 'VS1' });
    const e1 = file('E01.mkv', 100, { id: 'VE1' });
    const e2 = file('E02.mkv', 200, { id: 'VE2' });
    const nfo = file('show.nfo', 5, { id: 'VNfo' });
    const poster = file('poster.jpg', 7, { id: 'VPoster' });
    const single = file('notes.txt', 3, { id: 'VNotes' });
    const { list } = driveOf({ VShow: [season, nfo, poster], VS1: [e1, e2] });
    const progress: number[] = [];
    const plan = await planTransfer([single, show], { list, onProgress: (p) => progress.push(p.files) });
    expect(plan.files.map((f) => f.path)).toEqual([
      'notes.txt',
      'Show/show.nfo',
      'Show/poster.jpg',
      'Show/Season 1/E01.mkv',
      'Show/Season 1/E02.mkv',
    ]);
    expect(plan).toMatchObject({ folders: 2, totalBytes: 315 });
    // Show has 3 items in pages of 2: two calls, then one for Season 1.
    expect(list).toHaveBeenCalledTimes(3);
    expect(progress.at(-1)).toBe(5);
  });

  it('skips unfinished files, lists at most four folders at once and stops on a repeated page token', async () => {
    const folders = Array.from({ length: 10 }, (_, i) => folder(`F${i}`, { id: `VF${i}` }));
    const children: Record<string, DriveItem[]> = { VRoot: folders };
    for (const each of folders)
      children[each.id] = [file(`${each.name}.bin`, 1), file('partial', 1, { phase: 'running' })];
    const { list, most } = driveOf(children, 100);
    const plan = await planTransfer([folder('Root', { id: 'VRoot' })], { list });
    expect(plan.files).toHaveLength(10);
    expect(most()).toBeLessThanOrEqual(WALK_CONCURRENCY);

    const looping = vi.fn(() => Promise.resolve<DriveItemPage>({ items: [file('a', 1)], nextPageToken: 'same' }));
    const loop = await planTransfer([folder('Loop', { id: 'VLoop' })], { list: looping });
    expect(looping).toHaveBeenCalledTimes(2);
    expect(loop.files).toHaveLength(2);
  });

  it('stops walking when cancelled', async () => {
    const controller = new AbortController();
    const { list } = driveOf({ VA: [folder('B', { id: 'VB' })], VB: [file('x', 1)] });
    const walking = planTransfer([folder('A', { id: 'VA' })], {
      list: async (view, token) => {
        controller.abort();
        return list(view, token);
      },
      signal: controller.signal,
    });
    await expect(walking).rejects.toMatchObject({ name: 'AbortError' });
  });
});
