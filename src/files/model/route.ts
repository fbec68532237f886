import { MY_DRIVE, type DriveView } from '../../shared/drive-view.ts';

/**
 * Where the file browser is, written in the page's URL hash so the browser's back and forward, reload and
 * bookmarks keep it: `#folder=<id>` (the popup's and notifications' "Open" use it too, src/shared/pages.ts),
 * `#view=starred`, `#view=trash`; no hash (or `#folder=`) is My Drive. Pure: no `location` here.
 */

/** The view a hash names; anything unknown is My Drive, so a mistyped address still opens something. */
export function viewFromHash(hash: string): DriveView {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const view = params.get('view');
  if (view === 'starred') return { kind: 'starred' };
  if (view === 'trash') return { kind: 'trash' };
  const folder = params.get('folder');
  return folder ? { kind: 'folder', id: folder } : MY_DRIVE;
}

/** The hash for a view (with the `#`); My Drive has none, as the popup's "Open files" writes it. */
export function hashForView(view: DriveView): string {
  switch (view.kind) {
    case 'starred':
      return '#view=starred';
    case 'trash':
      return '#view=trash';
    case 'folder':
      return view.id === '' ? '' : `#folder=${encodeURIComponent(view.id)}`;
  }
}

/** A key naming a view, for caches and for comparing. */
export function viewKey(view: DriveView): string {
  return view.kind === 'folder' ? `folder:${view.id}` : view.kind;
}
