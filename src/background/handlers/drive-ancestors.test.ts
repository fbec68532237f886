import { describe, expect, it } from 'vitest';
import { createAncestorCache, MAX_DEPTH, type ItemLink } from './drive-ancestors.ts';

/** A drive of `links` (id → name, parent) whose lookups are counted. */
function drive(links: Record<string, [string, string]>) {
  const asked: string[] = [];
  const fetchItem = (id: string): Promise<ItemLink> => {
    asked.push(id);
    const link = links[id];
    return link ? Promise.resolve({ id, name: link[0], parentId: link[1] }) : Promise.reject(new Error(`no ${id}`));
  };
  return { asked, fetchItem };
}

const TREE: Record<string, [string, string]> = {
  A: ['Projects', ''],
  B: ['2025', 'A'],
  C: ['Site', 'B'],
  D: ['img', 'C'],
};

describe('the ancestor cache', () => {
  it('walks up once, top-down, ending with the item; the root is []', async () => {
    const cache = createAncestorCache();
    const { asked, fetchItem } = drive(TREE);
    expect(await cache.ancestors('', fetchItem)).toEqual([]);
    expect(await cache.ancestors('D', fetchItem)).toEqual([
      { id: 'A', name: 'Projects' },
      { id: 'B', name: '2025' },
      { id: 'C', name: 'Site' },
      { id: 'D', name: 'img' },
    ]);
    expect(await cache.ancestors('C', fetchItem)).toHaveLength(3);
    expect(asked).toEqual(['D', 'C', 'B', 'A']);
    expect(cache.size).toBe(4);
  });

  it('knows folders from a listing, but not files or trashed folders', async () => {
    const cache = createAncestorCache();
    cache.remember([
      { id: 'A', name: 'Projects', parentId: '', kind: 'folder', trashed: false },
      { id: 'F', name: 'notes.md', parentId: 'A', kind: 'file', trashed: false },
      { id: 'T', name: 'Old', parentId: 'A', kind: 'folder', trashed: true },
    ]);
    expect(cache.size).toBe(1);
    const { asked, fetchItem } = drive(TREE);
    await cache.ancestors('B', fetchItem);
    expect(asked).toEqual(['B']);
  });

  it('forgets everything on clear(), also what a walk under way reads afterwards', async () => {
    const cache = createAncestorCache();
    const { fetchItem } = drive(TREE);
    const walk = cache.ancestors('D', async (id) => {
      const item = await fetchItem(id);
      if (id === 'B') cache.clear();
      return item;
    });
    await walk;
    expect(cache.size).toBe(0);
  });

  it('fails with malformed-response on a loop or an endless chain', async () => {
    const cache = createAncestorCache();
    await expect(cache.ancestors('X', drive({ X: ['x', 'Y'], Y: ['y', 'X'] }).fetchItem)).rejects.toMatchObject({
      kind: 'malformed-response',
    });
    const endless = (id: string): Promise<ItemLink> => Promise.resolve({ id, name: id, parentId: `${id}+` });
    await expect(cache.ancestors('Z', endless)).rejects.toMatchObject({ kind: 'malformed-response' });
    expect(MAX_DEPTH).toBe(256);
  });
});
