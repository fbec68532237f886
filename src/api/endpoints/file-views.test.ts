import { describe, expect, it } from 'vitest';
import { viewListOptions } from './file-views.ts';
import { fileFilters } from './files.ts';

const DEFAULTS = { phase: { eq: 'PHASE_TYPE_COMPLETE' }, trashed: { eq: false } };

describe('viewListOptions and fileFilters (pikpak-api.md §12.4)', () => {
  it('lists a folder (the root is "") finished and not trashed, 500 a page', () => {
    const root = viewListOptions({ kind: 'folder', id: '' });
    expect(root).toEqual({ limit: 500, parentId: '', filters: { phase: 'complete', trashed: false } });
    expect(fileFilters(root.filters ?? {})).toEqual(DEFAULTS);
    expect(viewListOptions({ kind: 'folder', id: 'VFolder' }, 'next')).toMatchObject({
      parentId: 'VFolder',
      pageToken: 'next',
    });
  });

  it('lists starred items over the whole drive with system_tag in STAR on top of the defaults', () => {
    const starred = viewListOptions({ kind: 'starred' });
    expect(starred.parentId).toBe('*');
    expect(fileFilters(starred.filters ?? {})).toEqual({ ...DEFAULTS, system_tag: { in: 'STAR' } });
  });

  it('lists the trash over the whole drive with {"trashed":{"eq":true}} alone', () => {
    const trash = viewListOptions({ kind: 'trash' }, '');
    expect(trash).not.toHaveProperty('pageToken');
    expect(trash.parentId).toBe('*');
    expect(fileFilters(trash.filters ?? {})).toEqual({ trashed: { eq: true } });
  });

  it('never filters on the `starred` field, and a kind filter is PikPak’s drive#kind', () => {
    expect(fileFilters({ starredOnly: false })).toEqual(DEFAULTS);
    expect(fileFilters({ kind: 'folder', phase: 'any', trashed: 'any' })).toEqual({ kind: { eq: 'drive#folder' } });
  });
});
