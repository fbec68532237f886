import { describe, expect, it } from 'vitest';
import type { DriveItem } from '../../../../src/shared/domain.ts';
import { BIG_FOLDER_SIZE } from '../../../fake-pikpak/seeds/demo.ts';
import { FILES, useDriveFake } from './drive-harness.ts';

/**
 * The file browser's handlers on the `demo` seed (the drive `npm run demo` shows): paging the 10,000-item camera
 * roll, breadcrumbs 5 folders deep, and the starred and trash views over the whole drive.
 */
const drive = useDriveFake('demo');
const folders = () => drive.fake.seedIds.folders;

describe('the demo drive through the handlers', () => {
  it('pages the 10,000-item folder in 20 pages of 500, every item once', async () => {
    const view = { kind: 'folder', id: folders()['bigFolder'] ?? '' } as const;
    const items: DriveItem[] = [];
    let pageToken: string | undefined;
    let pages = 0;
    const started = performance.now();
    do {
      const page = await drive.send('drive.list', { view, ...(pageToken ? { pageToken } : {}) });
      items.push(...page.items);
      pageToken = page.nextPageToken;
      pages += 1;
    } while (pageToken !== undefined && pages < 50);
    const elapsed = performance.now() - started;
    console.info(`drive.list paged ${items.length} items in ${pages} pages in ${Math.round(elapsed)} ms`);
    expect(pages).toBe(20);
    expect(items).toHaveLength(BIG_FOLDER_SIZE);
    expect(new Set(items.map((item) => item.id)).size).toBe(10_000);
    expect(drive.fake.log.filter({ method: 'GET', path: FILES }).map((entry) => entry.query['limit'])).toEqual(
      Array<string>(20).fill('500'),
    );
    const kinds = new Set(items.map((item) => item.category));
    expect(kinds).toEqual(new Set(['IMAGE', 'VIDEO']));
    expect(items.every((item) => item.thumbnailUrl?.startsWith('https://sg-thumbnail-drive.mypikpak.com/'))).toBe(true);
  });

  it('serves the thumbnails the items link to', async () => {
    const page = await drive.send('drive.list', { view: { kind: 'folder', id: folders()['lisbon'] ?? '' } });
    const photo = page.items.find((item) => item.category === 'IMAGE');
    const response = await drive.fake.fetch(photo?.thumbnailUrl ?? '');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
  });

  it('names the 5 folders above the deepest one, walking up once', async () => {
    const path = await drive.send('drive.ancestors', { id: folders()['deepest'] ?? '' });
    expect(path.map((folder) => folder.name)).toEqual(['Projects', '2025', 'Website redesign', 'assets', 'images']);
    expect(drive.fake.log.count({ method: 'GET', path: /^\/drive\/v1\/files\/V/ })).toBe(5);
  });

  it('shows starred items from all over the drive, and a trash of files and a folder', async () => {
    const starred = await drive.send('drive.list', { view: { kind: 'starred' } });
    // The films' extensions come from the seed's PRNG.
    expect(starred.items.map((item) => item.name.replace(/\.(mp4|mkv)$/, '')).sort()).toEqual([
      'Design brief.pdf',
      'IMG_00420.jpg',
      'Kevin MacLeod - Cinematic Collection',
      'Lisbon 07.jpg',
      'Metropolis (1927)',
      'Projects',
      'Reading list.md',
      'Sherlock Jr. (1924)',
    ]);
    expect(starred.items.every((item) => item.starred && !item.trashed)).toBe(true);
    const trash = await drive.send('drive.list', { view: { kind: 'trash' } });
    expect(trash.items.map((item) => [item.name, item.kind]).sort()).toEqual([
      ['Old drafts', 'folder'],
      ['Sintel (2010) [CAM].mp4', 'file'],
      ['backup-2022.zip', 'file'],
      ['logo-draft.png', 'file'],
      ['old-screenshot.png', 'file'],
    ]);
  });
});
