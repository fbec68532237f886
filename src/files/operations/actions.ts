import {
  ArchiveRestore,
  Copy,
  Download,
  Eye,
  FileDown,
  Link,
  ListOrdered,
  Play,
  Send,
  FolderInput,
  FolderOpen,
  FolderPlus,
  HardDriveDownload,
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
import { kindOf } from '../model/file-kind.ts';

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
  | 'emptyTrash'
  | 'play'
  | 'view'
  | 'download'
  | 'copyLinks'
  | 'exportLinks'
  | 'exportAria2'
  | 'sendToAria2'
  | 'saveToDrive';

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
  play: { label: 'filesActionPlay', icon: Play },
  view: { label: 'filesActionView', icon: Eye },
  download: { label: 'filesActionDownload', icon: Download },
  copyLinks: { label: 'filesActionCopyLinks', icon: Link },
  exportLinks: { label: 'filesActionExportLinks', icon: FileDown },
  exportAria2: { label: 'filesActionExportAria2', icon: ListOrdered },
  sendToAria2: { label: 'filesActionSendToAria2', icon: Send },
  saveToDrive: { label: 'sharesActionSave', icon: HardDriveDownload },
};

/** What opening a file does: video and audio play in the player, images show in its viewer. */
export function openActionOf(item: DriveItem): 'play' | 'view' | undefined {
  const kind = kindOf(item);
  if (kind === 'video' || kind === 'audio') return 'play';
  return kind === 'image' ? 'view' : undefined;
}

/** The key that does an action in the list, shown beside it in the menu. */
export function shortcutOf(action: ActionId, view: DriveView): string | undefined {
  // In the Trash, Delete deletes for good (as the Recycle Bin does); elsewhere Shift+Delete does.
  const keys: Partial<Record<ActionId, string>> = {
    open: 'Enter',
    play: 'Enter',
    view: 'Enter',
    download: 'Ctrl+S',
    rename: 'F2',
    trash: 'Delete',
    deleteForever: view.kind === 'trash' ? 'Delete' : 'Shift+Delete',
  };
  return keys[action];
}

interface Where {
  view: DriveView;
  items: readonly DriveItem[];
  /** How many items the open view shows (a share's Save saves them all when none is chosen). */
  shown?: number;
}

/** Rename, move, copy, star and trash: what any items outside the Trash can have done to them. */
function changes(items: readonly DriveItem[]): ActionId[][] {
  if (items.length === 0) return [];
  const star: ActionId = items.every((item) => item.starred) ? 'unstar' : 'star';
  return [[...(items.length === 1 ? (['rename'] as const) : []), 'moveTo', 'copyTo', star], ['trash']];
}

/** Taking the items out: download, links, aria2. */
const TAKE_OUT: ActionId[] = ['download', 'copyLinks', 'exportLinks', 'exportAria2', 'sendToAria2'];

/**
 * The toolbar's actions, in groups: New folder in a folder, Download and Copy links, then what the items can have done
 * to them. (The exports and aria2 are in the context menu.)
 */
export function toolbarActions({ view, items, shown = items.length }: Where): ActionId[][] {
  // A share is someone else's: nothing in it changes; its files are saved into the drive (all when none is chosen).
  if (view.kind === 'share') {
    if (items.length === 0) return shown > 0 ? [['saveToDrive']] : [];
    return [['saveToDrive'], ['download', 'copyLinks']];
  }
  if (view.kind === 'trash')
    return [...(items.length > 0 ? [['restore', 'deleteForever'] as ActionId[]] : []), ['emptyTrash']];
  const takeOut: ActionId[][] = items.length > 0 ? [['download', 'copyLinks']] : [];
  return [...(view.kind === 'folder' ? [['newFolder'] as ActionId[]] : []), ...takeOut, ...changes(items)];
}

/** The context menu's actions, in groups: opening the item first, as desktop file managers do. */
export function menuActions({ view, items }: Where): ActionId[][] {
  if (view.kind === 'trash') return items.length > 0 ? [['restore'], ['deleteForever']] : [['emptyTrash']];
  if (items.length === 0)
    return view.kind === 'folder' ? [['newFolder']] : view.kind === 'share' ? [['saveToDrive']] : [];
  const only = items.length === 1 ? items[0] : undefined;
  const opens = only === undefined ? undefined : only.kind === 'folder' ? 'open' : openActionOf(only);
  const open: ActionId[] = opens === undefined ? ['details'] : [opens, 'details'];
  return view.kind === 'share' ? [open, ['saveToDrive'], TAKE_OUT] : [open, TAKE_OUT, ...changes(items)];
}
