import {
  ArchiveRestore,
  Copy,
  FolderInput,
  FolderOpen,
  FolderPlus,
  Info,
  PencilLine,
  Star,
  StarOff,
  Trash,
  Trash2,
  type LucideIcon,
} from 'lucide-preact';
import type { DriveItem } from '../../shared/domain.ts';
import type { DriveView } from '../../shared/drive-view.ts';
import type { MessageKey } from '../../shared/i18n.ts';

/** Everything the toolbar and the context menu offer. */
export type ActionId =
  | 'open'
  | 'details'
  | 'newFolder'
  | 'rename'
  | 'moveTo'
  | 'copyTo'
  | 'star'
  | 'unstar'
  | 'trash'
  | 'restore'
  | 'deleteForever'
  | 'emptyTrash';

export interface ActionInfo {
  label: MessageKey;
  icon: LucideIcon;
  /** It destroys something for good: drawn in the danger colour. */
  danger?: boolean;
}

export const ACTIONS: Record<ActionId, ActionInfo> = {
  open: { label: 'filesActionOpen', icon: FolderOpen },
  details: { label: 'filesDetailsToggle', icon: Info },
  newFolder: { label: 'filesActionNewFolder', icon: FolderPlus },
  rename: { label: 'filesActionRename', icon: PencilLine },
  moveTo: { label: 'filesActionMoveTo', icon: FolderInput },
  copyTo: { label: 'filesActionCopyTo', icon: Copy },
  star: { label: 'filesActionStar', icon: Star },
  unstar: { label: 'filesActionUnstar', icon: StarOff },
  trash: { label: 'filesActionTrash', icon: Trash2 },
  restore: { label: 'filesActionRestore', icon: ArchiveRestore },
  deleteForever: { label: 'filesActionDeleteForever', icon: Trash, danger: true },
  emptyTrash: { label: 'filesActionEmptyTrash', icon: Trash, danger: true },
};

/** The key that does an action in the list, shown beside it in the menu. */
export function shortcutOf(action: ActionId, view: DriveView): string | undefined {
  // In the Trash, Delete deletes for good (as the Recycle Bin does); elsewhere Shift+Delete does.
  const keys: Partial<Record<ActionId, string>> = {
    open: 'Enter',
    rename: 'F2',
    trash: 'Delete',
    deleteForever: view.kind === 'trash' ? 'Delete' : 'Shift+Delete',
  };
  return keys[action];
}

interface Where {
  view: DriveView;
  items: readonly DriveItem[];
}

/** Rename, move, copy, star and trash: what any items outside the Trash can have done to them. */
function changes(items: readonly DriveItem[]): ActionId[][] {
  if (items.length === 0) return [];
  const star: ActionId = items.every((item) => item.starred) ? 'unstar' : 'star';
  return [[...(items.length === 1 ? (['rename'] as const) : []), 'moveTo', 'copyTo', star], ['trash']];
}

/** The toolbar's actions, in groups: New folder in a folder, then what the items can have done to them. */
export function toolbarActions({ view, items }: Where): ActionId[][] {
  if (view.kind === 'trash')
    return [...(items.length > 0 ? [['restore', 'deleteForever'] as ActionId[]] : []), ['emptyTrash']];
  return [...(view.kind === 'folder' ? [['newFolder'] as ActionId[]] : []), ...changes(items)];
}

/** The context menu's actions, in groups: opening the item first, as desktop file managers do. */
export function menuActions({ view, items }: Where): ActionId[][] {
  if (view.kind === 'trash') return items.length > 0 ? [['restore'], ['deleteForever']] : [['emptyTrash']];
  if (items.length === 0) return view.kind === 'folder' ? [['newFolder']] : [];
  const only = items.length === 1 ? items[0] : undefined;
  const open: ActionId[] = only?.kind === 'folder' ? ['open', 'details'] : ['details'];
  return [open, ...changes(items)];
}
