import { HardDrive, Share2 } from 'lucide-preact';
import type { FolderRef } from '../../shared/folders.ts';
import { t } from '../../shared/i18n.ts';
import type { FilesPage } from '../files-page.ts';
import { SHARES, shareView, type FilesView } from '../model/route.ts';
import { Breadcrumbs } from './Breadcrumbs.tsx';
import type { ItemDrag } from './list/list-drag.ts';
import { hrefForView } from './Sidebar.tsx';

/** The crumb standing for the Shares place in a share's path (no item has this id). */
const SHARES_CRUMB = '\u0000shares';

/** A share's name as the page writes it: its title once known, else its id. */
export const shareName = (page: FilesPage, shareId: string) =>
  page.shares.titleOf(shareId) ?? t('sharesUnnamed', shareId);

/** The view's name as the page writes it: the open folder's, a share's, My Drive, Starred, Trash or Shares. */
export function viewName(view: FilesView, page: FilesPage): string | undefined {
  switch (view.kind) {
    case 'starred':
      return t('filesStarred');
    case 'trash':
      return t('filesTrash');
    case 'shares':
      return t('sharesPlace');
    case 'share':
      // A folder reached by an address typed in has no known name (shares have no ancestors call).
      return view.id === '' ? shareName(page, view.shareId) : (page.sharePath.value?.at(-1)?.name ?? '…');
    case 'folder': {
      if (view.id === '') return t('driveRoot');
      const path = page.paths.current.value;
      return path?.status === 'ready' ? path.path.at(-1)?.name : undefined;
    }
  }
}

/**
 * A folder's path as the breadcrumbs show it: from the root folder when the folder is in it (the root folder is
 * the first crumb, as My Drive is otherwise), else from My Drive (a folder outside it, reached by an address).
 */
export function pathFromHome(
  path: readonly FolderRef[],
  home: FolderRef | null | undefined,
): { root?: FolderRef; path: readonly FolderRef[] } {
  const at = home ? path.findIndex((folder) => folder.id === home.id) : -1;
  return at === -1 ? { path } : { root: path[at]!, path: path.slice(at + 1) };
}

/** Where the user is, in the toolbar: the folder's path in the drive or in a share, else the view's name. */
export function ViewLocation({ page, drag }: { page: FilesPage; drag: ItemDrag | undefined }) {
  const view = page.navigation.view.value;
  if (view.kind === 'folder') {
    const path = page.paths.current.value;
    const shown = path?.status === 'ready' ? pathFromHome(path.path, page.home.value) : undefined;
    return (
      <Breadcrumbs
        path={shown?.path}
        root={shown?.root === undefined ? undefined : { ...shown.root, icon: HardDrive }}
        pending={path?.status === 'loading'}
        hrefFor={(id) => hrefForView({ kind: 'folder', id })}
        onNavigate={(id) => page.navigation.go({ kind: 'folder', id })}
        drag={drag}
      />
    );
  }
  if (view.kind === 'share') {
    // Shares › the share › the folders walked (or "…" for a folder whose way down is not known).
    const walked = page.sharePath.value ?? [{ id: view.id, name: '…' }];
    const top = { id: '', name: shareName(page, view.shareId) };
    const placeOf = (id: string): FilesView => (id === SHARES_CRUMB ? SHARES : shareView(view.shareId, id));
    return (
      <Breadcrumbs
        path={[top, ...walked]}
        root={{ id: SHARES_CRUMB, name: t('sharesPlace'), icon: Share2 }}
        hrefFor={(id) => hrefForView(placeOf(id))}
        onNavigate={(id) => page.navigation.go(placeOf(id))}
      />
    );
  }
  return <h2 class="files-toolbar__title">{viewName(view, page)}</h2>;
}
