import { MY_DRIVE, sameView, type DriveView } from '../../shared/drive-view.ts';

/**
 * Where the file browser is, written in the page's URL hash so the browser's back and forward, reload and
 * bookmarks keep it: `#folder=<id>` (the popup's and notifications' "Open" use it too, src/shared/pages.ts),
 * `#view=starred`, `#view=trash`, `#view=shares` (the Shares place: paste a link, recent shares) and
 * `#share=<id>&folder=<id>` (a folder of a share); no hash (or `#folder=`) is My Drive. Pure: no `location` here.
 */

/** The Shares place: not a list of items, but where share links are opened and recent shares are. */
export type SharesPlace = { kind: 'shares' };
export const SHARES: SharesPlace = { kind: 'shares' };

/** Everything the file browser can show: a list of items (DriveView), or the Shares place. */
export type FilesView = DriveView | SharesPlace;

export type ShareView = Extract<DriveView, { kind: 'share' }>;

/** A folder of a share ("" or absent: the share's top). */
export const shareView = (shareId: string, id = ''): ShareView => ({ kind: 'share', shareId, id });

/** Whether the view is a list of items (not the Shares place). */
export const isListView = (view: FilesView): view is DriveView => view.kind !== 'shares';

/** Whether the view is about shares (the Shares place or a share): these can be read signed out too. */
export const isSharesView = (view: FilesView): boolean => view.kind === 'shares' || view.kind === 'share';

/** The view a hash names; anything unknown is My Drive, so a mistyped address still opens something. */
export function viewFromHash(hash: string): FilesView {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const view = params.get('view');
  if (view === 'starred') return { kind: 'starred' };
  if (view === 'trash') return { kind: 'trash' };
  if (view === 'shares') return SHARES;
  const share = params.get('share');
  const folder = params.get('folder');
  if (share) return shareView(share, folder ?? '');
  return folder ? { kind: 'folder', id: folder } : MY_DRIVE;
}

/** The hash for a view (with the `#`); My Drive has none, as the popup's "Open files" writes it. */
export function hashForView(view: FilesView): string {
  switch (view.kind) {
    case 'starred':
      return '#view=starred';
    case 'trash':
      return '#view=trash';
    case 'shares':
      return '#view=shares';
    case 'share': {
      const folder = view.id === '' ? '' : `&folder=${encodeURIComponent(view.id)}`;
      return `#share=${encodeURIComponent(view.shareId)}${folder}`;
    }
    case 'folder':
      return view.id === '' ? '' : `#folder=${encodeURIComponent(view.id)}`;
  }
}

/** A key naming a view, for caches and for comparing. */
export function viewKey(view: FilesView): string {
  if (view.kind === 'folder') return `folder:${view.id}`;
  return view.kind === 'share' ? `share:${view.shareId}:${view.id}` : view.kind;
}

/** Whether two places are the same (the Shares place is one place). */
export function samePlace(a: FilesView, b: FilesView): boolean {
  if (a.kind === 'shares' || b.kind === 'shares') return a.kind === b.kind;
  return sameView(a, b);
}
