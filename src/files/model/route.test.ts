import { describe, expect, it } from 'vitest';
import { filesPagePath, SHARES_PAGE_PATH, sharePagePath } from '../../shared/pages.ts';
import { hashForView, viewFromHash, viewKey } from './route.ts';

describe('the URL hash and the view', () => {
  it('reads folders, starred and trash, and takes anything else as My Drive', () => {
    expect(viewFromHash('#folder=VN123')).toEqual({ kind: 'folder', id: 'VN123' });
    expect(viewFromHash('folder=VN123')).toEqual({ kind: 'folder', id: 'VN123' });
    expect(viewFromHash('#view=starred')).toEqual({ kind: 'starred' });
    expect(viewFromHash('#view=trash')).toEqual({ kind: 'trash' });
    expect(viewFromHash('#view=shares')).toEqual({ kind: 'shares' });
    expect(viewFromHash('#share=VOs1')).toEqual({ kind: 'share', shareId: 'VOs1', id: '' });
    expect(viewFromHash('#share=VOs1&folder=VN9')).toEqual({ kind: 'share', shareId: 'VOs1', id: 'VN9' });
    for (const hash of ['', '#', '#folder=', '#view=recent', '#nonsense']) {
      expect(viewFromHash(hash)).toEqual({ kind: 'folder', id: '' });
    }
  });

  it('writes a hash that reads back as the same view, including ids that need escaping', () => {
    const views = [
      { kind: 'folder', id: 'VN123' },
      { kind: 'folder', id: 'a&b=c#d' },
      { kind: 'starred' },
      { kind: 'trash' },
      { kind: 'shares' },
      { kind: 'share', shareId: 'VOs1', id: '' },
      { kind: 'share', shareId: 'a&b', id: 'c=d#e' },
    ] as const;
    for (const view of views) expect(viewFromHash(hashForView(view))).toEqual(view);
    expect(hashForView({ kind: 'folder', id: '' })).toBe('');
  });

  it('reads the links the popup and notifications write', () => {
    const path = filesPagePath('VN42');
    expect(viewFromHash(path.slice(path.indexOf('#')))).toEqual({ kind: 'folder', id: 'VN42' });
    const share = sharePagePath('VOs1', 'VN7');
    expect(viewFromHash(share.slice(share.indexOf('#')))).toEqual({ kind: 'share', shareId: 'VOs1', id: 'VN7' });
    expect(viewFromHash(SHARES_PAGE_PATH.slice(SHARES_PAGE_PATH.indexOf('#')))).toEqual({ kind: 'shares' });
  });

  it('names views with distinct keys', () => {
    const keys = [
      { kind: 'folder', id: '' },
      { kind: 'folder', id: 'x' },
      { kind: 'starred' },
      { kind: 'trash' },
      { kind: 'shares' },
      { kind: 'share', shareId: 'x', id: '' },
      { kind: 'share', shareId: 'x', id: 'y' },
    ].map((view) => viewKey(view as never));
    expect(new Set(keys).size).toBe(7);
  });
});
